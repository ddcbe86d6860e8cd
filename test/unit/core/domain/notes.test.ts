import { readFile, writeFile } from 'node:fs/promises'
import { describe, expect, it } from 'vitest'
import { Note, SCHEMA_VERSION } from '../../../../src/shared/model'
import { noteDraftKey } from '../../../../src/shared/requests/notes'
import { openCore, valueOf } from '../../../helpers/core'
import { dataAfterRestart } from '../../../helpers/restart'
import { tempDirs } from '../../../helpers/temp'

const newDir = tempDirs()

async function withMentor() {
  const core = await openCore(await newDir())
  const mentor = valueOf(await core.handlers['mentors:create']({ name: 'Zoë Ångström-李' }))
  return { core, mentor }
}

describe('notes', () => {
  it('creates notes in each section and lists them pinned first, newest first', async () => {
    const { core, mentor } = await withMentor()
    for (const [section, body] of [
      ['background', 'Ex-**Google**, then founded a startup'],
      ['interests', 'Bouldering, 書道'],
      ['achievements', 'Keynote at RustConf'],
      ['notes', 'Prefers async feedback'],
    ] as const) {
      core.clock.advance(1000)
      valueOf(await core.handlers['notes:create']({ mentorId: mentor.id, section, body }))
    }
    const pinned = valueOf(await core.handlers['notes:list']({ mentorId: mentor.id })).find(
      (n) => n.section === 'background',
    )!
    valueOf(await core.handlers['notes:update']({ id: pinned.id, changes: { pinned: true } }))
    const listed = valueOf(await core.handlers['notes:list']({ mentorId: mentor.id }))
    expect(listed.map((n) => n.section)).toEqual(['background', 'notes', 'achievements', 'interests'])
    expect(listed[0]).toMatchObject({ pinned: true, body: 'Ex-**Google**, then founded a startup' })
  })

  it('refuses an empty note, an unknown mentor, and a section that does not exist', async () => {
    const { core, mentor } = await withMentor()
    expect(await core.handlers['notes:create']({ mentorId: mentor.id, section: 'notes', body: '  ' })).toMatchObject({
      ok: false,
      error: { issues: [{ path: 'body', message: 'Write something first' }] },
    })
    expect(
      await core.handlers['notes:create']({ mentorId: crypto.randomUUID(), section: 'notes', body: 'x' }),
    ).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    })
    expect(await core.handlers['notes:create']({ mentorId: mentor.id, section: 'gossip', body: 'x' })).toMatchObject({
      ok: false,
      error: { issues: [{ path: 'section', message: 'Choose a section' }] },
    })
  })

  it('refuses a note over a megabyte of text, naming the limit', async () => {
    const { core, mentor } = await withMentor()
    const result = await core.handlers['notes:create']({
      mentorId: mentor.id,
      section: 'notes',
      body: 'x'.repeat(1_000_001),
    })
    expect(result).toMatchObject({
      ok: false,
      error: { issues: [{ path: 'body', message: expect.stringContaining('1,000,000') }] },
    })
  })

  it('removes the draft a note was typed in, in the same write that saves the note', async () => {
    const { core, mentor } = await withMentor()
    const key = noteDraftKey(mentor.id, 'notes')
    valueOf(await core.handlers['drafts:save']({ key, values: { body: 'Half a thou' } }))
    valueOf(
      await core.handlers['notes:create']({
        mentorId: mentor.id,
        section: 'notes',
        body: 'Half a thought, finished',
        draftKey: key,
      }),
    )
    expect(valueOf(await core.handlers['drafts:get']({ key }))).toBeNull()
    expect((await dataAfterRestart(core.dataFile)).drafts).toEqual([])
  })

  it('marks a note edited when its words change, not when it is pinned or saved unchanged', async () => {
    const { core, mentor } = await withMentor()
    const note = valueOf(
      await core.handlers['notes:create']({ mentorId: mentor.id, section: 'notes', title: 'Café', body: 'Ask 学习' }),
    )
    expect(note.editedAt).toBeNull()
    core.clock.advance(60_000)
    const pinned = valueOf(await core.handlers['notes:update']({ id: note.id, changes: { pinned: true } }))
    expect(pinned).toMatchObject({ pinned: true, editedAt: null })
    expect(pinned.updatedAt).not.toBe(note.updatedAt)
    core.clock.advance(60_000)
    const same = { title: 'Café', body: 'Ask 学习', happenedOn: null }
    expect(valueOf(await core.handlers['notes:update']({ id: note.id, changes: same })).editedAt).toBeNull()

    for (const changes of [{ body: 'Ask about 学习 🌱' }, { title: 'Cafés' }, { happenedOn: '2021-05-04' }] as const) {
      core.clock.advance(60_000)
      const edited = valueOf(await core.handlers['notes:update']({ id: note.id, changes }))
      expect(edited.editedAt).toBe(core.clock.now().toISOString())
    }
    core.clock.advance(60_000)
    const moved = valueOf(await core.handlers['notes:update']({ id: note.id, changes: { section: 'interests' } }))
    expect(moved.editedAt).toBe(core.clock.now().toISOString())
    core.clock.advance(60_000)
    const unpinned = valueOf(await core.handlers['notes:update']({ id: note.id, changes: { pinned: false } }))
    expect(unpinned.editedAt).toBe(moved.editedAt)
    expect((await dataAfterRestart(core.dataFile)).notes[0]?.editedAt).toBe(moved.editedAt)
  })

  it('loads notes written before edits were timed, and accepts only a UTC timestamp or null as the edit time', async () => {
    const dir = await newDir()
    const core = await openCore(dir)
    const mentor = valueOf(await core.handlers['mentors:create']({ name: 'Zoë' }))
    const note = valueOf(await core.handlers['notes:create']({ mentorId: mentor.id, section: 'notes', body: 'Old' }))
    expect(Note.safeParse({ ...note, editedAt: 'yesterday' }).success).toBe(false)
    expect(Note.safeParse({ ...note, editedAt: '2026-11-27T09:00:00.000Z' }).success).toBe(true)
    // The edit time is core's to keep: a client cannot set it.
    valueOf(await core.handlers['notes:update']({ id: note.id, changes: { editedAt: note.createdAt } as never }))
    expect(valueOf(await core.handlers['notes:list']({ mentorId: mentor.id }))[0]?.editedAt).toBeNull()
    await core.close()

    const file = JSON.parse(await readFile(core.dataFile, 'utf8'))
    expect(file.schemaVersion).toBe(SCHEMA_VERSION)
    delete file.notes[0].editedAt
    await writeFile(core.dataFile, JSON.stringify(file))
    const again = await openCore(dir)
    const [old] = valueOf(await again.handlers['notes:list']({ mentorId: mentor.id }))
    expect(old).toMatchObject({ body: 'Old' })
    expect(old).not.toHaveProperty('editedAt')
    again.clock.advance(60_000)
    const edited = valueOf(await again.handlers['notes:update']({ id: note.id, changes: { body: 'Newer' } }))
    expect(edited.editedAt).toBe(again.clock.now().toISOString())
  })

  it('deletes a note and brings it back on undo', async () => {
    const { core, mentor } = await withMentor()
    const note = valueOf(
      await core.handlers['notes:create']({ mentorId: mentor.id, section: 'notes', body: 'Keep me' }),
    )
    valueOf(await core.handlers['notes:delete']({ id: note.id }))
    expect(valueOf(await core.handlers['notes:list']({ mentorId: mentor.id }))).toEqual([])
    expect(valueOf(await core.handlers['notes:undelete']({ id: note.id }))).toEqual(note)
    expect(valueOf(await core.handlers['notes:list']({ mentorId: mentor.id }))).toEqual([note])
    expect(await core.handlers['notes:undelete']({ id: note.id })).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    })
  })

  it('lets undo expire after ten minutes', async () => {
    const { core, mentor } = await withMentor()
    const note = valueOf(await core.handlers['notes:create']({ mentorId: mentor.id, section: 'notes', body: 'Gone' }))
    valueOf(await core.handlers['notes:delete']({ id: note.id }))
    core.clock.advance(11 * 60_000)
    expect(await core.handlers['notes:undelete']({ id: note.id })).toMatchObject({
      ok: false,
      error: { code: 'not-found', message: expect.stringContaining('few minutes') },
    })
  })
})

describe('drafts', () => {
  it('keeps what is being typed across a restart, until it is discarded', async () => {
    const dir = await newDir()
    const core = await openCore(dir)
    const key = 'note:0b1f5a3e-2c7d-4e8f-9a6b-1c2d3e4f5a6b:new-notes'
    valueOf(await core.handlers['drafts:save']({ key, values: { title: 'Café', body: 'Zoë said 学习 matters 🌱' } }))
    await core.close()
    const again = await openCore(dir)
    expect(valueOf(await again.handlers['drafts:get']({ key }))?.values).toEqual({
      title: 'Café',
      body: 'Zoë said 学习 matters 🌱',
    })
    expect(valueOf(await again.handlers['drafts:list']({ prefix: 'note:0b1f5a3e' }))).toHaveLength(1)
    expect(valueOf(await again.handlers['drafts:discard']({ key }))).toEqual({ discarded: true })
    expect(valueOf(await again.handlers['drafts:get']({ key }))).toBeNull()
  })

  it('refuses a draft name that is not one', async () => {
    const core = await openCore(await newDir())
    expect((await core.handlers['drafts:save']({ key: '../../etc', values: {} })).ok).toBe(false)
  })
})
