import { describe, expect, it } from 'vitest'
import { SampleStatus } from '../../../../src/shared/requests/sample'
import { openCore, valueOf } from '../../../helpers/core'
import { dataAfterRestart } from '../../../helpers/restart'
import { tempDirs } from '../../../helpers/temp'

const newDir = tempDirs()
const onDisk = (file: string) => dataAfterRestart(file)
const zone = () => 'Europe/Berlin'
const ids = (records: Array<{ id: string }>) => records.map((r) => r.id).sort()

type Core = Awaited<ReturnType<typeof openCore>>

/** The file's records by kind, ids only: what a user could tell apart. */
async function recordIds(core: Core) {
  const data = await onDisk(core.dataFile)
  return {
    mentors: ids(data.mentors),
    notes: ids(data.notes),
    sessions: ids(data.sessions),
    actionItems: ids(data.actionItems),
    goals: ids(data.goals),
  }
}

describe('sample data', () => {
  it('loads a realistic history relative to now: mentors, notes, sessions behind and ahead, action items, goals', async () => {
    const core = await openCore(await newDir(), { timeZone: zone })
    expect(valueOf(await core.handlers['sample:status']())).toMatchObject({ loaded: false, loadedAt: null })

    const counts = valueOf(await core.handlers['sample:load']())
    expect(counts).toEqual({ mentors: 5, notes: 8, sessions: 18, actionItems: 12, goals: 3 })
    const data = await onDisk(core.dataFile)
    expect(data.mentors.map((m: { name: string }) => m.name)).toContain('Zoë Ångström-李')
    expect(data.mentors.map((m: { name: string }) => m.name)).toContain('田中 さくら')

    const now = core.clock.now().getTime()
    const sessions = data.sessions as Array<{ status: string; startsAt: string }>
    const held = sessions.filter((s) => s.status === 'held')
    const planned = sessions.filter((s) => s.status === 'planned')
    expect(held).toHaveLength(15)
    expect(held.every((s) => Date.parse(s.startsAt) < now)).toBe(true)
    expect(held.every((s) => Date.parse(s.startsAt) > now - 365 * 86_400_000)).toBe(true)
    expect(planned).toHaveLength(2)
    expect(planned.every((s) => Date.parse(s.startsAt) > now && Date.parse(s.startsAt) < now + 14 * 86_400_000)).toBe(
      true,
    )

    const items = data.actionItems as Array<{ dueOn: string | null; doneAt: string | null }>
    const today = '2026-11-27'
    expect(items.filter((a) => !a.doneAt && a.dueOn && a.dueOn < today)).toHaveLength(2)
    expect(items.filter((a) => a.doneAt)).toHaveLength(4)

    const goals = valueOf(await core.handlers['goals:list']())
    expect(goals.filter((g) => g.uncovered).map((g) => g.goal.title)).toEqual(['Speak at a conference'])

    const status = valueOf(await core.handlers['sample:status']())
    expect(SampleStatus.parse(status)).toEqual({
      loaded: true,
      loadedAt: core.clock.now().toISOString(),
      records: counts,
      attached: { notes: 0, sessions: 0, actionItems: 0 },
      edited: 0,
    })
    // What the sample makes due is listed, but does not pop up as a burst of notifications.
    expect(core.reminderPlan().due.length).toBeGreaterThan(0)
    expect(core.reminderPlan().toFire).toEqual([])
  })

  it('refuses to load twice and changes nothing', async () => {
    const core = await openCore(await newDir(), { timeZone: zone })
    valueOf(await core.handlers['sample:load']())
    const before = await onDisk(core.dataFile)
    const again = await core.handlers['sample:load']()
    expect(again).toMatchObject({
      ok: false,
      error: { code: 'conflict', message: expect.stringMatching(/already loaded/) },
    })
    expect(await onDisk(core.dataFile)).toEqual(before)
  })

  it('removes exactly what it loaded: the user’s records from before and since survive, links to the sample go', async () => {
    const core = await openCore(await newDir(), { timeZone: zone })
    const mine = valueOf(await core.handlers['mentors:create']({ name: 'Ada Lovelace', stage: 'active' }))
    valueOf(await core.handlers['notes:create']({ mentorId: mine.id, section: 'notes', body: 'Before the sample' }))
    const before = await recordIds(core)

    valueOf(await core.handlers['sample:load']())
    const sampleMentor = valueOf(await core.handlers['mentors:list']({})).find((m) => m.name === 'Mateus Conceição')!
    const sampleGoal = valueOf(await core.handlers['goals:list']()).find(
      (g) => g.goal.title === 'Speak at a conference',
    )!
    // Made while the sample was loaded, linked to it but not hanging on it.
    const goal = valueOf(
      await core.handlers['goals:create']({ title: 'Learn Rust', mentorIds: [mine.id, sampleMentor.id] }),
    )
    const session = valueOf(
      await core.handlers['sessions:create']({
        mentorId: mine.id,
        date: '2026-11-20',
        time: '10:00',
        timeZone: 'UTC',
        goalIds: [sampleGoal.goal.id, goal.id],
        actionItems: [{ title: 'Write the first program', owner: 'me' }],
      }),
    )

    const removed = valueOf(await core.handlers['sample:remove']({}))
    expect(removed).toEqual({
      removed: { mentors: 5, notes: 8, sessions: 18, actionItems: 12, goals: 3 },
      kept: 0,
      deleted: 0,
    })
    const after = await recordIds(core)
    const data = await onDisk(core.dataFile)
    const item = data.actionItems.find((a: { title: string }) => a.title === 'Write the first program')
    expect(after).toEqual({
      mentors: before.mentors,
      notes: before.notes,
      sessions: [session.id],
      actionItems: [item?.id],
      goals: [goal.id],
    })
    expect(data.goals[0]?.mentorIds).toEqual([mine.id])
    expect(data.sessions[0]?.goalIds).toEqual([goal.id])
    expect(data.sample).toBeNull()
    expect(data.reminders).toEqual([])
    expect(valueOf(await core.handlers['sample:status']())).toMatchObject({ loaded: false })

    // Gone for good, so it can be loaded again.
    expect(valueOf(await core.handlers['sample:load']()).mentors).toBe(5)
  })

  it('asks before touching what the user added to sample records, then keeps or deletes it as told', async () => {
    for (const choice of ['keep', 'delete'] as const) {
      const core = await openCore(await newDir(), { timeZone: zone })
      valueOf(await core.handlers['sample:load']())
      core.clock.advance(60_000)
      const zoe = valueOf(await core.handlers['mentors:list']({})).find((m) => m.name === 'Zoë Ångström-李')!
      const note = valueOf(
        await core.handlers['notes:create']({ mentorId: zoe.id, section: 'notes', body: 'My own thought on Zoë' }),
      )
      valueOf(await core.handlers['mentors:update']({ id: zoe.id, changes: { role: 'CTO' } }))
      expect(valueOf(await core.handlers['sample:status']())).toMatchObject({
        attached: { notes: 1, sessions: 0, actionItems: 0 },
        edited: 1,
      })

      const before = await onDisk(core.dataFile)
      const unasked = await core.handlers['sample:remove']()
      expect(unasked).toMatchObject({
        ok: false,
        error: { code: 'conflict', message: expect.stringMatching(/You added 1 note to the sample records/) },
      })
      expect(await onDisk(core.dataFile)).toEqual(before)

      const removed = valueOf(await core.handlers['sample:remove']({ attached: choice }))
      const notes = (await onDisk(core.dataFile)).notes
      if (choice === 'keep') {
        expect(removed).toMatchObject({ kept: 1, deleted: 0 })
        expect(notes).toEqual([{ ...note, mentorId: null }])
      } else {
        expect(removed).toMatchObject({ kept: 0, deleted: 1 })
        expect(notes).toEqual([])
      }
      expect((await onDisk(core.dataFile)).mentors).toEqual([])
    }
  })

  it('says when there is nothing to remove, and validates its input', async () => {
    const core = await openCore(await newDir(), { timeZone: zone })
    expect(await core.handlers['sample:remove']()).toMatchObject({ ok: false, error: { code: 'conflict' } })
    expect(await core.handlers['sample:remove']({ attached: 'maybe' })).toMatchObject({
      ok: false,
      error: { code: 'invalid-input', issues: [expect.objectContaining({ path: 'attached' })] },
    })
    expect(await core.handlers['sample:load']({ please: true })).toMatchObject({
      ok: false,
      error: { code: 'invalid-input' },
    })
  })
})
