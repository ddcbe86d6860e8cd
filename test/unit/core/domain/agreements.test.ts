// The agreement through its handlers: validation naming the field, durability, the cadence it sets, undo.
import { describe, expect, it } from 'vitest'
import { openCore, valueOf } from '../../../helpers/core'
import { dataAfterRestart, storedBytes } from '../../../helpers/restart'
import { tempDirs } from '../../../helpers/temp'

const newDir = tempDirs()

async function withMentor() {
  const core = await openCore(await newDir())
  const mentor = valueOf(await core.handlers['mentors:create']({ name: 'Zoë Ångström-李', cadenceWeeks: 6 }))
  const goal = valueOf(
    await core.handlers['goals:create']({ title: 'Become a staff engineer', mentorIds: [mentor.id] }),
  )
  return { core, mentor, goal }
}

describe('agreements', () => {
  it('saves an agreement that a restart still finds, with its earlier version, and paces the mentor by it', async () => {
    const { core, mentor, goal } = await withMentor()
    expect(valueOf(await core.handlers['agreements:get']({ mentorId: mentor.id }))).toBeNull()
    valueOf(
      await core.handlers['agreements:save']({
        mentorId: mentor.id,
        focus: 'Design docs, 日本語 ✍️',
        goalIds: [goal.id],
        cadenceWeeks: 3,
        format: 'in-person',
        startsOn: '2026-11-01',
        reviewOn: '2027-02-01',
      }),
    )
    core.clock.advance(60_000)
    valueOf(
      await core.handlers['agreements:save']({
        mentorId: mentor.id,
        focus: 'Design docs and reviews',
        cadenceWeeks: 3,
      }),
    )

    const after = await dataAfterRestart(core.dataFile)
    expect(after.agreements).toHaveLength(1)
    expect(after.agreements[0]).toMatchObject({
      focus: 'Design docs and reviews',
      goalIds: [],
      format: null,
      versions: [{ focus: 'Design docs, 日本語 ✍️', goalIds: [goal.id], format: 'in-person', reviewOn: '2027-02-01' }],
    })
    expect(after.mentors[0]!.cadenceWeeks).toBe(3)
    expect(valueOf(await core.handlers['mentors:get']({ id: mentor.id })).cadenceWeeks).toBe(3)
  })

  it('writes nothing to disk when the same agreement is saved again', async () => {
    const { core, mentor } = await withMentor()
    const terms = { mentorId: mentor.id, focus: 'Same words', feedback: 'In the moment' }
    valueOf(await core.handlers['agreements:save'](terms))
    const before = await storedBytes(core.dataFile)
    core.clock.advance(60_000)
    const again = valueOf(await core.handlers['agreements:save'](terms))
    expect(again.versions).toEqual([])
    expect(await storedBytes(core.dataFile)).toEqual(before)
  })

  it('refuses bad terms naming the field, and saves nothing', async () => {
    const { core, mentor } = await withMentor()
    expect(await core.handlers['agreements:save']({ mentorId: mentor.id, cadenceWeeks: 0 })).toMatchObject({
      ok: false,
      error: { issues: [{ path: 'cadenceWeeks', message: 'Use at least 1 week' }] },
    })
    expect(
      await core.handlers['agreements:save']({ mentorId: mentor.id, startsOn: '2027-01-10', reviewOn: '2027-01-01' }),
    ).toMatchObject({
      ok: false,
      error: { issues: [{ path: 'reviewOn', message: 'Choose a review date on or after the start date' }] },
    })
    expect(await core.handlers['agreements:save']({ mentorId: mentor.id, format: 'carrier pigeon' })).toMatchObject({
      ok: false,
      error: { issues: [{ path: 'format' }] },
    })
    expect(
      await core.handlers['agreements:save']({ mentorId: mentor.id, goalIds: [crypto.randomUUID()] }),
    ).toMatchObject({ ok: false, error: { issues: [{ path: 'goalIds.0' }] } })
    expect(await core.handlers['agreements:get']({ mentorId: crypto.randomUUID() })).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    })
    expect((await dataAfterRestart(core.dataFile)).agreements).toEqual([])
  })

  it('deletes an agreement, and undo brings it back', async () => {
    const { core, mentor } = await withMentor()
    const saved = valueOf(await core.handlers['agreements:save']({ mentorId: mentor.id, focus: 'Keep me' }))
    valueOf(await core.handlers['agreements:delete']({ id: saved.id }))
    expect(valueOf(await core.handlers['agreements:get']({ mentorId: mentor.id }))).toBeNull()
    expect((await dataAfterRestart(core.dataFile)).agreements).toEqual([])
    valueOf(await core.handlers['agreements:undelete']({ id: saved.id }))
    expect(valueOf(await core.handlers['agreements:get']({ mentorId: mentor.id }))).toMatchObject({ focus: 'Keep me' })
    expect((await dataAfterRestart(core.dataFile)).agreements).toHaveLength(1)
  })

  it('goes with its mentor when the mentor is deleted, and comes back with them', async () => {
    const { core, mentor } = await withMentor()
    valueOf(await core.handlers['agreements:save']({ mentorId: mentor.id, focus: 'Ours' }))
    valueOf(await core.handlers['mentors:delete']({ id: mentor.id, history: 'delete' }))
    expect((await dataAfterRestart(core.dataFile)).agreements).toEqual([])
    valueOf(await core.handlers['mentors:undelete']({ id: mentor.id }))
    expect(valueOf(await core.handlers['agreements:get']({ mentorId: mentor.id }))).toMatchObject({ focus: 'Ours' })
  })
})
