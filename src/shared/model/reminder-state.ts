import { z } from 'zod'
import { RecordBase, Timestamp } from './common'

/** What happened to one derived reminder, keyed by the planner's stable key. */
export const ReminderState = RecordBase.extend({
  key: z.string().min(1).max(300),
  firedAt: Timestamp.nullable().default(null),
  snoozedUntil: Timestamp.nullable().default(null),
  dismissedAt: Timestamp.nullable().default(null),
})
export type ReminderState = z.infer<typeof ReminderState>
