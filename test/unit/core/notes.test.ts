import { readFile } from 'node:fs/promises'
import { describe, expect, it } from 'vitest'
import { noteDraftKey } from '../../../src/shared/requests/notes'
import { openCore, valueOf } from '../../helpers/core'
import { tempDirs } from '../../helpers/temp'

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
    expect(JSON.parse(await readFile(core.dataFile, 'utf8')).drafts).toEqual([])
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
