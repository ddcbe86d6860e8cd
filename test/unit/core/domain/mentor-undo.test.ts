import { writeFile } from 'node:fs/promises'
import { describe, expect, it } from 'vitest'
import { emptyDatabase } from '../../../../src/shared/model'
import { dataFileIn, openCore, valueOf } from '../../../helpers/core'
import { dataAfterRestart } from '../../../helpers/restart'
import { tempDirs } from '../../../helpers/temp'

const newDir = tempDirs()

async function seeded() {
  const dir = await newDir()
  const mentorId = crypto.randomUUID()
  const stamp = '2026-11-01T10:00:00.000Z'
  const base = { createdAt: stamp, updatedAt: stamp }
  const noteId = crypto.randomUUID()
  const goalId = crypto.randomUUID()
  await writeFile(
    dataFileIn(dir),
    JSON.stringify({
      ...emptyDatabase(),
      mentors: [{ ...base, id: mentorId, name: 'Zoë' }],
      notes: [{ ...base, id: noteId, mentorId, section: 'background', body: 'Ex-Google' }],
      goals: [{ ...base, id: goalId, title: 'Lead a team', mentorIds: [mentorId] }],
      drafts: [{ key: `note:${mentorId}:new-notes`, values: { body: 'half' }, updatedAt: stamp }],
    }),
  )
  return { core: await openCore(dir), mentorId, noteId, goalId }
}

describe('undoing a mentor delete', () => {
  it.each(['delete', 'keep'] as const)(
    'brings back the mentor, their notes and goal links (history: %s)',
    async (history) => {
      const { core, mentorId, noteId, goalId } = await seeded()
      valueOf(await core.handlers['mentors:delete']({ id: mentorId, history }))
      expect(valueOf(await core.handlers['mentors:list']({}))).toEqual([])

      valueOf(await core.handlers['mentors:undelete']({ id: mentorId }))
      expect(valueOf(await core.handlers['mentors:list']({})).map((m) => m.name)).toEqual(['Zoë'])
      expect(valueOf(await core.handlers['notes:list']({ mentorId })).map((n) => n.id)).toEqual([noteId])
      expect(valueOf(await core.handlers['notes:list']({ mentorId: null }))).toEqual([])
      const roster = valueOf(await core.handlers['mentors:roster']({}))
      expect(roster[0]?.noteCount).toBe(1)
      const data = await dataAfterRestart(core.dataFile)
      expect(data.goals.find((g) => g.id === goalId)?.mentorIds).toEqual([mentorId])
    },
  )

  it('removes the drafts of a deleted mentor', async () => {
    const { core, mentorId } = await seeded()
    valueOf(await core.handlers['mentors:delete']({ id: mentorId, history: 'delete' }))
    expect(valueOf(await core.handlers['drafts:list']({ prefix: 'note:' }))).toEqual([])
  })

  it('cannot undo twice', async () => {
    const { core, mentorId } = await seeded()
    valueOf(await core.handlers['mentors:delete']({ id: mentorId, history: 'keep' }))
    valueOf(await core.handlers['mentors:undelete']({ id: mentorId }))
    expect(await core.handlers['mentors:undelete']({ id: mentorId })).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    })
  })
})
