import type { Database, Goal } from '../../../shared/model'
import type { GoalView } from '../../../shared/requests/goals'
import type { CoreContext } from '../context'
import type { HandlerSlice } from '../handlers'
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
    for (const goalId of session.goalIds)
      sessionsByGoal.set(goalId, [...(sessionsByGoal.get(goalId) ?? []), session.id])
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

/** `goals:*`: what the mentoring is for. */
export function goalHandlers({ store, newId }: CoreContext) {
  return {
    'goals:list': async () => goalViews(store.data),

    'goals:create': (draft) =>
      store.mutate((data, now) => {
        checkReferences(data, { mentorIds: draft.mentorIds })
        const stamp = now.toISOString()
        const goal: Goal = { id: newId(), ...draft, createdAt: stamp, updatedAt: stamp }
        return { data: { ...data, goals: [...data.goals, goal] }, value: goal, changed: ['goals'] }
      }),

    'goals:update': ({ id, changes }) =>
      store.mutate((data, now) => {
        checkReferences(data, { mentorIds: changes.mentorIds }, 'changes.')
        const goal = applyChanges(findById(data.goals, id, 'goal'), changes, now)
        return { data: { ...data, goals: replaceById(data.goals, goal) }, value: goal, changed: ['goals'] }
      }),

    'goals:delete': ({ id }) =>
      store.mutate((data) => {
        findById(data.goals, id, 'goal')
        // Sessions and action items stay; they just no longer point at the goal.
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
      }),
  } satisfies HandlerSlice<'goals'>
}
