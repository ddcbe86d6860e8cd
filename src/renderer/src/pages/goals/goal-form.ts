import type { Goal } from '../../../../shared/model'
import type { GoalDraft, GoalUpdate } from '../../../../shared/requests/goals'
import type { GoalStatus } from './goal-view'

/** The goal form's values: a draft, with the manual progress as a switch and a slider. */
export interface GoalFormValues {
  title: string
  why: string
  targetOn: string | null
  status: GoalStatus
  mentorIds: string[]
  /** "Set progress by hand": when off, progress comes from the goal's action items. */
  manualProgress: boolean
  progress: number
}

/** The form's starting values: empty, or the goal being edited. The slider starts where progress stands. */
export function goalFormValues(goal?: Goal, derivedProgress: number | null = null): GoalFormValues {
  return {
    title: goal?.title ?? '',
    why: goal?.why ?? '',
    targetOn: goal?.targetOn ?? null,
    status: goal?.status ?? 'active',
    mentorIds: goal?.mentorIds ?? [],
    manualProgress: (goal?.progressOverride ?? null) !== null,
    progress: goal?.progressOverride ?? derivedProgress ?? 0,
  }
}

/** What the form sends to core: the switch off means no override. */
export function toGoalDraft({ manualProgress, progress, ...values }: GoalFormValues): Required<GoalDraft> {
  return { ...values, progressOverride: manualProgress ? progress : null }
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b)

/** Only the fields the user changed, so an edit never overwrites what changed elsewhere meanwhile. */
export function goalChanges(goal: Goal, draft: Required<GoalDraft>): GoalUpdate['changes'] {
  const changes: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(draft)) {
    if (!same(goal[key as keyof Goal], value)) changes[key] = value
  }
  return changes as GoalUpdate['changes']
}
