import type { Database, Mentor } from '../../../shared/model'
import type { CoreContext } from '../context'
import { AppFailure } from '../errors'
import type { HandlerSlice } from '../handlers'
import { applyChanges, findById, replaceById } from './records'

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`

/** Everything recorded with a mentor: what deleting them touches. */
function historyOf(data: Database, id: string) {
  return {
    notes: data.notes.filter((n) => n.mentorId === id),
    sessions: data.sessions.filter((s) => s.mentorId === id),
    actionItems: data.actionItems.filter((a) => a.mentorId === id),
  }
}

/** `mentors:*`: the roster. */
export function mentorHandlers({ store, newId }: CoreContext) {
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

    'mentors:get': async ({ id }) => findById(store.data.mentors, id, 'mentor'),

    'mentors:create': (draft) =>
      store.mutate((data, now) => {
        const stamp = now.toISOString()
        const mentor: Mentor = { ...draft, id: newId(), createdAt: stamp, updatedAt: stamp, archivedAt: null }
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
        const owned = historyOf(data, id)
        const count = owned.notes.length + owned.sessions.length + owned.actionItems.length
        if (count > 0 && !history) {
          throw new AppFailure(
            'conflict',
            `${mentor.name} has ${plural(owned.notes.length, 'note')}, ${plural(owned.sessions.length, 'session')} and ${plural(owned.actionItems.length, 'action item')}. Choose whether to delete them too or keep them under "Unknown mentor".`,
          )
        }
        const keep = history === 'keep'
        const detach = <T extends { mentorId: string | null }>(records: T[]): T[] =>
          keep
            ? records.map((r) => (r.mentorId === id ? { ...r, mentorId: null } : r))
            : records.filter((r) => r.mentorId !== id)
        const next: Database = {
          ...data,
          mentors: data.mentors.filter((m) => m.id !== id),
          notes: detach(data.notes),
          sessions: detach(data.sessions),
          actionItems: detach(data.actionItems),
          goals: data.goals.map((g) =>
            g.mentorIds.includes(id) ? { ...g, mentorIds: g.mentorIds.filter((m) => m !== id) } : g,
          ),
        }
        return {
          data: next,
          value: { id, notesDeleted: keep ? 0 : owned.notes.length, notesKept: keep ? owned.notes.length : 0 },
          changed: ['mentors', 'notes', 'sessions', 'actionItems', 'goals'],
        }
      }),
  } satisfies HandlerSlice<'mentors'>
}
