// The export form's values and how they become core's report options. Pure: table-tested.
import { DateTime } from 'luxon'
import type { SessionStatus } from '../../../../shared/model'
import type { PageSize, ReportKind, ReportOptions, ReportSection } from '../../../../shared/requests/reports'
import {
  ReportOptions as ReportOptionsSchema,
  defaultPageSize,
  reportSections,
} from '../../../../shared/requests/reports'

export const rangePresets = ['last3Months', 'thisYear', 'allTime', 'custom'] as const
export type RangePreset = (typeof rangePresets)[number]

export const rangePresetLabels: Record<RangePreset, string> = {
  last3Months: 'Last 3 months',
  thisYear: 'This year',
  allTime: 'All time',
  custom: 'Custom',
}

/** What the export form edits. */
export interface ExportFormValues {
  kind: ReportKind
  /** Full record: every mentor with sessions in the range, or only `mentorIds`. */
  allMentors: boolean
  mentorIds: string[]
  /** Mentor recap: the one mentor it is for. */
  recapMentorId: string | null
  range: RangePreset
  /** Only for the custom range. */
  from: string | null
  to: string | null
  include: Record<ReportSection, boolean>
  /** Planned and cancelled sessions too, not only held ones. */
  allStatuses: boolean
  pageSize: PageSize
}

/** The form's first values: everything included, all time, the reader's paper; a mentor given means a recap for them. */
export function exportFormValues(options: { mentorId?: string | null; locale: string }): ExportFormValues {
  const mentorId = options.mentorId ?? null
  return {
    kind: mentorId ? 'recap' : 'full',
    allMentors: !mentorId,
    mentorIds: mentorId ? [mentorId] : [],
    recapMentorId: mentorId,
    range: 'allTime',
    from: null,
    to: null,
    include: Object.fromEntries(reportSections.map((s) => [s, true])) as Record<ReportSection, boolean>,
    allStatuses: false,
    pageSize: defaultPageSize(options.locale),
  }
}

/** The first and last day a preset covers, seen from `today` (YYYY-MM-DD). */
export function rangeOf(
  values: Pick<ExportFormValues, 'range' | 'from' | 'to'>,
  today: string,
): {
  from: string | null
  to: string | null
} {
  switch (values.range) {
    case 'last3Months':
      return { from: DateTime.fromISO(today, { zone: 'utc' }).minus({ months: 3 }).toISODate(), to: today }
    case 'thisYear':
      return { from: `${today.slice(0, 4)}-01-01`, to: `${today.slice(0, 4)}-12-31` }
    case 'allTime':
      return { from: null, to: null }
    case 'custom':
      return { from: values.from, to: values.to }
  }
}

const heldOnly: SessionStatus[] = ['held']
const everyStatus: SessionStatus[] = ['held', 'planned', 'cancelled']

/** What the form sends to `reports:preview` and `reports:export`. */
export function toReportOptions(
  values: ExportFormValues,
  reader: { today: string; locale: string; timeZone: string },
): ReportOptions {
  const recap = values.kind === 'recap'
  return {
    kind: values.kind,
    mentorIds: recap
      ? values.recapMentorId
        ? [values.recapMentorId]
        : []
      : values.allMentors
        ? null
        : values.mentorIds,
    ...rangeOf(values, reader.today),
    statuses: values.allStatuses ? everyStatus : heldOnly,
    include: values.include,
    pageSize: values.pageSize,
    locale: reader.locale,
    timeZone: reader.timeZone,
  }
}

/** Core's rules applied as the user edits, each error put on the field that shows it. */
export function validateExportForm(
  values: ExportFormValues,
  reader: { today: string; locale: string; timeZone: string },
): Record<string, string> {
  const result = ReportOptionsSchema.safeParse(toReportOptions(values, reader))
  if (result.success) return {}
  const errors: Record<string, string> = {}
  for (const issue of result.error.issues) {
    const [head] = issue.path.map(String)
    const field =
      head === 'mentorIds'
        ? values.kind === 'recap'
          ? 'recapMentorId'
          : 'mentorIds'
        : head === 'statuses'
          ? 'allStatuses'
          : head
    errors[field ?? 'kind'] ??= issue.message
  }
  return errors
}
