import { z } from 'zod'
import { ActionItem, ActionOwner, actionItemFieldShape } from '../model/action-item'
import { Id, LocalDate, TimeOfDay, TimeZone, Timestamp, limits, withDefaults } from '../model/common'
import { DraftKey } from '../model/draft'
import {
  Repeat,
  Series,
  Session,
  SessionFormat,
  SessionStatus,
  blankSessionContent,
  sessionFieldShape,
} from '../model/session'

import { instantOf } from '../time'

/** An action item as the session editor sends it: existing ones carry their id. */
export const ActionItemInput = z.object({
  id: Id.optional(),
  title: actionItemFieldShape.title,
  owner: ActionOwner,
  dueOn: LocalDate.nullable().default(null),
  done: z.boolean().default(false),
})
export type ActionItemInput = z.input<typeof ActionItemInput>

const { startsAt: _startsAt, seriesId: _seriesId, occurrenceKey: _occurrenceKey, ...editable } = sessionFieldShape

/** What the user edits of a session: its start as a local date and time in a zone, not as an instant. */
export const sessionInputShape = {
  ...editable,
  mentorId: Id,
  date: LocalDate,
  time: TimeOfDay,
  timeZone: TimeZone,
}

/** A message for a local time that does not exist in its zone. */
export const skippedTimeMessage = (date: string, time: string, zone: string) =>
  `${time} does not exist on ${date} in ${zone}: the clocks go forward then. Choose another time.`

/** `sessions:create`: a session to log or plan, its action items, and how it repeats. */
export const SessionDraft = z
  .object({
    ...withDefaults(sessionInputShape, {
      ...blankSessionContent,
      durationMinutes: 60,
      format: 'video',
      status: 'held',
    }),
    actionItems: z.array(ActionItemInput).max(100, { error: 'Add at most 100 action items' }).default([]),
    repeat: Repeat.nullable().default(null),
    draftKey: DraftKey.optional(),
  })
  .superRefine((session, ctx) => {
    // Zod runs this even when a field failed; a wall time is only judged once its parts are valid.
    const partsValid =
      LocalDate.safeParse(session.date).success &&
      TimeOfDay.safeParse(session.time).success &&
      TimeZone.safeParse(session.timeZone).success
    if (partsValid && instantOf(session, session.timeZone) === null) {
      ctx.addIssue({
        code: 'custom',
        path: ['time'],
        message: skippedTimeMessage(session.date, session.time, session.timeZone),
      })
    }
    if (session.repeat && session.status !== 'planned') {
      ctx.addIssue({ code: 'custom', path: ['repeat'], message: 'Only a planned session can repeat' })
    }
  })
export type SessionDraft = z.input<typeof SessionDraft>

/** `sessions:update`: the fields that change, and (when given) the session's whole list of action items. */
export const SessionUpdate = z.object({
  id: Id,
  changes: z.object(sessionInputShape).partial(),
  actionItems: z.array(ActionItemInput).max(100, { error: 'Add at most 100 action items' }).optional(),
  draftKey: DraftKey.optional(),
})
export type SessionUpdate = z.input<typeof SessionUpdate>

/** `sessions:timeline`: which sessions to list. */
export const TimelineQuery = z
  .object({
    mentorId: Id.optional(),
    goalId: Id.optional(),
    statuses: z.array(SessionStatus).optional(),
    /** Sessions starting at or after this instant. */
    after: Timestamp.optional(),
    /** Sessions starting before this instant. */
    before: Timestamp.optional(),
    text: z.string().max(limits.name, { error: 'Search for at most 200 characters' }).optional(),
  })
  .prefault({})
export type TimelineQuery = z.input<typeof TimelineQuery>

/** A session on the timeline: enough for its card, not its full text. */
export const SessionSummary = z.object({
  id: Id,
  mentorId: Id.nullable(),
  startsAt: Timestamp,
  timeZone: z.string(),
  durationMinutes: z.number(),
  format: SessionFormat,
  status: SessionStatus,
  seriesId: Id.nullable(),
  goalIds: z.array(Id),
  /** The first lines of the takeaways (held) or of the agenda (planned). */
  excerpt: z.string(),
  openActions: z.number().int(),
  doneActions: z.number().int(),
})
export type SessionSummary = z.infer<typeof SessionSummary>

/** `sessions:get`: a session with its action items and series. */
export const SessionDetail = z.object({
  session: Session,
  actionItems: z.array(ActionItem),
  series: Series.nullable(),
})
export type SessionDetail = z.infer<typeof SessionDetail>

/** `sessions:exportIcs`: which planned sessions to put in a calendar file (all upcoming when none are named). */
export const IcsExport = z.object({ ids: z.array(Id).max(5_000).optional() }).prefault({})

export const IcsExported = z.object({
  saved: z.boolean(),
  path: z.string().nullable(),
  count: z.number().int(),
})
