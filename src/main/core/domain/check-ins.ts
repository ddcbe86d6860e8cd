// `checkIns:*`: the mentee's private check-ins on how a mentorship is going. When one is due and what they say
// together is in check-in-status.ts; the rules that change them are here, the registration at the end.
import type { ParsedInput } from '../../../shared/ipc'
import type { CheckIn, Database } from '../../../shared/model'
import type { CheckInHistory } from '../../../shared/requests/check-ins'
import { ordinal } from '../../../shared/text'
import type { CoreContext } from '../context'
import { AppFailure } from '../errors'
import type { HandlerSlice } from '../handlers'
import type { Outcome, RuleEnv, Undoable } from '../rules'
import { byId, deleteExpired, mutation, read, undoable } from '../rules'
import { checkInDue, checkInsDue, checkInTrend } from './check-in-status'
import { findById } from './records'

export { checkInDue, checkInTrend } from './check-in-status'

/** A mentor's check-ins, newest first, with their trend and whether one is due at `now`. */
export function checkInHistory(data: Database, { mentorId }: ParsedInput<'checkIns:list'>, now: Date): CheckInHistory {
  const own = data.checkIns.filter((c) => c.mentorId === mentorId)
  return {
    checkIns: [...own].sort((a, b) => ordinal(b.createdAt, a.createdAt)),
    trend: checkInTrend(own),
    due: checkInDue(data, mentorId, now),
  }
}

/** Adds a check-in about a mentor who exists. */
export function createCheckIn(data: Database, input: ParsedInput<'checkIns:create'>, env: RuleEnv): Outcome<CheckIn> {
  findById(data.mentors, input.mentorId, 'mentor')
  const stamp = env.now.toISOString()
  const checkIn: CheckIn = { id: env.newId(), ...input, createdAt: stamp, updatedAt: stamp }
  return { data: { ...data, checkIns: [...data.checkIns, checkIn] }, value: checkIn, changed: ['checkIns'] }
}

/** Deletes a check-in, keeping it for undo. */
export function deleteCheckIn(data: Database, { id }: { id: string }): Undoable<{ id: string }, CheckIn> {
  const checkIn = findById(data.checkIns, id, 'check-in')
  const next: Database = { ...data, checkIns: data.checkIns.filter((c) => c.id !== id) }
  return { data: next, value: { id }, changed: ['checkIns'], kept: checkIn }
}

/** Brings a deleted check-in back, unless its mentor was deleted meanwhile. */
export function undeleteCheckIn(data: Database, checkIn: CheckIn): Outcome<CheckIn> {
  if (data.checkIns.some((c) => c.id === checkIn.id)) throw new AppFailure('conflict', 'This check-in is already back.')
  if (!data.mentors.some((m) => m.id === checkIn.mentorId))
    throw new AppFailure('conflict', 'This check-in cannot come back: its mentor was deleted.')
  return { data: { ...data, checkIns: [...data.checkIns, checkIn] }, value: checkIn, changed: ['checkIns'] }
}

/** `checkIns:*` over the store. */
export function checkInHandlers(ctx: CoreContext) {
  const deletes = undoable<CheckIn>(ctx, deleteExpired('check-in'))
  return {
    'checkIns:list': read(ctx, checkInHistory),
    'checkIns:due': read(ctx, (data, _input: unknown, now) => checkInsDue(data, now)),
    'checkIns:create': mutation(ctx, createCheckIn),
    'checkIns:delete': deletes.change(deleteCheckIn, byId),
    'checkIns:undelete': deletes.undo(byId, undeleteCheckIn),
  } satisfies HandlerSlice<'checkIns'>
}
