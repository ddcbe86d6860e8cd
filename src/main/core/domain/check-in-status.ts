// When a check-in ("How is this mentorship going?") is due, and what the check-ins say together. Pure, over
// plain data; the `checkIns:*` slice and the reminder planner both read it. One pass over the sessions for
// every mentor at once, so the dashboard and each re-plan stay cheap with thousands of sessions.
import type { CheckIn, Database, Mentor } from '../../../shared/model'
import type { CheckInConcern, CheckInDue, CheckInTrend, CheckInWorry } from '../../../shared/requests/check-ins'
import { ordinal } from '../../../shared/text'

const DAY = 24 * 60 * 60_000
const MINUTE = 60_000

/** When the next check-in with a mentor falls due, and what it counts from. */
export interface CheckInSchedule {
  mentor: Mentor
  /** The last check-in's time, or (with none yet) the first held session's start: the reminder's key holds it. */
  countsFrom: string
  /** When it falls (or fell) due, ms: the end of the n-th held session since, or `everyDays` after, whichever first. */
  dueAt: number
  reason: CheckInDue['reason']
  /** Held sessions since `countsFrom`. */
  heldSince: number
  lastCheckInAt: string | null
}

/** A mentor a check-in is asked about: active and not archived. */
const askedAbout = (m: Mentor) => m.stage === 'active' && m.archivedAt === null

/** The newest check-in per mentor. */
function lastCheckIns(checkIns: readonly CheckIn[]): Map<string, CheckIn> {
  const last = new Map<string, CheckIn>()
  for (const c of checkIns) {
    const seen = last.get(c.mentorId)
    if (!seen || ordinal(c.createdAt, seen.createdAt) > 0) last.set(c.mentorId, c)
  }
  return last
}

/**
 * The check-in schedule of every active mentor (or only `onlyMentorId`'s). None for a mentor who has no held
 * session yet: there is nothing to ask about before the first meeting.
 */
export function checkInSchedules(data: Database, onlyMentorId?: string): CheckInSchedule[] {
  const mentors = new Map<string, Mentor>()
  for (const m of data.mentors) if (askedAbout(m) && (!onlyMentorId || m.id === onlyMentorId)) mentors.set(m.id, m)
  if (mentors.size === 0) return []
  const last = lastCheckIns(onlyMentorId ? data.checkIns.filter((c) => c.mentorId === onlyMentorId) : data.checkIns)
  const lastAt = new Map([...last].map(([id, c]) => [id, Date.parse(c.createdAt)]))
  // Per mentor: the first held start ever, and the ends of the held sessions since the last check-in.
  const firstHeld = new Map<string, number>()
  const endsSince = new Map<string, number[]>()
  for (const s of data.sessions) {
    if (s.status !== 'held' || !s.mentorId || !mentors.has(s.mentorId)) continue
    const start = Date.parse(s.startsAt)
    firstHeld.set(s.mentorId, Math.min(firstHeld.get(s.mentorId) ?? start, start))
    const since = lastAt.get(s.mentorId)
    if (since !== undefined && start <= since) continue
    const ends = endsSince.get(s.mentorId)
    const end = start + s.durationMinutes * MINUTE
    if (ends) ends.push(end)
    else endsSince.set(s.mentorId, [end])
  }
  const { everySessions, everyDays } = data.settings.checkIns
  const out: CheckInSchedule[] = []
  for (const [id, first] of firstHeld) {
    const from = lastAt.get(id) ?? first
    const ends = (endsSince.get(id) ?? []).sort((a, b) => a - b)
    const bySessions = ends[everySessions - 1]
    const byDays = from + everyDays * DAY
    const sessionsFirst = bySessions !== undefined && bySessions <= byDays
    out.push({
      mentor: mentors.get(id)!,
      countsFrom: last.get(id)?.createdAt ?? new Date(first).toISOString(),
      dueAt: sessionsFirst ? bySessions : byDays,
      reason: sessionsFirst ? 'sessions' : 'days',
      heldSince: ends.length,
      lastCheckInAt: last.get(id)?.createdAt ?? null,
    })
  }
  return out
}

/** A schedule as the due answer says it. */
const dueOf = (s: CheckInSchedule): CheckInDue => ({
  mentorId: s.mentor.id,
  name: s.mentor.name,
  reason: s.reason,
  dueAt: new Date(s.dueAt).toISOString(),
  heldSince: s.heldSince,
  lastCheckInAt: s.lastCheckInAt,
})

/**
 * Whether a check-in with `mentorId` is due at `now`: for an active mentor with held sessions, once
 * `everySessions` held sessions have ended since the last check-in, or `everyDays` days have passed since it
 * (with none yet, since the first held session), whichever comes first. Null when not due.
 */
export function checkInDue(data: Database, mentorId: string, now: Date): CheckInDue | null {
  const [schedule] = checkInSchedules(data, mentorId)
  return schedule && schedule.dueAt <= now.getTime() ? dueOf(schedule) : null
}

/** Two check-ins in a row at or under this average are "low": a 1-5 scale's lower half. */
export const LOW_AVERAGE = 2.5
/** A fall over the last three check-ins smaller than this is noise, not a trend (5 → 4.7 → 4.3 is fine). */
export const FALL_AT_LEAST = 1

/** The mean of a check-in's three ratings. */
export const averageOf = ({ ratings }: CheckIn) => (ratings.value + ratings.frequency + ratings.action) / 3

/**
 * Each check-in's average, oldest first, and the concern they raise: "low" when the last two each average
 * 2.5 or less; else "falling" when each of the last three is lower than the one before, by at least a point
 * in all; else none.
 */
export function checkInTrend(checkIns: readonly CheckIn[]): CheckInTrend {
  const points = [...checkIns]
    .sort((a, b) => ordinal(a.createdAt, b.createdAt))
    .map((c) => ({ id: c.id, at: c.createdAt, average: averageOf(c) }))
  const [a, b, c] = points.slice(-3).map((p) => p.average)
  const lastTwo = points.slice(-2).map((p) => p.average)
  let concern: CheckInConcern | null = null
  if (lastTwo.length === 2 && lastTwo.every((avg) => avg <= LOW_AVERAGE)) concern = 'low'
  else if (c !== undefined && a! > b! && b! > c && a! - c >= FALL_AT_LEAST) concern = 'falling'
  return { points, concern }
}

/** Who is due a check-in at `now` (longest due first), and whose check-ins worry (active or paused mentors). */
export function checkInsDue(data: Database, now: Date): { due: CheckInDue[]; worries: CheckInWorry[] } {
  const due = checkInSchedules(data)
    .filter((s) => s.dueAt <= now.getTime())
    .sort((a, b) => a.dueAt - b.dueAt)
    .map(dueOf)
  const byMentor = new Map<string, CheckIn[]>()
  for (const c of data.checkIns) {
    const own = byMentor.get(c.mentorId)
    if (own) own.push(c)
    else byMentor.set(c.mentorId, [c])
  }
  const worries: CheckInWorry[] = []
  for (const m of data.mentors) {
    const own = byMentor.get(m.id)
    if (!own || m.archivedAt !== null || (m.stage !== 'active' && m.stage !== 'paused')) continue
    const { points, concern } = checkInTrend(own)
    if (!concern) continue
    const averages = points.slice(concern === 'low' ? -2 : -3).map((p) => p.average)
    worries.push({ mentorId: m.id, name: m.name, concern, averages })
  }
  return { due, worries }
}
