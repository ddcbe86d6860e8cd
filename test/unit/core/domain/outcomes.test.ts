// Outcomes through the handlers: validated, durable, and told by holding a session, on a real data file.
import { describe, expect, it } from 'vitest'
import { openCore, valueOf } from '../../../helpers/core'
import { dataAfterRestart } from '../../../helpers/restart'
import { tempDirs } from '../../../helpers/temp'

const newDir = tempDirs()

describe('outcomes', () => {
  it('keep how it went on disk, carry it into the next agenda, and mark it told once a session is held', async () => {
    const core = await openCore(await newDir())
    const zoe = valueOf(await core.handlers['mentors:create']({ name: 'Zoë Ångström', stage: 'active' }))
    const first = valueOf(
      await core.handlers['sessions:create']({
        mentorId: zoe.id,
        date: '2026-11-10',
        time: '10:00',
        timeZone: 'UTC',
        actionItems: [{ title: 'Write the RFC', owner: 'me' }],
      }),
    )
    const [item] = valueOf(await core.handlers['actions:list']({ sessionId: first.id }))
    valueOf(await core.handlers['actions:setDone']({ id: item!.id, done: true }))
    valueOf(await core.handlers['outcomes:set']({ id: item!.id, text: 'The RFC passed review 🎉' }))
    expect((await dataAfterRestart(core.dataFile)).actionItems[0]?.outcome).toMatchObject({
      text: 'The RFC passed review 🎉',
      toldAt: null,
    })
    expect(valueOf(await core.handlers['sessions:prefill']({ mentorId: zoe.id })).agenda).toContain(
      'Tell Zoë: The RFC passed review 🎉',
    )

    core.clock.advance(60 * 60_000)
    const planned = valueOf(
      await core.handlers['sessions:create']({
        mentorId: zoe.id,
        date: '2026-11-27',
        time: '09:30',
        timeZone: 'UTC',
        status: 'planned',
      }),
    )
    expect(valueOf(await core.handlers['outcomes:list']({ mentorId: zoe.id })).untold).toHaveLength(1)
    valueOf(await core.handlers['sessions:update']({ id: planned.id, changes: { status: 'held' } }))
    const { untold, told } = valueOf(await core.handlers['outcomes:list']({ mentorId: zoe.id }))
    expect(untold).toEqual([])
    expect(told.map((e) => [e.item.outcome?.text, e.toldIn?.id])).toEqual([['The RFC passed review 🎉', planned.id]])
    expect((await dataAfterRestart(core.dataFile)).actionItems[0]?.outcome?.toldInSessionId).toBe(planned.id)
    await core.close()
  })

  it('refuse bad input naming the field, and change nothing', async () => {
    const core = await openCore(await newDir())
    const zoe = valueOf(await core.handlers['mentors:create']({ name: 'Zoë' }))
    const item = valueOf(
      await core.handlers['actions:create']({ title: 'Ask for feedback', owner: 'me', mentorId: zoe.id }),
    )
    const tooLong = await core.handlers['outcomes:set']({ id: item.id, text: 'x'.repeat(501) })
    expect(tooLong).toMatchObject({ ok: false, error: { issues: [{ path: 'text' }] } })
    const notDone = await core.handlers['outcomes:set']({ id: item.id, text: 'Went well' })
    expect(notDone).toMatchObject({
      ok: false,
      error: { issues: [{ path: 'text', message: expect.stringContaining('done') }] },
    })
    const noMentor = await core.handlers['outcomes:list']({ mentorId: 'not-an-id' })
    expect(noMentor).toMatchObject({ ok: false, error: { issues: [{ path: 'mentorId' }] } })
    expect((await dataAfterRestart(core.dataFile)).actionItems[0]?.outcome).toBeNull()
    await core.close()
  })
})
