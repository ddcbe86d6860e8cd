import { z } from 'zod'
import { Id, LocalDate, Timestamp } from '../model/common'
import { SessionStatus } from '../model/session'
import { MAX_IMPORT_ROWS, PreviewId, SkippedEntry } from './contacts-import'

/** The days whose events are imported, both included. */
export const ImportPeriod = z
  .object({ from: LocalDate, to: LocalDate })
  .refine((p) => p.from <= p.to, { error: 'The period must end on or after its first day', path: ['to'] })
  .refine((p) => Date.parse(p.to) - Date.parse(p.from) <= 10 * 366 * 86_400_000, {
    error: 'Choose a period of at most ten years',
    path: ['to'],
  })
export type ImportPeriod = z.infer<typeof ImportPeriod>

/** `calendar:importPreview`: a file to pick, or the same file again over another period. */
export const CalendarPreviewRequest = z.object({
  source: z.discriminatedUnion(
    'kind',
    [z.object({ kind: z.literal('file') }), z.object({ kind: z.literal('period'), previewId: PreviewId })],
    { error: 'Choose a calendar file to import' },
  ),
  /** Default: the last 12 months and the next 3. */
  period: ImportPeriod.optional(),
})

/** One event occurrence of the preview. */
export const CalendarRow = z.object({
  index: z.number().int().min(0),
  title: z.string(),
  startsAt: Timestamp,
  /** The zone the event was written in (its TZID), or the user's own for UTC and floating times. */
  timeZone: z.string(),
  durationMinutes: z.number().int(),
  allDay: z.boolean(),
  recurring: z.boolean(),
  /** Held when it lies in the past, planned when ahead. */
  status: SessionStatus,
  mentorId: Id.nullable(),
  matchedBy: z.enum(['email', 'title']).nullable(),
  /** A session made from this very occurrence is already here: importing it again adds nothing. */
  alreadyImported: z.boolean(),
  /** Whether it is imported unless the user chooses otherwise. */
  proposed: z.enum(['import', 'skip']),
})
export type CalendarRow = z.infer<typeof CalendarRow>

/** `calendar:importPreview`: what importing would do; null when the dialog was cancelled. */
export const CalendarPreview = z.object({
  previewId: PreviewId,
  fileName: z.string(),
  period: z.object({ from: LocalDate, to: LocalDate }),
  rows: z.array(CalendarRow),
  skipped: z.array(SkippedEntry),
})
export type CalendarPreview = z.infer<typeof CalendarPreview>

/** `calendar:import`: the preview, and the events whose mentor or action the user changed. */
export const CalendarImportRequest = z.object({
  previewId: PreviewId,
  choices: z
    .array(
      z.object({
        index: z
          .number()
          .int()
          .min(0)
          .max(MAX_IMPORT_ROWS * 10),
        action: z.enum(['import', 'skip']),
        mentorId: Id.optional(),
      }),
    )
    .max(MAX_IMPORT_ROWS, { error: `Choose for at most ${MAX_IMPORT_ROWS.toLocaleString('en')} events` })
    .optional(),
})
export type CalendarImportRequest = z.input<typeof CalendarImportRequest>

export const CalendarImported = z.object({
  importId: PreviewId,
  held: z.number().int().min(0),
  planned: z.number().int().min(0),
  skipped: z.number().int().min(0),
})
export type CalendarImported = z.infer<typeof CalendarImported>
