// The dashboard's rules, kept pure: `now` and `today` are arguments, never read here.
import type { ActionItem } from '../../../../shared/model'
import type { GoalView } from '../../../../shared/requests/goals'
import type { RosterEntry } from '../../../../shared/requests/mentors'
import type { SessionSummary } from '../../../../shared/requests/sessions'
import { colorFor, palette } from '../../components/MentorAvatar'
import { nameCollator } from '../../lib/name-collator'
import { addDays } from '../../../../shared/time'
import { compareActionItems, daysBetween } from '../actions/action-groups'
import { plural } from '../../../../shared/text'

const DAY = 86_400_000
const WEEK = 7 * DAY

/** How far ahead "Upcoming" looks, in days. */
export const UPCOMING_DAYS = 14
/** How far ahead an action item counts as due soon, in days. */
export const DUE_SOON_DAYS = 7
/** How many held sessions "Recent sessions" lists. */
export const RECENT_SHOWN = 5
/** How many months the chart covers, this one included. */
export const CHART_MONTHS = 12
/** How many mentors the chart names; the rest are stacked as "Others". */
export const CHART_TOP_MENTORS = 4
/** How many rows a section lists before it links to the rest. */
export const SECTION_ROWS = 6

/** "Good morning" until noon, "Good afternoon" until six, then "Good evening". */
export function greetingFor(hour: number): string {
  if (hour < 12) return 'Good morning'
  if (hour < 18) return 'Good afternoon'
  return 'Good evening'
}

/** Planned sessions starting from `now` up to `days` ahead, soonest first. */
export function upcomingSessions(planned: readonly SessionSummary[], now: Date, days = UPCOMING_DAYS) {
  const from = now.getTime()
  const until = from + days * DAY
  return planned
    .filter((s) => s.status === 'planned' && Date.parse(s.startsAt) >= from && Date.parse(s.startsAt) < until)
    .sort((a, b) => a.startsAt.localeCompare(b.startsAt))
}

/** A mentor it is time to get in touch with. */
export interface ReachOut {
  entry: RosterEntry
  /** When the check-in fell due. */
  dueAt: string
  /** Half a cadence past due, as the reminders count it. */
  overdue: boolean
}

/**
 * The mentors whose keep-in-touch check-in is due at `now` and who have nothing planned yet:
 * overdue ones first, then the longest waiting first.
 */
export function reachOutList(
  roster: readonly RosterEntry[],
  planned: readonly SessionSummary[],
  now: Date,
): ReachOut[] {
  const nowMs = now.getTime()
  const hasPlan = new Set(
    planned.filter((s) => s.status === 'planned' && Date.parse(s.startsAt) > nowMs).map((s) => s.mentorId),
  )
  return roster
    .flatMap((entry): ReachOut[] => {
      const { nextCheckInAt, mentor } = entry
      if (!nextCheckInAt || mentor.cadenceWeeks === null || hasPlan.has(mentor.id)) return []
      const due = Date.parse(nextCheckInAt)
      if (due > nowMs) return []
      return [{ entry, dueAt: nextCheckInAt, overdue: nowMs >= due + (mentor.cadenceWeeks * WEEK) / 2 }]
    })
    .sort((a, b) => Number(b.overdue) - Number(a.overdue) || a.dueAt.localeCompare(b.dueAt))
}

/** Open action items past due and due within `days` of `today` (both calendar dates), each in due order. */
export function actionItemsDue(items: readonly ActionItem[], today: string, days = DUE_SOON_DAYS) {
  const last = addDays(today, days)
  const open = items.filter((a) => !a.doneAt && a.dueOn !== null).sort(compareActionItems)
  return {
    overdue: open.filter((a) => (a.dueOn ?? '') < today),
    soon: open.filter((a) => (a.dueOn ?? '') >= today && (a.dueOn ?? '') <= last),
  }
}

/** The last `count` held sessions up to `now`, newest first. */
export function recentSessions(held: readonly SessionSummary[], now: Date, count = RECENT_SHOWN) {
  return held
    .filter((s) => s.status === 'held' && Date.parse(s.startsAt) <= now.getTime())
    .sort((a, b) => b.startsAt.localeCompare(a.startsAt))
    .slice(0, count)
}

/** Active goals: uncovered ones first (they need attention), then the nearest target, then by title. */
export function activeGoals(views: readonly GoalView[], locale?: string): GoalView[] {
  const collator = nameCollator(locale)
  return views
    .filter((v) => v.goal.status === 'active')
    .sort(
      (a, b) =>
        Number(b.uncovered) - Number(a.uncovered) ||
        (a.goal.targetOn ?? '9999-12-31').localeCompare(b.goal.targetOn ?? '9999-12-31') ||
        collator.compare(a.goal.title, b.goal.title),
    )
}

/** One stack of the chart: a mentor (or "Others"), under a key safe for the chart library. */
export interface ChartSeries {
  key: string
  label: string
  color: string
}

export interface MonthlySessions {
  /** One row per month, oldest first: `month` (a label), `monthKey` (YYYY-MM) and a count per series key. */
  rows: Array<{ month: string; monthKey: string; total: number } & Record<string, string | number>>
  series: ChartSeries[]
  /** Held sessions in the whole window. */
  total: number
}

