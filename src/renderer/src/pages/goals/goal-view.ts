import { goalStatuses } from '../../../../shared/model'
import type { Goal } from '../../../../shared/model'
import type { GoalView } from '../../../../shared/requests/goals'
import { nameCollator } from '../../lib/name-collator'
import { plural } from '../../../../shared/text'

export type GoalStatus = Goal['status']

/** Labels a user reads for each goal status. */
export const goalStatusLabels: Record<GoalStatus, string> = {
  active: 'Active',
  achieved: 'Achieved',
  dropped: 'Dropped',
}

export const goalStatusColors: Record<GoalStatus, string> = {
  active: 'blue',
  achieved: 'teal',
  dropped: 'gray',
}

/** What the status filter can show: one status, or every goal. */
export const goalFilters = [...goalStatuses, 'all'] as const
export type GoalFilter = (typeof goalFilters)[number]

/** The filter named by a search parameter; anything unknown means the default, active goals. */
export const goalFilterOf = (param: string | null): GoalFilter =>
  (goalFilters as readonly string[]).includes(param ?? '') ? (param as GoalFilter) : 'active'

/** How many goals each filter would show. */
export function countGoals(views: readonly GoalView[]): Record<GoalFilter, number> {
  const counts: Record<GoalFilter, number> = { active: 0, achieved: 0, dropped: 0, all: views.length }
  for (const { goal } of views) counts[goal.status]++
  return counts
}

/** Orders two optional dates, earliest first, missing ones last. */
const byDate = (a: string | null, b: string | null) =>
  a === b ? 0 : a === null ? 1 : b === null ? -1 : a.localeCompare(b)

/**
 * The goals to show under a filter: active before achieved before dropped, then the nearest target
 * first (goals without one after), then by title.
 */
export function viewGoals(views: readonly GoalView[], filter: GoalFilter, locale?: string): GoalView[] {
  const collator = nameCollator(locale)
  const rank = (status: GoalStatus) => goalStatuses.indexOf(status)
  return views
    .filter(({ goal }) => filter === 'all' || goal.status === filter)
    .sort(
      (a, b) =>
        rank(a.goal.status) - rank(b.goal.status) ||
        byDate(a.goal.targetOn, b.goal.targetOn) ||
        collator.compare(a.goal.title, b.goal.title),
    )
}

/** The line under the progress bar: where the number comes from, in words. */
export function progressCaption({ goal, actions }: Pick<GoalView, 'goal' | 'actions'>): string {
  const total = actions.open + actions.done
  const fromActions = total > 0 ? `${actions.done} of ${plural(total, 'action item')} done` : 'no action items linked'
  if (goal.progressOverride !== null) return `Set by you · ${fromActions}`
  return total > 0 ? fromActions : 'No action items linked yet'
}

/** "Touched in 3 sessions". */
export const sessionsLabel = (count: number) => `Touched in ${plural(count, 'session')}`

/** True when an active goal's target day is before `today` (both YYYY-MM-DD). */
export const isOverdue = (goal: Pick<Goal, 'status' | 'targetOn'>, today: string) =>
  goal.status === 'active' && goal.targetOn !== null && goal.targetOn < today

/** A calendar date as the start of that day in the user's zone, for relative formatting. */
export const startOfLocalDay = (date: string) => `${date}T00:00:00`
