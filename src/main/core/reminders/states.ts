// Reminder states (fired, snoozed, dismissed): recording deliveries and forgetting what can never come back. Pure.
import type { Database, ReminderState } from '../../../shared/model'
import { reminderCandidates } from './candidates'
import { checkInCandidates, checkInCountsFrom } from './check-in-reminders'
import { keyParts } from './keys'

/** States untouched this long are forgotten, once nothing in the data can bring their reminder back. */
export const STATE_KEPT_MS = 90 * 24 * 60 * 60_000

/** The last held session's start for `mentorId`, or the mentor's creation: what keep-in-touch counts from. */
function touchBase(data: Database, mentorId: string): string | null {
  const mentor = data.mentors.find((m) => m.id === mentorId)
  if (!mentor) return null
  let held = 0
  for (const s of data.sessions) {
    if (s.mentorId === mentorId && s.status === 'held') held = Math.max(held, Date.parse(s.startsAt))
  }
  return new Date(held || Date.parse(mentor.createdAt)).toISOString()
}

/**
 * Whether the record a reminder key is about could still make that reminder due again: an open action
 * item still due that day, a mentor whose last session is still the one counted from (a pause or a
 * planned session only holds the reminder back), a session still planned at that time.
 */
function couldComeBack(data: Database, key: string): boolean {
  const { kind, id, countsFrom } = keyParts(key)
  if (kind === 'action') {
    const item = data.actionItems.find((a) => a.id === id)
    return item !== undefined && !item.doneAt && item.dueOn === countsFrom
  }
  if (kind === 'touch') return touchBase(data, id) === countsFrom
  if (kind === 'checkin') return checkInCountsFrom(data, id) === countsFrom
  if (kind === 'session') {
    const session = data.sessions.find((s) => s.id === id)
    return session !== undefined && session.status === 'planned' && session.startsAt === countsFrom
  }
  if (kind === 'review') return data.agreements.some((a) => a.id === id && a.reviewOn === countsFrom)
  // A digest belongs to its day, which does not come back.
  return false
}

/**
 * Records that `keys` were delivered at `now`. A state is forgotten only when it is old, its reminder is
 * not among the data's reminders now, and nothing in the data could bring it back: forgetting a state
 * whose reminder is still due would deliver it again, and bring a dismissed one back.
 */
export function markFired(
  data: Database,
  keys: readonly string[],
  now: Date,
  zone: string,
  newId: () => string,
): Database {
  const stamp = now.toISOString()
  const wanted = new Set(keys)
  const oldest = now.getTime() - STATE_KEPT_MS
  let live: Set<string> | null = null
  const keep = (s: ReminderState) => {
    if (wanted.has(s.key) || Date.parse(s.updatedAt) >= oldest) return true
    live ??= new Set([...reminderCandidates(data, now, zone), ...checkInCandidates(data)].map((c) => c.key))
    return live.has(s.key) || couldComeBack(data, s.key)
  }
  const reminders: ReminderState[] = data.reminders
    .filter(keep)
    .map((s) => (wanted.has(s.key) ? { ...s, firedAt: stamp, updatedAt: stamp } : s))
  const known = new Set(reminders.map((s) => s.key))
  for (const key of wanted) {
    if (known.has(key)) continue
    reminders.push({
      id: newId(),
      key,
      firedAt: stamp,
      snoozedUntil: null,
      dismissedAt: null,
      createdAt: stamp,
      updatedAt: stamp,
    })
  }
  return { ...data, reminders }
}