/**
 * Each named mentor's avatar colour, so they look the same in the chart as everywhere else;
 * when two share one, the later takes the next free colour so no two stacks look alike.
 */
function seriesColors(ids: readonly string[]): string[] {
  const taken = new Set<string>()
  return ids.map((id) => {
    const start = palette.indexOf(colorFor(id))
    const free =
      palette.map((_, i) => palette[(start + i) % palette.length] ?? 'teal').find((c) => !taken.has(c)) ?? 'teal'
    taken.add(free)
    return `${free}.6`
  })
}
const OTHERS = 'others'
const UNKNOWN = 'unknown'

const monthKeyOf = (date: Date) => `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}`

/**
 * Held sessions per month over the `months` months up to `now`'s (in the reader's zone), stacked
 * by mentor: the `top` mentors with most sessions by name, the rest together as "Others" (unless
 * that would be a single mentor, who is then named too).
 */
export function sessionsPerMonth(
  held: readonly SessionSummary[],
  names: ReadonlyMap<string, string>,
  now: Date,
  options: { months?: number; top?: number; locale?: string } = {},
): MonthlySessions {
  const months = options.months ?? CHART_MONTHS
  const top = options.top ?? CHART_TOP_MENTORS
  const short = new Intl.DateTimeFormat(options.locale, { month: 'short' })
  const withYear = new Intl.DateTimeFormat(options.locale, { month: 'short', year: 'numeric' })
  const buckets = Array.from({ length: months }, (_, i) => {
    const first = new Date(now.getFullYear(), now.getMonth() - (months - 1 - i), 1)
    const label = i === 0 || first.getMonth() === 0 ? withYear.format(first) : short.format(first)
    return { monthKey: monthKeyOf(first), month: label }
  })
  const inWindow = new Set(buckets.map((b) => b.monthKey))
  const counted = held.filter(
    (s) =>
      s.status === 'held' && Date.parse(s.startsAt) <= now.getTime() && inWindow.has(monthKeyOf(new Date(s.startsAt))),
  )

  const byMentor = new Map<string, number>()
  for (const s of counted) {
    const who = s.mentorId && names.has(s.mentorId) ? s.mentorId : UNKNOWN
    byMentor.set(who, (byMentor.get(who) ?? 0) + 1)
  }
  const collator = nameCollator(options.locale)
  const labelOf = (who: string) => (who === UNKNOWN ? 'Unknown mentor' : (names.get(who) ?? 'Unknown mentor'))
  const ranked = [...byMentor.entries()]
    .sort((a, b) => b[1] - a[1] || collator.compare(labelOf(a[0]), labelOf(b[0])))
    .map(([who]) => who)
  const named = ranked.length <= top + 1 ? ranked : ranked.slice(0, top)
  const keyOf = new Map(named.map((who, i) => [who, `m${i}`]))

  const colors = seriesColors(named)
  const series: ChartSeries[] = named.map((who, i) => ({
    key: `m${i}`,
    label: labelOf(who),
    color: who === UNKNOWN ? 'gray.7' : (colors[i] ?? 'teal.6'),
  }))
  if (ranked.length > named.length) series.push({ key: OTHERS, label: 'Others', color: 'gray.5' })

  const rows = buckets.map((b) => ({
    ...b,
    total: 0,
    ...Object.fromEntries(series.map((s) => [s.key, 0])),
  })) as MonthlySessions['rows']
  const rowOf = new Map(rows.map((r) => [r.monthKey, r]))
  for (const s of counted) {
    const row = rowOf.get(monthKeyOf(new Date(s.startsAt)))
    if (!row) continue
    const who = s.mentorId && names.has(s.mentorId) ? s.mentorId : UNKNOWN
    const key = keyOf.get(who) ?? OTHERS
    row[key] = Number(row[key] ?? 0) + 1
    row.total += 1
  }
  return { rows, series, total: counted.length }
}

/** The first-run guide's steps, each done or not from the data. */
export function firstRunSteps(data: { name: string; mentors: number; heldSessions: number }) {
  return { name: data.name.trim() !== '', mentor: data.mentors > 0, session: data.heldSessions > 0 }
}

/** True while the guide helps more than the sections: no mentor yet, or no session logged yet. */
export const isFirstRun = (data: { mentors: number; heldSessions: number }) =>
  data.mentors === 0 || data.heldSessions === 0

/** "Due today", "Due in 2 days", "3 days overdue": a due date (YYYY-MM-DD) against `today`. */
export function dueLabel(dueOn: string, today: string): string {
  const days = daysBetween(today, dueOn)
  if (days === 0) return 'Due today'
  if (days === 1) return 'Due tomorrow'
  if (days > 1) return `Due in ${days} days`
  const late = -days
  const unit = (n: number, word: string) => `${plural(n, word)} overdue`
  if (late < 14) return unit(late, 'day')
  if (late < 60) return unit(Math.round(late / 7), 'week')
  if (late < 730) return unit(Math.round(late / 30), 'month')
  return unit(Math.round(late / 365), 'year')
}
