// `notes:*`: background, interests, achievements and free notes about a mentor. Rules first, registration last.
import type { ParsedInput } from '../../../shared/ipc'
import { noteContentFields } from '../../../shared/model'
import type { Database, Note } from '../../../shared/model'
import { ordinal } from '../../../shared/text'
import type { CoreContext } from '../context'
import { AppFailure } from '../errors'
import type { HandlerSlice } from '../handlers'
import type { Outcome, RuleEnv, Undoable } from '../rules'
import { byId, deleteExpired, mutation, read, undoable } from '../rules'
import { draftsNotAbout, withoutDraft } from './drafts'
import { applyChanges, findById, replaceById } from './records'

/** Pinned first, then newest first. */
const byPinThenNewest = (a: Note, b: Note) => Number(b.pinned) - Number(a.pinned) || ordinal(b.createdAt, a.createdAt)

/** True when `next` says something different from `before`: its section, title, text or date. */
const contentChanged = (before: Note, next: Note) => noteContentFields.some((field) => before[field] !== next[field])

/** A mentor's notes (or, for mentorId null, those kept from deleted mentors), pinned first, then newest first. */
export function listNotes(data: Database, { mentorId }: ParsedInput<'notes:list'>): Note[] {
  return data.notes.filter((n) => n.mentorId === mentorId).sort(byPinThenNewest)
}

/** Adds a note about a mentor, and drops the draft it was typed in, in the same write. */
export function createNote(
  data: Database,
  { draftKey, mentorId, ...fields }: ParsedInput<'notes:create'>,
  env: RuleEnv,
): Outcome<Note> {
  findById(data.mentors, mentorId, 'mentor')
  const stamp = env.now.toISOString()
  const note: Note = { id: env.newId(), mentorId, ...fields, createdAt: stamp, updatedAt: stamp, editedAt: null }
  const next: Database = { ...data, notes: [...data.notes, note], drafts: withoutDraft(data.drafts, draftKey) }
  return { data: next, value: note, changed: ['notes', 'drafts'] }
}

/** Changes the fields given; the note counts as edited only when its words, section or date change. */
export function updateNote(
  data: Database,
  { id, changes, draftKey }: ParsedInput<'notes:update'>,
  { now }: RuleEnv,
): Outcome<Note> {
  const before = findById(data.notes, id, 'note')
  const changed = applyChanges(before, changes, now)
  const note = contentChanged(before, changed) ? { ...changed, editedAt: changed.updatedAt } : changed
  const next: Database = { ...data, notes: replaceById(data.notes, note), drafts: withoutDraft(data.drafts, draftKey) }
  return { data: next, value: note, changed: ['notes', 'drafts'] }
}

/** Deletes a note and the drafts of edits to it, keeping the note for undo. */
export function deleteNote(data: Database, { id }: { id: string }): Undoable<{ id: string }, Note> {
  const note = findById(data.notes, id, 'note')
  const next: Database = {
    ...data,
    notes: data.notes.filter((n) => n.id !== id),
    drafts: draftsNotAbout(data.drafts, new Set([id])),
  }
  return { data: next, value: { id }, changed: ['notes', 'drafts'], kept: note }
}

/** Brings a deleted note back; under "Unknown mentor" when its mentor was deleted meanwhile. */
export function undeleteNote(data: Database, note: Note): Outcome<Note> {
  if (data.notes.some((n) => n.id === note.id)) throw new AppFailure('conflict', 'This note is already back.')
  const mentorId = note.mentorId && data.mentors.some((m) => m.id === note.mentorId) ? note.mentorId : null
  const restored = { ...note, mentorId }
  return { data: { ...data, notes: [...data.notes, restored] }, value: restored, changed: ['notes'] }
}

/** `notes:*` over the store. */
export function noteHandlers(ctx: CoreContext) {
  const deletes = undoable<Note>(ctx, deleteExpired('note'))
  return {
    'notes:list': read(ctx, listNotes),
    'notes:create': mutation(ctx, createNote),
    'notes:update': mutation(ctx, updateNote),
    'notes:delete': deletes.change(deleteNote, byId),
    'notes:undelete': deletes.undo(byId, undeleteNote),
  } satisfies HandlerSlice<'notes'>
}
