// The shape of a reminder the data implies, shared by the planners of each kind.
import type { ReminderKind } from '../../../shared/requests/reminders'

/** A reminder the data implies. Times are milliseconds since the epoch. */
export interface Candidate {
  key: string
  kind: ReminderKind
  title: string
  body: string
  dueAt: number
  /** Reminders that came due before the thing they are about existed are not sent (a plan made for in ten minutes gets no day-before reminder). */
  since: number
  /** After this the reminder no longer makes sense (the session is over). */
  expiresAt: number | null
  urgent: boolean
  target: string
  actionItemId: string | null
}
