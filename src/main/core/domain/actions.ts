// `actions:*`: one list of what was promised, across mentors. Each rule is a function of the data, its input and
// the time; the registration is at the end.
import type { ParsedInput } from '../../../shared/ipc'
import type { ActionItem, Database } from '../../../shared/model'
import { ordinal } from '../../../shared/text'
import type { CoreContext } from '../context'
import { AppFailure } from '../errors'
import type { HandlerSlice } from '../handlers'
import type { Outcome, RuleEnv, Undoable } from '../rules'
import { byId, deleteExpired, mutation, read, undoable } from '../rules'
import { checkReferences } from './references'
import { applyChanges, findById, replaceById } from './records'

/** Due first (undated last), then oldest first. */
const byDue = (a: ActionItem, b: ActionItem) =>
  ordinal(a.dueOn ?? '9999-12-31', b.dueOn ?? '9999-12-31') || ordinal(a.createdAt, b.createdAt)

/** The goals an action item serves: its own, and those of the session it came from. */
export function goalsOfItem(item: ActionItem, sessionGoals: ReadonlyMap<string, readonly string[]>): Set<string> {
  return new Set([...item.goalIds, ...(item.sessionId ? (sessionGoals.get(item.sessionId) ?? []) : [])])
}

/** The action items of a mentor, session or goal (or all of them), open ones only unless asked, soonest due first. */
export function listActions(
  data: Database,
  { mentorId, sessionId, goalId, includeDone }: ParsedInput<'actions:list'>,
): ActionItem[] {
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
}

/** The data with `item` in place of the action item with its id. */
const withItem = (data: Database, item: ActionItem): Outcome<ActionItem> => ({
  data: { ...data, actionItems: replaceById(data.actionItems, item) },
  value: item,
  changed: ['actionItems'],
})

/** Adds an action item; one from a session belongs to that session's mentor unless it names another. */
export function createAction(data: Database, draft: ParsedInput<'actions:create'>, env: RuleEnv): Outcome<ActionItem> {
  checkReferences(data, draft)
  const session = draft.sessionId ? data.sessions.find((s) => s.id === draft.sessionId) : undefined
  const stamp = env.now.toISOString()
  const item: ActionItem = {
    id: env.newId(),
    ...draft,
    mentorId: draft.mentorId ?? session?.mentorId ?? null,
    doneAt: null,
    outcome: null,
    createdAt: stamp,
    updatedAt: stamp,
  }
  return { data: { ...data, actionItems: [...data.actionItems, item] }, value: item, changed: ['actionItems'] }
}

/** Changes the fields given, refusing links to a mentor or goal that does not exist. */
export function updateAction(data: Database, { id, changes }: ParsedInput<'actions:update'>, { now }: RuleEnv) {
  checkReferences(data, changes, 'changes.')
  return withItem(data, applyChanges(findById(data.actionItems, id, 'action item'), changes, now))
}

/** Completes an item (recording when) or opens it again; completing a done item keeps the first date. */
export function setActionDone(data: Database, { id, done }: ParsedInput<'actions:setDone'>, { now }: RuleEnv) {
  const item = findById(data.actionItems, id, 'action item')
  const same = done === (item.doneAt !== null)
  return withItem(data, same ? item : applyChanges(item, { doneAt: done ? now.toISOString() : null }, now))
}

/** Deletes an action item, keeping it for undo. */
export function deleteAction(data: Database, { id }: { id: string }): Undoable<{ id: string }, ActionItem> {
  const item = findById(data.actionItems, id, 'action item')
  return {
    data: { ...data, actionItems: data.actionItems.filter((a) => a.id !== id) },
    value: { id },
    changed: ['actionItems'],
    kept: item,
  }
}

/** Brings a deleted action item back, without links to a mentor, session or goal deleted meanwhile. */
export function undeleteAction(data: Database, item: ActionItem): Outcome<ActionItem> {
  if (data.actionItems.some((a) => a.id === item.id))
    throw new AppFailure('conflict', 'This action item is already back.')
  const restored: ActionItem = {
    ...item,
    mentorId: item.mentorId && data.mentors.some((m) => m.id === item.mentorId) ? item.mentorId : null,
    sessionId: item.sessionId && data.sessions.some((s) => s.id === item.sessionId) ? item.sessionId : null,
    goalIds: item.goalIds.filter((g) => data.goals.some((goal) => goal.id === g)),
  }
  return { data: { ...data, actionItems: [...data.actionItems, restored] }, value: restored, changed: ['actionItems'] }
}

/** `actions:*` over the store. */
export function actionHandlers(ctx: CoreContext) {
  const deletes = undoable<ActionItem>(ctx, deleteExpired('action item'))
  return {
    'actions:list': read(ctx, listActions),
    'actions:create': mutation(ctx, createAction),
    'actions:update': mutation(ctx, updateAction),
    'actions:setDone': mutation(ctx, setActionDone),
    'actions:delete': deletes.change(deleteAction, byId),
    'actions:undelete': deletes.undo(byId, undeleteAction),
  } satisfies HandlerSlice<'actions'>
}
