// The notes' rules called on plain data: order, the edit mark, drafts, and undo.
import { describe, expect, it } from 'vitest'
import { createNote, deleteNote, listNotes, undeleteNote, updateNote } from '../../../../src/main/core/domain/notes'
import type { Note } from '../../../../src/shared/model'
import { noteDraftKey } from '../../../../src/shared/requests/notes'
import { databaseWith, draftRecord, inputOf, mentorRecord, noteRecord, ruleEnv } from '../../../helpers/plain-data'

/** Zoë with three notes written a day apart, one more about Ben, and one kept from a deleted mentor. */
function notebook() {
  const zoe = mentorRecord({ name: 'Zoë' })
  const ben = mentorRecord({ name: 'Ben' })
  const written = (body: string, day: number, fields: Partial<Note> = {}) =>
    noteRecord({ mentorId: zoe.id, body, createdAt: `2026-11-0${day}T09:00:00.000Z`, ...fields })
  const data = databaseWith({
    mentors: [zoe, ben],
    notes: [
      written('Oldest', 1),
      written('Pinned, older', 2, { pinned: true }),
      written('Newest', 3),
      noteRecord({ mentorId: ben.id, body: 'Ben’s' }),
      noteRecord({ mentorId: null, body: 'Kept' }),
    ],
  })
  return { data, zoe, ben }
}

const bodies = (notes: Note[]) => notes.map((n) => n.body)

describe('listNotes', () => {
  it("lists a mentor's notes pinned first, then newest first; mentorId null lists those kept from deleted mentors", () => {
    const { data, zoe } = notebook()
    expect(bodies(listNotes(data, { mentorId: zoe.id }))).toEqual(['Pinned, older', 'Newest', 'Oldest'])
    expect(bodies(listNotes(data, { mentorId: null }))).toEqual(['Kept'])
  })
})

describe('createNote', () => {
  it('adds the note, unedited, and drops the draft it was typed in', () => {
    const { data, zoe } = notebook()
    const key = noteDraftKey(zoe.id, 'notes')
    const typed = databaseWith({ ...data, drafts: [draftRecord(key), draftRecord('note:other:new-notes')] })
    const input = inputOf('notes:create', {
      mentorId: zoe.id,
      section: 'interests',
      body: 'Bouldering, 書道',
      draftKey: key,
    })
    const { data: next, value } = createNote(typed, input, ruleEnv('2026-11-27T10:00:00.000Z'))
    expect(value).toMatchObject({ body: 'Bouldering, 書道', editedAt: null, createdAt: '2026-11-27T10:00:00.000Z' })
    expect(next.drafts.map((d) => d.key)).toEqual(['note:other:new-notes'])
  })

  it('refuses a mentor who no longer exists', () => {
    const input = inputOf('notes:create', { mentorId: crypto.randomUUID(), section: 'notes', body: 'x' })
    expect(() => createNote(databaseWith({}), input, ruleEnv())).toThrow(
      'That mentor no longer exists. It may have been deleted; refresh and try again.',
    )
  })
})

describe('updateNote', () => {
  const at = '2026-11-27T10:00:00.000Z'
  it.each<[string, Parameters<typeof updateNote>[1]['changes'], string | null]>([
    ['its words change', { body: 'Ask about 学习 🌱' }, at],
    ['its title changes', { title: 'Cafés' }, at],
    ['its date changes', { happenedOn: '2021-05-04' }, at],
    ['it moves to another section', { section: 'interests' }, at],
    ['it is only pinned', { pinned: true }, null],
    ['it is saved unchanged', { title: '', body: 'Newest', happenedOn: null }, null],
  ])('when %s, its edit time becomes %s', (_name, changes, editedAt) => {
    const { data } = notebook()
    const note = data.notes[2]!
    const { value } = updateNote(data, { id: note.id, changes }, ruleEnv(at))
    expect(value.editedAt).toBe(editedAt)
    expect(value.updatedAt).toBe(at)
  })
})

describe('deleteNote and undeleteNote', () => {
  it('takes the note and the drafts of edits to it away, and puts the note back as it was', () => {
    const { data, zoe } = notebook()
    const note = data.notes[0]!
    const typed = databaseWith({ ...data, drafts: [draftRecord(noteDraftKey(zoe.id, 'notes', note.id))] })
    const removed = deleteNote(typed, { id: note.id })
    expect(bodies(removed.data.notes)).not.toContain('Oldest')
    expect(removed.data.drafts).toEqual([])
    const { value } = undeleteNote(removed.data, removed.kept)
    expect(value).toEqual(note)
  })

  it('brings a note back under "Unknown mentor" when its mentor was deleted meanwhile', () => {
    const { data } = notebook()
    const removed = deleteNote(data, { id: data.notes[0]!.id })
    const withoutZoe = { ...removed.data, mentors: removed.data.mentors.filter((m) => m.name !== 'Zoë') }
    expect(undeleteNote(withoutZoe, removed.kept).value.mentorId).toBeNull()
  })

  it('refuses to bring back a note that is already back', () => {
    const { data } = notebook()
    expect(() => undeleteNote(data, data.notes[0]!)).toThrow('This note is already back.')
  })
})
