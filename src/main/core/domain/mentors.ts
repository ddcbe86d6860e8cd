import type { ActionItem, Database, Goal, Mentor, Note, Session } from '../../../shared/model'
import type { CoreContext } from '../context'
import { AppFailure } from '../errors'
import type { HandlerSlice } from '../handlers'
import { createUndoShelf, restoreFromShelf } from '../undo-shelf'
import { draftsNotAbout } from './drafts'
import { applyChanges, findById, replaceById } from './records'
import { rosterOf } from './roster'

import { plural } from '../../../shared/text'

/** What deleting a mentor took away, kept for undo. */
interface DeletedMentor {
  mentor: Mentor
  history: 'delete' | 'keep'
  notes: Note[]
  sessions: Session[]
  actionItems: ActionItem[]
  goalIds: string[]
}

/** Puts `records` back: re-inserted when deleted, re-attached to the mentor when kept under "Unknown mentor". */
function putBack<T extends { id: string; mentorId: string | null }>(current: T[], records: T[], mentorId: string): T[] {
  const byId = new Map(records.map((r) => [r.id, r]))
  const present = new Set<string>()
  const updated = current.map((record) => {
    if (!byId.has(record.id)) return record
    present.add(record.id)
    return record.mentorId === null ? { ...record, mentorId } : record
  })
  return [...updated, ...records.filter((r) => !present.has(r.id))]
}

/** `mentors:*`: the roster. */
export function mentorHandlers({ store, clock, newId }: CoreContext) {
  const deleted = createUndoShelf<DeletedMentor>(clock)

  /** Replaces one mentor with `update(mentor)`, unless it returns the mentor unchanged. */
  const change = (id: string, update: (mentor: Mentor, now: Date) => Mentor) =>
    store.mutate((data, now) => {
      const current = findById(data.mentors, id, 'mentor')
      const next = update(current, now)
      if (next === current) return { data, value: current, changed: [] }
      return { data: { ...data, mentors: replaceById(data.mentors, next) }, value: next, changed: ['mentors'] }
    })

  return {
    'mentors:list': async ({ includeArchived }) =>
      store.data.mentors.filter((m) => includeArchived || m.archivedAt === null),

    'mentors:roster': async ({ includeArchived }) => rosterOf(store.data, includeArchived),

    'mentors:get': async ({ id }) => findById(store.data.mentors, id, 'mentor'),

    'mentors:create': (draft) =>
      store.mutate((data, now) => {
        const stamp = now.toISOString()
        const mentor: Mentor = { id: newId(), ...draft, createdAt: stamp, updatedAt: stamp, archivedAt: null }
        return { data: { ...data, mentors: [...data.mentors, mentor] }, value: mentor, changed: ['mentors'] }
      }),

    'mentors:update': ({ id, changes }) => change(id, (mentor, now) => applyChanges(mentor, changes, now)),

    'mentors:archive': ({ id }) =>
      change(id, (mentor, now) =>
        mentor.archivedAt ? mentor : applyChanges(mentor, { archivedAt: now.toISOString() }, now),
      ),

    'mentors:restore': ({ id }) =>
      change(id, (mentor, now) => (mentor.archivedAt ? applyChanges(mentor, { archivedAt: null }, now) : mentor)),

    'mentors:delete': ({ id, history }) =>
      store.mutate((data) => {
        const mentor = findById(data.mentors, id, 'mentor')
        const mine = <T extends { mentorId: string | null }>(records: T[]) => records.filter((r) => r.mentorId === id)
        const owned = { notes: mine(data.notes), sessions: mine(data.sessions), actionItems: mine(data.actionItems) }
        const count = owned.notes.length + owned.sessions.length + owned.actionItems.length
        if (count > 0 && !history) {
          throw new AppFailure(
            'conflict',
            `${mentor.name} has ${plural(owned.notes.length, 'note')}, ${plural(owned.sessions.length, 'session')} and ${plural(owned.actionItems.length, 'action item')}. Choose whether to delete them too or keep them under "Unknown mentor".`,
          )
        }
        const keep = history === 'keep'
        const detach = <T extends { id: string; mentorId: string | null }>(records: T[]): T[] =>
          keep
            ? records.map((r) => (r.mentorId === id ? { ...r, mentorId: null } : r))
            : records.filter((r) => r.mentorId !== id)
        const goalIds = data.goals.filter((g) => g.mentorIds.includes(id)).map((g) => g.id)
        const goneIds = new Set([id, ...(keep ? [] : owned.notes.map((n) => n.id))])
        const next: Database = {
          ...data,
          mentors: data.mentors.filter((m) => m.id !== id),
          notes: detach(data.notes),
          sessions: detach(data.sessions),
          actionItems: detach(data.actionItems),
          goals: data.goals.map((g): Goal =>
            g.mentorIds.includes(id) ? { ...g, mentorIds: g.mentorIds.filter((m) => m !== id) } : g,
          ),
          drafts: draftsNotAbout(data.drafts, goneIds),
        }
        deleted.put(id, { mentor, history: keep ? 'keep' : 'delete', ...owned, goalIds })
        return {
          data: next,
          value: { id, notesDeleted: keep ? 0 : owned.notes.length, notesKept: keep ? owned.notes.length : 0 },
          changed: ['mentors', 'notes', 'sessions', 'actionItems', 'goals', 'drafts'],
        }
      }),

    'mentors:undelete': ({ id }) =>
      restoreFromShelf(deleted, id, 'mentor', (gone) =>
        store.mutate((data) => {
          if (data.mentors.some((m) => m.id === id))
            throw new AppFailure('conflict', `${gone.mentor.name} is already back.`)
          const next: Database = {
            ...data,
            mentors: [...data.mentors, gone.mentor],
            notes: putBack(data.notes, gone.notes, id),
            sessions: putBack(data.sessions, gone.sessions, id),
            actionItems: putBack(data.actionItems, gone.actionItems, id),
            goals: data.goals.map((g) =>
              gone.goalIds.includes(g.id) && !g.mentorIds.includes(id) ? { ...g, mentorIds: [...g.mentorIds, id] } : g,
            ),
          }
          return { data: next, value: gone.mentor, changed: ['mentors', 'notes', 'sessions', 'actionItems', 'goals'] }
        }),
      ),
  } satisfies HandlerSlice<'mentors'>
}
