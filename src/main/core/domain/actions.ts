import type { ActionItem, Database } from '../../../shared/model'
import type { CoreContext } from '../context'
import { AppFailure } from '../errors'
import type { HandlerSlice } from '../handlers'
import { createUndoShelf, restoreFromShelf } from '../undo-shelf'
import { deleteExpired } from '../rules'
import { checkReferences } from './references'
import { applyChanges, findById, replaceById } from './records'
import { ordinal } from '../../../shared/text'

/** Due first (undated last), then oldest first. */
const byDue = (a: ActionItem, b: ActionItem) =>
  ordinal(a.dueOn ?? '9999-12-31', b.dueOn ?? '9999-12-31') || ordinal(a.createdAt, b.createdAt)

/** The goals an action item serves: its own, and those of the session it came from. */
export function goalsOfItem(item: ActionItem, sessionGoals: ReadonlyMap<string, readonly string[]>): Set<string> {
  return new Set([...item.goalIds, ...(item.sessionId ? (sessionGoals.get(item.sessionId) ?? []) : [])])
}

/** `actions:*`: one list of what was promised, across mentors. */
export function actionHandlers({ store, clock, newId }: CoreContext) {
  const deleted = createUndoShelf<ActionItem>(clock)
  const change = (id: string, update: (item: ActionItem, now: Date) => ActionItem) =>
    store.mutate((data, now) => {
      const item = update(findById(data.actionItems, id, 'action item'), now)
      return {
        data: { ...data, actionItems: replaceById(data.actionItems, item) },
        value: item,
        changed: ['actionItems'],
      }
    })

  return {
    'actions:list': async ({ mentorId, sessionId, goalId, includeDone }) => {
      const data = store.data
      const sessionGoals = new Map(data.sessions.map((s) => [s.id, s.goalIds]))
      return data.actionItems
        .filter(
          (a) =>
            (includeDone || a.doneAt === null) &&
            (!mentorId || a.mentorId === mentorId) &&
            (!sessionId || a.sessionId === sessionId) &&
            (!goalId || goalsOfItem(a, sessionGoals).has(goalId)),
        )
        .sort(byDue)
    },

    'actions:create': (draft) =>
      store.mutate((data: Database, now) => {
        checkReferences(data, draft)
        const session = draft.sessionId ? data.sessions.find((s) => s.id === draft.sessionId) : undefined
        const stamp = now.toISOString()
        const item: ActionItem = {
          id: newId(),
          ...draft,
          mentorId: draft.mentorId ?? session?.mentorId ?? null,
          doneAt: null,
          createdAt: stamp,
          updatedAt: stamp,
        }
        return { data: { ...data, actionItems: [...data.actionItems, item] }, value: item, changed: ['actionItems'] }
      }),

    'actions:update': ({ id, changes }) =>
      store.mutate((data, now) => {
        checkReferences(data, changes, 'changes.')
        const item = applyChanges(findById(data.actionItems, id, 'action item'), changes, now)
        return {
          data: { ...data, actionItems: replaceById(data.actionItems, item) },
          value: item,
          changed: ['actionItems'],
        }
      }),

    'actions:setDone': ({ id, done }) =>
      change(id, (item, now) =>
        done === (item.doneAt !== null) ? item : applyChanges(item, { doneAt: done ? now.toISOString() : null }, now),
      ),

    'actions:delete': ({ id }) =>
      store.mutate((data) => {
        deleted.put(id, findById(data.actionItems, id, 'action item'))
        return {
          data: { ...data, actionItems: data.actionItems.filter((a) => a.id !== id) },
          value: { id },
          changed: ['actionItems'],
        }
      }),

    'actions:undelete': ({ id }) =>
      restoreFromShelf(deleted, id, deleteExpired('action item'), (item) =>
        store.mutate((data) => {
          if (data.actionItems.some((a) => a.id === id))
            throw new AppFailure('conflict', 'This action item is already back.')
          const restored: ActionItem = {
            ...item,
            mentorId: item.mentorId && data.mentors.some((m) => m.id === item.mentorId) ? item.mentorId : null,
            sessionId: item.sessionId && data.sessions.some((s) => s.id === item.sessionId) ? item.sessionId : null,
            goalIds: item.goalIds.filter((g) => data.goals.some((goal) => goal.id === g)),
          }
          return {
            data: { ...data, actionItems: [...data.actionItems, restored] },
            value: restored,
            changed: ['actionItems'],
          }
        }),
      ),
  } satisfies HandlerSlice<'actions'>
}
