import { describe, expect, it } from 'vitest'
import { openCore, valueOf } from '../../../helpers/core'
import { tempDirs } from '../../../helpers/temp'

const newDir = tempDirs()

describe('goals', () => {
  it('derive progress from linked action items, let the user override it, and list the sessions that touched them', async () => {
    const core = await openCore(await newDir())
    const zoe = valueOf(await core.handlers['mentors:create']({ name: 'Zoë', stage: 'active' }))
    const goal = valueOf(await core.handlers['goals:create']({ title: 'Give a conference talk', mentorIds: [zoe.id] }))
    const view = async () => valueOf(await core.handlers['goals:list']())[0]!
    expect(await view()).toMatchObject({ progress: null, derivedProgress: null, uncovered: false, sessionIds: [] })

    // One item through the session's goals, one linked directly.
    const session = valueOf(
      await core.handlers['sessions:create']({
        mentorId: zoe.id,
        date: '2026-11-20',
        time: '10:00',
        timeZone: 'UTC',
        goalIds: [goal.id],
        actionItems: [{ title: 'Submit the CFP', owner: 'me', done: true }],
      }),
    )
    const direct = valueOf(
      await core.handlers['actions:create']({ title: 'Rehearse', owner: 'me', goalIds: [goal.id] }),
    )
    valueOf(await core.handlers['actions:create']({ title: 'Unrelated', owner: 'me' }))
    expect(await view()).toMatchObject({
      progress: 50,
      derivedProgress: 50,
      actions: { open: 1, done: 1 },
      sessionIds: [session.id],
    })

    valueOf(await core.handlers['actions:setDone']({ id: direct.id, done: true }))
    expect((await view()).progress).toBe(100)

    valueOf(await core.handlers['goals:update']({ id: goal.id, changes: { progressOverride: 80 } }))
    expect(await view()).toMatchObject({ progress: 80, derivedProgress: 100 })
  })

  it('flag an active goal no active mentor helps with', async () => {
    const core = await openCore(await newDir())
    const zoe = valueOf(await core.handlers['mentors:create']({ name: 'Zoë', stage: 'paused' }))
    const goal = valueOf(await core.handlers['goals:create']({ title: 'Lead a team', mentorIds: [zoe.id] }))
    valueOf(await core.handlers['goals:create']({ title: 'Done already', status: 'achieved' }))
    const views = async () => valueOf(await core.handlers['goals:list']()).map((v) => [v.goal.title, v.uncovered])
    expect(await views()).toEqual([
      ['Lead a team', true],
      ['Done already', false],
    ])
    valueOf(await core.handlers['mentors:update']({ id: zoe.id, changes: { stage: 'active' } }))
    expect(await views()).toEqual([
      ['Lead a team', false],
      ['Done already', false],
    ])
    valueOf(await core.handlers['mentors:archive']({ id: zoe.id }))
    expect((await views())[0]).toEqual(['Lead a team', true])
    expect(goal.status).toBe('active')
  })

  it('refuse an unknown mentor and keep sessions and items when a goal is deleted', async () => {
    const core = await openCore(await newDir())
    expect(
      await core.handlers['goals:create']({ title: 'X', mentorIds: ['6f1c1e3e-8d7a-4c1e-9a59-3b8b1f2f7a11'] }),
    ).toMatchObject({
      ok: false,
      error: { issues: [{ path: 'mentorIds.0' }] },
    })
    expect(await core.handlers['goals:create']({ title: '' })).toMatchObject({
      ok: false,
      error: { issues: [{ path: 'title', message: 'Enter a goal' }] },
    })
    const zoe = valueOf(await core.handlers['mentors:create']({ name: 'Zoë' }))
    const goal = valueOf(await core.handlers['goals:create']({ title: 'Write more' }))
    const s = valueOf(
      await core.handlers['sessions:create']({
        mentorId: zoe.id,
        date: '2026-11-20',
        time: '10:00',
        timeZone: 'UTC',
        goalIds: [goal.id],
      }),
    )
    valueOf(await core.handlers['goals:delete']({ id: goal.id }))
    expect(valueOf(await core.handlers['sessions:get']({ id: s.id })).session.goalIds).toEqual([])
  })
})

describe('action items', () => {
  it('list by due date, undated last; completing records when, reopening clears it', async () => {
    const core = await openCore(await newDir())
    for (const [title, dueOn] of [
      ['Later', '2026-12-20'],
      ['Someday', null],
      ['Soon', '2026-11-28'],
    ] as const) {
      valueOf(await core.handlers['actions:create']({ title, owner: 'me', dueOn }))
    }
    const titles = async (includeDone = true) =>
      valueOf(await core.handlers['actions:list']({ includeDone })).map((a) => a.title)
    expect(await titles()).toEqual(['Soon', 'Later', 'Someday'])
    const soon = valueOf(await core.handlers['actions:list']({}))[0]!
    core.clock.advance(60_000)
    expect(valueOf(await core.handlers['actions:setDone']({ id: soon.id, done: true })).doneAt).toBe(
      '2026-11-27T09:01:00.000Z',
    )
    expect(await titles(false)).toEqual(['Later', 'Someday'])
    expect(valueOf(await core.handlers['actions:setDone']({ id: soon.id, done: false })).doneAt).toBeNull()
  })

  it('refuse a due date that is not a date and an empty title', async () => {
    const core = await openCore(await newDir())
    expect(await core.handlers['actions:create']({ title: 'X', owner: 'me', dueOn: '31/12/2026' })).toMatchObject({
      ok: false,
      error: { issues: [{ path: 'dueOn', message: expect.stringContaining('YYYY-MM-DD') }] },
    })
    expect(await core.handlers['actions:create']({ title: '', owner: 'me' })).toMatchObject({
      ok: false,
      error: { issues: [{ path: 'title', message: 'Enter what needs doing' }] },
    })
  })
})
