import { z } from 'zod'
import { Id, LocalDate, TimeZone } from '../model/common'
import { SessionStatus } from '../model/session'

/** "Full record": everything, private reflections included. "Mentor recap": one mentor, nothing private. */
export const reportKinds = ['full', 'recap'] as const
export const ReportKind = z.enum(reportKinds, { error: 'Choose a full record or a mentor recap' })
export type ReportKind = z.infer<typeof ReportKind>

export const reportKindLabels: Record<ReportKind, string> = {
  full: 'Full record',
  recap: 'Mentor recap',
}

export const pageSizes = ['A4', 'Letter'] as const
export const PageSize = z.enum(pageSizes, { error: 'Choose A4 or Letter' })
export type PageSize = z.infer<typeof PageSize>

/** What a report can hold besides the sessions' dates, formats and durations. */
export const reportSections = ['profiles', 'agendaNotes', 'workedDidNot', 'takeaways', 'actionItems', 'goals'] as const
export type ReportSection = (typeof reportSections)[number]

export const reportSectionLabels: Record<ReportSection, string> = {
  profiles: 'Mentor profiles',
  agendaNotes: 'Agenda and notes',
  workedDidNot: 'What worked and what did not',
  takeaways: 'Takeaways',
  actionItems: 'Action items with status',
  goals: 'Goals summary',
}

/** A BCP 47 language tag the runtime accepts, e.g. en-US or de. */
export const Locale = z
  .string()
  .max(35)
  .refine(
    (value) => {
      try {
        return Intl.getCanonicalLocales(value).length === 1
      } catch {
        return false
      }
    },
    { error: 'Expected a language tag such as en-US' },
  )

const includeShape = Object.fromEntries(reportSections.map((s) => [s, z.boolean().default(true)])) as Record<
  ReportSection,
  z.ZodDefault<z.ZodBoolean>
>

/** `reports:preview` and `reports:export`: what goes into the report and how it is printed. */
export const ReportOptions = z
  .object({
    kind: ReportKind.default('full'),
    /** The mentors to include; null means every mentor with a session in the range. */
    mentorIds: z.array(Id).max(1_000, { error: 'Choose at most 1,000 mentors' }).nullable().default(null),
    /** The first and last day (inclusive), read in each session's own time zone; null leaves that end open. */
    from: LocalDate.nullable().default(null),
    to: LocalDate.nullable().default(null),
    statuses: z.array(SessionStatus).min(1, { error: 'Choose at least one kind of session' }).default(['held']),
    include: z.object(includeShape).prefault({}),
    pageSize: PageSize.default('A4'),
    /** The reader's language, for dates and numbers. */
    locale: Locale.default('en'),
    /** The reader's zone: the generated date and open action items are read in it. */
    timeZone: TimeZone.default('UTC'),
  })
  .superRefine((options, ctx) => {
    if (options.from && options.to && options.from > options.to) {
      ctx.addIssue({ code: 'custom', path: ['to'], message: 'The end date is before the start date' })
    }
    if (options.kind === 'recap' && options.mentorIds?.length !== 1) {
      ctx.addIssue({ code: 'custom', path: ['mentorIds'], message: 'A mentor recap is for one mentor: choose one' })
    } else if (options.mentorIds && options.mentorIds.length === 0) {
      ctx.addIssue({ code: 'custom', path: ['mentorIds'], message: 'Choose at least one mentor, or all mentors' })
    }
  })
export type ReportOptions = z.input<typeof ReportOptions>
export type ParsedReportOptions = z.output<typeof ReportOptions>

/** `reports:preview`: the report as an HTML fragment (its styles inside), for a shadow root. */
export const ReportPreview = z.object({
  html: z.string(),
  sessions: z.number().int(),
  mentors: z.number().int(),
})
export type ReportPreview = z.infer<typeof ReportPreview>

/** `reports:export`: whether a PDF was saved, where, and what it holds. */
export const ReportExported = z.object({
  saved: z.boolean(),
  /** True when the user pressed Cancel while the PDF was being made. */
  cancelled: z.boolean(),
  path: z.string().nullable(),
  pages: z.number().int().nullable(),
  sessions: z.number().int(),
})
export type ReportExported = z.infer<typeof ReportExported>

/** Where an export stands; `reports:progress` carries it. */
export const reportStages = ['gathering', 'building', 'printing', 'saving', 'done', 'cancelled'] as const
export type ReportStage = (typeof reportStages)[number]

/** The payload of `reports:progress`. */
export interface ReportProgress {
  stage: ReportStage
  /** 0 to 100. */
  percent: number
}

// Regions whose paper is US Letter (CLDR's paper-size data); everyone else uses A4.
const letterRegions = new Set(['US', 'CA', 'MX', 'PR', 'PH', 'CL', 'CO', 'VE', 'CR', 'GT', 'PA', 'SV', 'NI', 'BZ'])

/** The paper people in `locale` use: Letter in the Americas' Letter countries and the Philippines, A4 elsewhere. */
export function defaultPageSize(locale: string): PageSize {
  try {
    const region = new Intl.Locale(locale).maximize().region
    return region && letterRegions.has(region) ? 'Letter' : 'A4'
  } catch {
    return 'A4'
  }
}
