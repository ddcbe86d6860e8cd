import { z } from 'zod'
import { Id, LocalDate, RecordBase, Timestamp, TimeZone, WebUrl, limits, text, withDefaults } from './common'

export const sessionFormats = ['in-person', 'video', 'call', 'message'] as const
export const SessionFormat = z.enum(sessionFormats, { error: 'Choose a format' })
export type SessionFormat = z.infer<typeof SessionFormat>

/** Labels a user reads for each format. */
export const sessionFormatLabels: Record<SessionFormat, string> = {
  'in-person': 'In person',
  video: 'Video call',
  call: 'Phone call',
  message: 'Messages',
}

export const sessionStatuses = ['planned', 'held', 'cancelled'] as const
export const SessionStatus = z.enum(sessionStatuses, { error: 'Choose a status' })
export type SessionStatus = z.infer<typeof SessionStatus>

export const sessionStatusLabels: Record<SessionStatus, string> = {
  planned: 'Planned',
  held: 'Held',
  cancelled: 'Cancelled',
}

/** A link kept with a session (an article the mentor recommended). */
export const Resource = z.object({
  title: text(limits.shortText).default(''),
  url: WebUrl,
})

/** The fields of a session the user edits, without defaults. */
export const sessionFieldShape = {
  mentorId: Id.nullable(),
  /** The start as a UTC instant; `timeZone` is the zone the user meant it in. */
  startsAt: Timestamp,
  timeZone: TimeZone,
  durationMinutes: z
    .number({ error: 'Enter a duration in minutes' })
    .int({ error: 'Enter whole minutes' })
    .min(1, { error: 'A session lasts at least a minute' })
    .max(24 * 60, { error: 'A session lasts at most 24 hours' }),
  format: SessionFormat,
  status: SessionStatus,
  agenda: text(limits.longText),
  notes: text(limits.longText),
  whatWorked: text(limits.longText),
  whatDidNot: text(limits.longText),
  takeaways: text(limits.longText),
  /** Private: never included in exports meant for the mentor. */
  reflection: text(limits.longText),
  goalIds: z.array(Id).max(limits.linkedRecords, { error: `Link at most ${limits.linkedRecords} goals` }),
  resources: z.array(Resource).max(limits.resources, { error: `Keep at most ${limits.resources} resources` }),
  followUpOn: LocalDate.nullable(),
  /** Minutes before the start to remind; null uses the defaults from settings. */
  reminderLeadMinutes: z
    .array(
      z
        .number()
        .int()
        .min(0)
        .max(60 * 24 * 14),
    )
    .max(5)
    .nullable(),
  /** Set when the session belongs to a recurring series. */
  seriesId: Id.nullable(),
  /** The occurrence of the series this session is (its original local start), even after it was moved. */
  occurrenceKey: z.string().max(20).nullable(),
}

/** What a session holds before anything is written in it: the defaults of every optional field. */
export const blankSessionContent = {
  agenda: '',
  notes: '',
  whatWorked: '',
  whatDidNot: '',
  takeaways: '',
  reflection: '',
  goalIds: [] as string[],
  resources: [] as Array<{ title: string; url: string }>,
  followUpOn: null,
  reminderLeadMinutes: null,
}

/** A mentoring session, planned or held. */
export const Session = RecordBase.extend(
  withDefaults(sessionFieldShape, { ...blankSessionContent, seriesId: null, occurrenceKey: null }),
).extend({
  /**
   * The calendar event occurrence this session was imported from (a digest of its UID and its start), so
   * importing the same file again adds nothing. Absent on sessions made in the app, so no migration is needed.
   */
  importKey: z.string().max(200).optional(),
})

export type Session = z.infer<typeof Session>

/** How a series repeats: every N weeks, or monthly on the same day of the month or the same weekday (second Tuesday). */
export const Repeat = z.discriminatedUnion(
  'every',
  [
    z.object({
      every: z.literal('weeks'),
      interval: z
        .number({ error: 'Enter how many weeks apart' })
        .int({ error: 'Enter whole weeks' })
        .min(1, { error: 'Repeat at least every week' })
        .max(12, { error: 'Repeat at most every 12 weeks' }),
    }),
    z.object({ every: z.literal('month'), on: z.enum(['day', 'weekday'], { error: 'Choose the day or the weekday' }) }),
  ],
  { error: 'Choose how the session repeats' },
)
export type Repeat = z.infer<typeof Repeat>

/** A recurring session: its rule and where it started. Its occurrences are ordinary planned sessions. */
export const Series = RecordBase.extend({
  mentorId: Id.nullable(),
  /** The first occurrence's local start, `2027-03-15T10:00`, in `timeZone`. */
  startLocal: z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/),
  timeZone: TimeZone,
  repeat: Repeat,
  durationMinutes: sessionFieldShape.durationMinutes,
  format: SessionFormat,
  agenda: text(limits.longText).default(''),
  /** The last day an occurrence may fall on; null while the series runs on. */
  until: LocalDate.nullable().default(null),
  /** Occurrences deleted on purpose, by key, so they are not planned again. */
  exceptions: z.array(z.string().max(20)).default([]),
})
export type Series = z.infer<typeof Series>
