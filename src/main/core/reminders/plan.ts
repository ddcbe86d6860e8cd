// planReminders: what is due now, what has fired, what comes next. Pure; the scheduler does the effects.
import type { Database, ReminderState } from '../../../shared/model'
import type { ReminderView } from '../../../shared/requests/reminders'
import { addDays, instantOf, todayIn } from '../../../shared/time'
import type { Candidate } from './candidates'
import { reminderCandidates } from './candidates'
import { checkInCandidates } from './check-in-reminders'
import { overdueKeyOf as overdueKeyOfKey } from './keys'

export interface PlannedReminder extends ReminderView {
  /** When it was due originally, before snoozing and quiet hours. */
  originalDueAt: string
  firedAt: string | null
}

export interface Plan {
  /** Due and not yet delivered in this cycle: the scheduler sends these. */
  toFire: PlannedReminder[]
  /** Everything due now, delivered or not, newest first: the reminder centre's top. */
  due: PlannedReminder[]
  /** Not yet due, soonest first. */
  upcoming: PlannedReminder[]
  /** The next time something falls due (or quiet hours end with something held). */
  nextAt: string | null
}

/** Quiet hours as absolute intervals around `now`, so each reminder is checked without zone arithmetic. */
function quietIntervals(data: Database, now: Date, zone: string): Array<[number, number]> {
  const quiet = data.settings.reminders.quietHours
  if (!quiet || quiet.start === quiet.end) return []
  const intervals: Array<[number, number]> = []
  const today = todayIn(zone, now)
  for (let day = -2; day <= 40; day++) {
    const date = addDays(today, day)
    const endDate = quiet.end > quiet.start ? date : addDays(date, 1)
    const start = Date.parse(instantOf({ date, time: quiet.start }, zone) ?? `${date}T${quiet.start}:00Z`)
    const end = Date.parse(instantOf({ date: endDate, time: quiet.end }, zone) ?? `${endDate}T${quiet.end}:00Z`)
    intervals.push([start, end])
  }
  return intervals
}

/** When a non-urgent reminder due at `at` may be delivered: at once, or when the quiet hours it falls in end. */
const afterQuiet = (intervals: Array<[number, number]>, at: number) => {
  for (const [start, end] of intervals) if (at >= start && at < end) return end
  return at
}

const iso = (ms: number) => new Date(ms).toISOString()

/** Plans every reminder from the data and the reminder states stored with it. */
export function planReminders(data: Database, now: Date, zone: string): Plan {
  const states = new Map<string, ReminderState>(data.reminders.map((s) => [s.key, s]))
  const quiet = quietIntervals(data, now, zone)
  const nowMs = now.getTime()
  // Decided and sorted on numbers; the views (with their ISO times) are made once, at the end.
  const toFire: Decided[] = []
  const delivered: Decided[] = []
  const upcoming: Decided[] = []
  for (const candidate of [...reminderCandidates(data, now, zone), ...checkInCandidates(data)]) {
    const state = states.get(candidate.key)
    if (state?.dismissedAt) continue
    // "Due" after "overdue" was sent (the clock was set back across the change) would say it twice.
    const overdueKey = overdueKeyOf(candidate)
    if (overdueKey && states.get(overdueKey)?.firedAt) continue
    if (candidate.expiresAt !== null && candidate.expiresAt <= nowMs) continue
    const snoozedUntil = state?.snoozedUntil ? Date.parse(state.snoozedUntil) : null
    if (snoozedUntil === null && candidate.dueAt < candidate.since) continue
    let dueAt = Math.max(candidate.dueAt, snoozedUntil ?? 0)
    if (!candidate.urgent) dueAt = afterQuiet(quiet, dueAt)
    const firedAt = state?.firedAt ? Date.parse(state.firedAt) : null
    const decided: Decided = { candidate, dueAt, snoozedUntil, firedAt: state?.firedAt ?? null }
    if (dueAt > nowMs) upcoming.push(decided)
    else if (firedAt !== null && firedAt >= dueAt) delivered.push(decided)
    else toFire.push(decided)
  }
  upcoming.sort((a, b) => a.dueAt - b.dueAt)
  const fire = toFire.map(toView)
  const due = [...toFire, ...delivered].sort((a, b) => b.dueAt - a.dueAt).map(toView)
  const next = upcoming.map(toView)
  return { toFire: fire, due, upcoming: next, nextAt: next[0]?.dueAt ?? null }
}

/** A candidate with when it is due after snoozes and quiet hours. */
interface Decided {
  candidate: Candidate
  dueAt: number
  snoozedUntil: number | null
  firedAt: string | null
}

/** A candidate's "overdue" key, worked out once per candidate (candidates are reused across plans). */
const overdueKeys = new WeakMap<Candidate, string | null>()
function overdueKeyOf(candidate: Candidate): string | null {
  let key = overdueKeys.get(candidate)
  if (key === undefined) overdueKeys.set(candidate, (key = overdueKeyOfKey(candidate.key)))
  return key
}

/**
 * Views made by earlier plans, per candidate: re-planning after a change makes views only for what changed
 * (the same candidate with the same times is the same view; views are never changed after they are made).
 */
const views = new WeakMap<Candidate, { decided: Omit<Decided, 'candidate'>; view: PlannedReminder }>()

function toView(decided: Decided): PlannedReminder {
  const made = views.get(decided.candidate)
  if (
    made &&
    made.decided.dueAt === decided.dueAt &&
    made.decided.snoozedUntil === decided.snoozedUntil &&
    made.decided.firedAt === decided.firedAt
  )
    return made.view
  const view = viewOf(decided)
  views.set(decided.candidate, { decided, view })
  return view
}

function viewOf({ candidate, dueAt, snoozedUntil, firedAt }: Decided): PlannedReminder {
  return {
    key: candidate.key,
    kind: candidate.kind,
    title: candidate.title,
    body: candidate.body,
    dueAt: iso(dueAt),
    originalDueAt: iso(candidate.dueAt),
    target: candidate.target,
    actionItemId: candidate.actionItemId,
    urgent: candidate.urgent,
    snoozedUntil: snoozedUntil === null ? null : iso(snoozedUntil),
    firedAt,
  }
}
