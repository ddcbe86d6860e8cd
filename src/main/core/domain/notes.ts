import { noteContentFields } from '../../../shared/model'
import type { Database, Note } from '../../../shared/model'
import type { CoreContext } from '../context'
import { AppFailure } from '../errors'
import type { HandlerSlice } from '../handlers'
import { createUndoShelf, restoreFromShelf } from '../undo-shelf'
import { deleteExpired } from '../rules'
import { draftsNotAbout, withoutDraft } from './drafts'
import { applyChanges, findById, replaceById } from './records'
import { ordinal } from '../../../shared/text'

/** Pinned first, then newest first. */
const byPinThenNewest = (a: Note, b: Note) => Number(b.pinned) - Number(a.pinned) || ordinal(b.createdAt, a.createdAt)

/** True when `next` says something different from `before`: its section, title, text or date. */
const contentChanged = (before: Note, next: Note) => noteContentFields.some((field) => before[field] !== next[field])

/** `notes:*`: background, interests, achievements and free notes about a mentor. */
export function noteHandlers({ store, clock, newId }: CoreContext) {
  const deleted = createUndoShelf<Note>(clock)

  return {
    'notes:list': async ({ mentorId }) => store.data.notes.filter((n) => n.mentorId === mentorId).sort(byPinThenNewest),

    'notes:create': ({ draftKey, mentorId, ...fields }) =>
      store.mutate((data, now) => {
        findById(data.mentors, mentorId, 'mentor')
        const stamp = now.toISOString()
        const note: Note = { id: newId(), mentorId, ...fields, createdAt: stamp, updatedAt: stamp, editedAt: null }
        const next: Database = { ...data, notes: [...data.notes, note], drafts: withoutDraft(data.drafts, draftKey) }
        return { data: next, value: note, changed: ['notes', 'drafts'] }
      }),

    'notes:update': ({ id, changes, draftKey }) =>
      store.mutate((data, now) => {
        const before = findById(data.notes, id, 'note')
        const changed = applyChanges(before, changes, now)
        const note = contentChanged(before, changed) ? { ...changed, editedAt: changed.updatedAt } : changed
        const next: Database = {
          ...data,
          notes: replaceById(data.notes, note),
          drafts: withoutDraft(data.drafts, draftKey),
        }
        return { data: next, value: note, changed: ['notes', 'drafts'] }
      }),

    'notes:delete': ({ id }) =>
      store.mutate((data) => {
        const note = findById(data.notes, id, 'note')
        const next: Database = {
          ...data,
          notes: data.notes.filter((n) => n.id !== id),
          drafts: draftsNotAbout(data.drafts, new Set([id])),
        }
        deleted.put(id, note)
        return { data: next, value: { id }, changed: ['notes', 'drafts'] }
      }),

    'notes:undelete': ({ id }) =>
      restoreFromShelf(deleted, id, deleteExpired('note'), (note) =>
        store.mutate((data) => {
          if (data.notes.some((n) => n.id === id)) throw new AppFailure('conflict', 'This note is already back.')
          // If its mentor was deleted meanwhile, the note comes back under "Unknown mentor".
          const mentorId = note.mentorId && data.mentors.some((m) => m.id === note.mentorId) ? note.mentorId : null
          const restored = { ...note, mentorId }
          return { data: { ...data, notes: [...data.notes, restored] }, value: restored, changed: ['notes'] }
        }),
      ),
  } satisfies HandlerSlice<'notes'>
}
