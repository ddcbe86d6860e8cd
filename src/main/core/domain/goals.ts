// `goals:*`: what the mentoring is for. Each rule is a function of the data, its input and the time; the
// registration is at the end.
import type { ParsedInput } from '../../../shared/ipc'
import type { Database, Goal } from '../../../shared/model'
import type { GoalView } from '../../../shared/requests/goals'
import type { CoreContext } from '../context'
import type { HandlerSlice } from '../handlers'
import type { Outcome, RuleEnv } from '../rules'
import { mutation, read } from '../rules'
import { goalsOfItem } from './actions'
import { checkReferences } from './references'
import { applyChanges, findById, replaceById } from './records'
import { ordinal } from '../../../shared/text'

/** Each goal with its progress (override, else the share of linked action items done), sessions, and coverage. */
export function goalViews(data: Database): GoalView[] {
  const sessionGoals = new Map(data.sessions.map((s) => [s.id, s.goalIds]))
  const counts = new Map<string, { open: number; done: number }>()
  for (const item of data.actionItems) {
    for (const goalId of goalsOfItem(item, sessionGoals)) {
      const entry = counts.get(goalId) ?? { open: 0, done: 0 }
      if (item.doneAt) entry.done++
      else entry.open++
      counts.set(goalId, entry)
    }
  }
  const sessionsByGoal = new Map<string, string[]>()
  // Only held sessions touched a goal; plans have not happened yet.
  const held = data.sessions.filter((s) => s.status === 'held').sort((a, b) => ordinal(b.startsAt, a.startsAt))
  for (const session of held) {
    for (const goalId of session.goalIds) {
      const ids = sessionsByGoal.get(goalId)
      if (ids) ids.push(session.id)
      else sessionsByGoal.set(goalId, [session.id])
    }
  }
  const activeMentors = new Set(
    data.mentors.filter((m) => m.stage === 'active' && m.archivedAt === null).map((m) => m.id),
  )
  return data.goals.map((goal) => {
    const actions = counts.get(goal.id) ?? { open: 0, done: 0 }
    const total = actions.open + actions.done
    const derivedProgress = total > 0 ? Math.round((actions.done / total) * 100) : null
    return {
      goal,
      progress: goal.progressOverride ?? derivedProgress,
      derivedProgress,
      actions,
      sessionIds: sessionsByGoal.get(goal.id) ?? [],
      uncovered: goal.status === 'active' && !goal.mentorIds.some((id) => activeMentors.has(id)),
    }
  })
}

/** Adds a goal, refusing links to mentors that do not exist. */
export function createGoal(data: Database, draft: ParsedInput<'goals:create'>, env: RuleEnv): Outcome<Goal> {
  checkReferences(data, { mentorIds: draft.mentorIds })
  const stamp = env.now.toISOString()
  const goal: Goal = { id: env.newId(), ...draft, createdAt: stamp, updatedAt: stamp }
  return { data: { ...data, goals: [...data.goals, goal] }, value: goal, changed: ['goals'] }
}

/** Changes the fields given, refusing links to mentors that do not exist. */
export function updateGoal(
  data: Database,
  { id, changes }: ParsedInput<'goals:update'>,
  { now }: RuleEnv,
): Outcome<Goal> {
  checkReferences(data, { mentorIds: changes.mentorIds }, 'changes.')
  const goal = applyChanges(findById(data.goals, id, 'goal'), changes, now)
  return { data: { ...data, goals: replaceById(data.goals, goal) }, value: goal, changed: ['goals'] }
}

/** Deletes a goal; its sessions and action items stay, no longer pointing at it. */
export function deleteGoal(data: Database, { id }: { id: string }): Outcome<{ id: string }> {
  findById(data.goals, id, 'goal')
  const next: Database = {
    ...data,
    goals: data.goals.filter((g) => g.id !== id),
    sessions: data.sessions.map((s) =>
      s.goalIds.includes(id) ? { ...s, goalIds: s.goalIds.filter((g) => g !== id) } : s,
    ),
    actionItems: data.actionItems.map((a) =>
      a.goalIds.includes(id) ? { ...a, goalIds: a.goalIds.filter((g) => g !== id) } : a,
    ),
  }
  return { data: next, value: { id }, changed: ['goals', 'sessions', 'actionItems'] }
}

/** `goals:*` over the store. */
export function goalHandlers(ctx: CoreContext) {
  return {
    'goals:list': read(ctx, goalViews),
    'goals:create': mutation(ctx, createGoal),
    'goals:update': mutation(ctx, updateGoal),
    'goals:delete': mutation(ctx, deleteGoal),
  } satisfies HandlerSlice<'goals'>
}
