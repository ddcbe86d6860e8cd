import { z } from 'zod'
import { Id, Timestamp, limits, text } from '../model/common'
import { CheckIn, Rating } from '../model/relationship'

/** `checkIns:list`: one mentor's check-ins. */
export const CheckInQuery = z.object({ mentorId: Id })

/** `checkIns:create`: the three ratings and a note, about one mentor. */
export const CheckInDraft = z.object({
  mentorId: Id,
  ratings: z.object({ value: Rating, frequency: Rating, action: Rating }),
  note: text(limits.text).default(''),
})
export type CheckInDraft = z.input<typeof CheckInDraft>

/** What the check-ins say together: "low" when the last two are low, "falling" when the last three fall. */
export const checkInConcerns = ['low', 'falling'] as const
export const CheckInConcern = z.enum(checkInConcerns)
export type CheckInConcern = z.infer<typeof CheckInConcern>

/** Each check-in's average rating, oldest first, and the concern they raise, if any. */
export const CheckInTrend = z.object({
  points: z.array(z.object({ id: Id, at: Timestamp, average: z.number() })),
  concern: CheckInConcern.nullable(),
})
export type CheckInTrend = z.infer<typeof CheckInTrend>

/** Why a check-in is due: enough held sessions, or enough days, since the last one. */
export const CheckInReason = z.enum(['sessions', 'days'])

/** A mentor a check-in is due for. */
export const CheckInDue = z.object({
  mentorId: Id,
  name: z.string(),
  reason: CheckInReason,
  /** When it came due. */
  dueAt: Timestamp,
  /** Held sessions since the last check-in (or ever, with none yet). */
  heldSince: z.number().int().min(0),
  lastCheckInAt: Timestamp.nullable(),
})
export type CheckInDue = z.infer<typeof CheckInDue>

/** `checkIns:list`: a mentor's check-ins, newest first, their trend, and whether one is due now. */
export const CheckInHistory = z.object({
  checkIns: z.array(CheckIn),
  trend: CheckInTrend,
  due: CheckInDue.nullable(),
})
export type CheckInHistory = z.infer<typeof CheckInHistory>

/** A mentor whose check-ins raise a concern. */
export const CheckInWorry = z.object({
  mentorId: Id,
  name: z.string(),
  concern: CheckInConcern,
  /** The averages that raised it, oldest first. */
  averages: z.array(z.number()),
})
export type CheckInWorry = z.infer<typeof CheckInWorry>

/** `checkIns:due`: for the dashboard, who is due a check-in and whose check-ins worry. */
export const CheckInsDue = z.object({ due: z.array(CheckInDue), worries: z.array(CheckInWorry) })
export type CheckInsDue = z.infer<typeof CheckInsDue>
