import { z } from 'zod'
import { Id, LocalDate, RecordBase, Timestamp, TimeZone, WebUrl, limits, text, withDefaults } from './common'

export const sessionFormats = ['in-person', 'video', 'call', 'message'] as const
export const SessionFormat = z.enum(sessionFormats, { error: 'Choose a format' })
export type SessionFormat = z.infer<typeof SessionFormat>

export const sessionStatuses = ['planned', 'held', 'cancelled'] as const
export const SessionStatus = z.enum(sessionStatuses, { error: 'Choose a status' })
export type SessionStatus = z.infer<typeof SessionStatus>

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
  goalIds: z.array(Id),
  resources: z.array(Resource),
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
}

/** A mentoring session, planned or held. */
export const Session = RecordBase.extend(
  withDefaults(sessionFieldShape, {
    agenda: '',
    notes: '',
    whatWorked: '',
    whatDidNot: '',
    takeaways: '',
    reflection: '',
    goalIds: [],
    resources: [],
    followUpOn: null,
    reminderLeadMinutes: null,
    seriesId: null,
  }),
)
export type Session = z.infer<typeof Session>
