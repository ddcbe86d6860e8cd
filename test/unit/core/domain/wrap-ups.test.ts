// The wrap-up through the handlers: validated, written to disk with the mentor's move to alumni in one change,
// kept when the mentor comes back to active, and carried by the JSON export and import.
import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { openCore, valueOf } from '../../../helpers/core'
import { dataAfterRestart, storedBytes } from '../../../helpers/restart'
import { tempDirs } from '../../../helpers/temp'

const newDir = tempDirs()

async function setUp() {
  const dir = await newDir()
  const chosen: string[] = []
  const core = await openCore(dir, {
    ports: {
      chooseFile: async () => chosen.shift() ?? null,
      saveFile: async ({ suggestedName, content }) => {
        await mkdir(join(dir, 'exports'), { recursive: true })
        const path = join(dir, 'exports', suggestedName)
        await writeFile(path, content)
        return path
      },
    },
  })
  const h = core.handlers
  const zoe = valueOf(await h['mentors:create']({ name: 'Zoë Martin', stage: 'active', cadenceWeeks: 2 }))
  const goal = valueOf(await h['goals:create']({ title: 'Give a conference talk', mentorIds: [zoe.id] }))
  return { core, h, zoe, goal, chosen }
}

describe('wrap-ups', () => {
  it('saves the wrap-up and the move to alumni together, durably; back to active keeps the wrap-up', async () => {
    const { core, h, zoe, goal } = await setUp()
    expect(valueOf(await h['wrapUps:get']({ mentorId: zoe.id }))).toBeNull()
    const saved = valueOf(
      await h['wrapUps:save']({
        mentorId: zoe.id,
        learned: '  Ask for the why  ',
        carryOn: 'Weekly writing',
        goalRatings: [{ goalId: goal.id, rating: 5 }],
        thankYou: 'Thank you, Zoë.',
      }),
    )
    expect(saved.learned).toBe('Ask for the why')
    const afterRestart = await dataAfterRestart(core.dataFile)
    expect(afterRestart.wrapUps).toEqual([saved])
    expect(afterRestart.mentors[0]).toMatchObject({ stage: 'alumni', cadenceWeeks: 26 })

    valueOf(await h['mentors:update']({ id: zoe.id, changes: { stage: 'active', cadenceWeeks: 2 } }))
    expect(valueOf(await h['wrapUps:get']({ mentorId: zoe.id }))).toEqual(saved)
    expect((await dataAfterRestart(core.dataFile)).wrapUps).toEqual([saved])
    await core.close()
  })

  it.each([
    [{ goalRatings: [{ goalId: 'GOAL', rating: 6 }] }, 'goalRatings.0.rating', /rating from 1 to 5/],
    [{ goalRatings: [{ goalId: 'GOAL', rating: 0 }] }, 'goalRatings.0.rating', /rating from 1 to 5/],
    [
      {
        goalRatings: [
          { goalId: 'GOAL', rating: 3 },
          { goalId: 'GOAL', rating: 4 },
        ],
      },
      'goalRatings',
      /each goal once/,
    ],
    [{ stayInTouchWeeks: 0 }, 'stayInTouchWeeks', /at least 1 week/],
    [{ stayInTouchWeeks: 2.5 }, 'stayInTouchWeeks', /whole number/],
    [{ learned: 'x'.repeat(20_001) }, 'learned', /under 20,000 characters/],
  ])('refuses a bad wrap-up (%#), naming %s, and writes nothing', async (bad, path, message) => {
    const { core, h, zoe, goal } = await setUp()
    const before = await storedBytes(core.dataFile)
    const input = JSON.parse(JSON.stringify({ mentorId: zoe.id, ...bad }).replaceAll('GOAL', goal.id))
    const result = await h['wrapUps:save'](input)
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-input' } })
    if (!result.ok) {
      expect(result.error.issues).toContainEqual(
        expect.objectContaining({ path, message: expect.stringMatching(message) }),
      )
    }
    expect(await storedBytes(core.dataFile)).toEqual(before)
    expect(valueOf(await h['mentors:get']({ id: zoe.id })).stage).toBe('active')
    await core.close()
  })

  it('refuses a goal of another mentor, naming the field, and keeps the mentor where they were', async () => {
    const { core, h, zoe } = await setUp()
    const other = valueOf(await h['goals:create']({ title: 'Learn Rust' }))
    const result = await h['wrapUps:save']({ mentorId: zoe.id, goalRatings: [{ goalId: other.id, rating: 3 }] })
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'invalid-input', issues: [{ path: 'goalRatings.0.goalId' }] },
    })
    expect(valueOf(await h['mentors:get']({ id: zoe.id })).stage).toBe('active')
    expect(valueOf(await h['wrapUps:get']({ mentorId: zoe.id }))).toBeNull()
    await core.close()
  })

  it('drafts a thank-you from what happened', async () => {
    const { core, h, zoe } = await setUp()
    valueOf(await h['profile:update']({ name: 'Sam Lee' }))
    valueOf(
      await h['sessions:create']({
        mentorId: zoe.id,
        date: '2026-11-20',
        time: '10:00',
        timeZone: 'UTC',
        status: 'held',
        takeaways: 'Ship smaller',
      }),
    )
    const { text } = valueOf(await h['wrapUps:draftThankYou']({ mentorId: zoe.id }))
    expect(text).toMatch(/^Dear Zoë,/)
    expect(text).toContain('- Ship smaller')
    expect(text).toMatch(/Sam Lee$/)
    await core.close()
  })

  it('travels in the JSON export and comes back with an import', async () => {
    const { core, h, zoe, chosen } = await setUp()
    const saved = valueOf(await h['wrapUps:save']({ mentorId: zoe.id, learned: 'Exported reflection' }))
    const exported = valueOf(await h['data:exportJson']()).path!
    valueOf(await h['mentors:delete']({ id: zoe.id }))
    expect(await h['wrapUps:get']({ mentorId: zoe.id })).toMatchObject({ ok: false, error: { code: 'not-found' } })

    chosen.push(exported)
    const preview = valueOf(await h['data:importPreview']({ source: { kind: 'file' } }))!
    valueOf(await h['data:import']({ previewId: preview.previewId, mode: 'merge' }))
    expect(valueOf(await h['wrapUps:get']({ mentorId: zoe.id }))).toEqual(saved)
    await core.close()
  })
})
