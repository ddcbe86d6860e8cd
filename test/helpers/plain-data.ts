// Plain data for testing domain rules without a store: records with their defaults, and a rule's time and ids.
import { randomUUID } from 'node:crypto'
import type { ChannelName } from '../../src/shared/channel-names'
import type { ChannelInput, ParsedInput } from '../../src/shared/ipc'
import { channels } from '../../src/shared/ipc'
import type { ActionItem, CheckIn, Database, Draft, Goal, Mentor, Note, Session } from '../../src/shared/model'
import {
  ActionItem as ActionItemSchema,
  Goal as GoalSchema,
  Mentor as MentorSchema,
  Note as NoteSchema,
  Session as SessionSchema,
  emptyDatabase,
} from '../../src/shared/model'
import type { PlannedReminder } from '../../src/main/core/reminders/plan'
import type { RuleEnv } from '../../src/main/core/rules'

const STAMP = '2026-11-27T09:00:00.000Z'
const stamps = () => ({ id: randomUUID(), createdAt: STAMP, updatedAt: STAMP })

/** A rule's time (fixed, 2026-11-27 09:00 UTC unless given) and fresh ids. */
export const ruleEnv = (iso = STAMP): RuleEnv => ({ now: new Date(iso), newId: randomUUID })

/** A database with the given records and nothing else. */
export const databaseWith = (records: Partial<Database>): Database => ({ ...emptyDatabase(), ...records })

/** A mentor with every default, named `name`. */
export const mentorRecord = (fields: Partial<Mentor> & { name: string }): Mentor =>
  MentorSchema.parse({ ...stamps(), archivedAt: null, ...fields })

/** A note about `mentorId`. */
export const noteRecord = (fields: Partial<Note> & { mentorId: string | null }): Note =>
  NoteSchema.parse({ ...stamps(), section: 'notes', editedAt: null, ...fields })

/** A held one-hour video session with `mentorId` at `startsAt`. */
export const sessionRecord = (fields: Partial<Session> & { mentorId: string | null; startsAt: string }): Session =>
  SessionSchema.parse({
    ...stamps(),
    timeZone: 'Europe/Berlin',
    durationMinutes: 60,
    format: 'video',
    status: 'held',
    ...fields,
  })

/** An action item of mine. */
export const actionItemRecord = (
  fields: Partial<ActionItem> & { mentorId: string | null; title: string },
): ActionItem => ActionItemSchema.parse({ ...stamps(), owner: 'me', ...fields })

/** An active goal. */
export const goalRecord = (fields: Partial<Goal> & { title: string }): Goal =>
  GoalSchema.parse({ ...stamps(), ...fields })

/** A draft typed in under `key`. */
export const draftRecord = (key: string, values: Draft['values'] = { body: 'half typed' }): Draft => ({
  key,
  values,
  updatedAt: STAMP,
})

/** A channel's input as its rule receives it: checked by the channel's schema, with its defaults filled in. */
export const inputOf = <C extends ChannelName>(channel: C, raw: ChannelInput<C>): ParsedInput<C> =>
  channels[channel].input.parse(raw) as ParsedInput<C>

/** A reminder as the planner gives it, due now and not yet delivered; about an action item only when it says so. */
export const plannedReminder = (fields: Partial<PlannedReminder> & { key: string }): PlannedReminder => ({
  kind: 'digest',
  title: 'Your mentoring today',
  body: '1 session today.',
  dueAt: STAMP,
  originalDueAt: STAMP,
  target: '/',
  actionItemId: null,
  urgent: false,
  snoozedUntil: null,
  firedAt: null,
  ...fields,
})

/** A check-in about `mentorId` made at `createdAt`, with the three ratings given (value, frequency, action). */
export const checkInRecord = (
  mentorId: string,
  createdAt: string,
  [value, frequency, action]: [number, number, number] = [4, 4, 4],
  note = '',
): CheckIn => ({
  id: randomUUID(),
  mentorId,
  ratings: { value, frequency, action },
  note,
  createdAt,
  updatedAt: createdAt,
})
