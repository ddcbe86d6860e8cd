// The roster's rules called on plain data: no store, no files.
import { describe, expect, it } from 'vitest'
import {
  archiveMentor,
  createMentor,
  deleteMentor,
  listMentors,
  unarchiveMentor,
  undeleteMentor,
} from '../../../../src/main/core/domain/mentors'
import {
  actionItemRecord,
  databaseWith,
  goalRecord,
  mentorRecord,
  noteRecord,
  ruleEnv,
  sessionRecord,
} from '../../../helpers/plain-data'
import { MentorDraft } from '../../../../src/shared/model'

/** Zoë with a note, a session, an action item from it and a goal; Ben with one note of his own. */
function roster() {
  const zoe = mentorRecord({ name: 'Zoë', stage: 'active' })
  const ben = mentorRecord({ name: 'Ben' })
  const session = sessionRecord({ mentorId: zoe.id, startsAt: '2026-11-01T09:00:00.000Z' })
  const data = databaseWith({
    mentors: [zoe, ben],
    notes: [noteRecord({ mentorId: zoe.id, body: 'Ex-SRE' }), noteRecord({ mentorId: ben.id, body: 'Ben’s' })],
    sessions: [session],
    actionItems: [actionItemRecord({ mentorId: zoe.id, sessionId: session.id, title: 'Write the RFC' })],
    goals: [goalRecord({ title: 'Staff engineer', mentorIds: [zoe.id, ben.id] })],
    drafts: [{ key: `note:${zoe.id}`, values: { body: 'half typed' }, updatedAt: '2026-11-27T08:00:00.000Z' }],
  })
  return { data, zoe, ben }
}

describe('deleteMentor', () => {
  it('refuses while the mentor has history and no choice was made, naming what they have', () => {
    const { data, zoe } = roster()
    expect(() => deleteMentor(data, { id: zoe.id })).toThrow(
      'Zoë has 1 note, 1 session and 1 action item. Choose whether to delete them too or keep them under "Unknown mentor".',
    )
  })

  it('with history "delete", takes their notes, sessions and action items and unlinks their goals', () => {
    const { data, zoe, ben } = roster()
    const { data: next, value, kept } = deleteMentor(data, { id: zoe.id, history: 'delete' })
    expect(value).toEqual({ id: zoe.id, notesDeleted: 1, notesKept: 0 })
    expect(next.mentors.map((m) => m.name)).toEqual(['Ben'])
    expect(next.notes.map((n) => n.body)).toEqual(['Ben’s'])
    expect(next.sessions).toEqual([])
    expect(next.actionItems).toEqual([])
    expect(next.goals[0]?.mentorIds).toEqual([ben.id])
    expect(next.drafts).toEqual([])
    expect(kept).toMatchObject({ history: 'delete', notes: [{ body: 'Ex-SRE' }], goalIds: [data.goals[0]?.id] })
  })

  it('with history "keep", leaves their records under "Unknown mentor"', () => {
    const { data, zoe } = roster()
    const { data: next, value } = deleteMentor(data, { id: zoe.id, history: 'keep' })
    expect(value).toEqual({ id: zoe.id, notesDeleted: 0, notesKept: 1 })
    expect(next.notes.filter((n) => n.mentorId === null).map((n) => n.body)).toEqual(['Ex-SRE'])
    expect(next.sessions.map((s) => s.mentorId)).toEqual([null])
    expect(next.actionItems.map((a) => a.mentorId)).toEqual([null])
  })

  it('deletes a mentor without history without asking', () => {
    const lone = mentorRecord({ name: 'Lone' })
    const { data } = deleteMentor(databaseWith({ mentors: [lone] }), { id: lone.id })
    expect(data.mentors).toEqual([])
  })
})

describe('undeleteMentor', () => {
  it.each(['delete', 'keep'] as const)('puts back everything a delete with history "%s" took or detached', (history) => {
    const { data, zoe } = roster()
    const removed = deleteMentor(data, { id: zoe.id, history })
    const { data: back, value } = undeleteMentor(removed.data, removed.kept)
    expect(value).toEqual(zoe)
    const byId = <T extends { id: string }>(records: T[]) => [...records].sort((a, b) => a.id.localeCompare(b.id))
    expect(byId(back.mentors)).toEqual(byId(data.mentors))
    expect(byId(back.notes)).toEqual(byId(data.notes))
    expect(back.sessions).toEqual(data.sessions)
    expect(back.actionItems).toEqual(data.actionItems)
    expect(back.goals[0]?.mentorIds).toEqual(expect.arrayContaining(data.goals[0]?.mentorIds ?? []))
  })

  it('refuses to bring back a mentor who is already back', () => {
    const { data, zoe } = roster()
    const removed = deleteMentor(data, { id: zoe.id, history: 'keep' })
    const back = undeleteMentor(removed.data, removed.kept).data
    expect(() => undeleteMentor(back, removed.kept)).toThrow('Zoë is already back.')
  })
})

describe('archiving', () => {
  it('hides an archived mentor from the list unless asked, keeps the first archive date, and brings them back', () => {
    const env = ruleEnv('2026-12-01T10:00:00.000Z')
    const created = createMentor(databaseWith({}), MentorDraft.parse({ name: 'Ana' }), env)
    const id = created.value.id
    const archived = archiveMentor(created.data, { id }, env)
    expect(archived.value.archivedAt).toBe('2026-12-01T10:00:00.000Z')
    expect(listMentors(archived.data, { includeArchived: false })).toEqual([])
    expect(listMentors(archived.data, { includeArchived: true })).toHaveLength(1)
    const again = archiveMentor(archived.data, { id }, ruleEnv('2026-12-02T10:00:00.000Z'))
    expect(again.changed).toEqual([])
    expect(again.value.archivedAt).toBe('2026-12-01T10:00:00.000Z')
    expect(unarchiveMentor(archived.data, { id }, env).value.archivedAt).toBeNull()
  })
})
