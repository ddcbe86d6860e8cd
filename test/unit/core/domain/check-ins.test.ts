// Check-ins through the handlers: validation names the field and changes nothing, a check-in survives a crash,
// delete can be undone, and what is due follows sessions logged and settings changed.
import { describe, expect, it } from 'vitest'
import { openCore, valueOf } from '../../../helpers/core'
import { dataAfterRestart } from '../../../helpers/restart'
import { tempDirs } from '../../../helpers/temp'

const newDir = tempDirs()

async function withZoe() {
  const core = await openCore(await newDir())
  const zoe = valueOf(await core.handlers['mentors:create']({ name: 'Zoë Ångström', stage: 'active' }))
  const held = (date: string) =>
    core.handlers['sessions:create']({ mentorId: zoe.id, date, time: '10:00', timeZone: 'UTC', status: 'held' })
  return { core, zoe, held }
}

describe('checkIns handlers', () => {
  it('refuse a rating outside 1-5 or a missing one, naming the field, and keep nothing', async () => {
    const { core, zoe } = await withZoe()
    const bad = await core.handlers['checkIns:create']({
      mentorId: zoe.id,
      ratings: { value: 6, frequency: 3, action: 3 },
    })
    expect(bad).toMatchObject({
      ok: false,
      error: { issues: [{ path: 'ratings.value', message: 'Choose a rating from 1 to 5' }] },
    })
    const missing = await core.handlers['checkIns:create']({
      mentorId: zoe.id,
      ratings: { value: 3, frequency: 3 },
    } as never)
    expect(missing).toMatchObject({ ok: false, error: { issues: [{ path: 'ratings.action' }] } })
    const nobody = await core.handlers['checkIns:create']({
      mentorId: crypto.randomUUID(),
      ratings: { value: 3, frequency: 3, action: 3 },
    })
    expect(nobody).toMatchObject({ ok: false, error: { code: 'not-found' } })
    expect(valueOf(await core.handlers['checkIns:list']({ mentorId: zoe.id })).checkIns).toEqual([])
    expect((await dataAfterRestart(core.dataFile)).checkIns).toEqual([])
  })

  it('keep a check-in on disk once answered, list it newest first, and undo a delete', async () => {
    const { core, zoe } = await withZoe()
    const first = valueOf(
      await core.handlers['checkIns:create']({
        mentorId: zoe.id,
        ratings: { value: 4, frequency: 2, action: 3 },
        note: 'We should meet more — Ünïcode ok',
      }),
    )
    core.clock.advance(86_400_000)
    const second = valueOf(
      await core.handlers['checkIns:create']({ mentorId: zoe.id, ratings: { value: 5, frequency: 4, action: 4 } }),
    )
    expect((await dataAfterRestart(core.dataFile)).checkIns).toEqual([first, second])
    const history = valueOf(await core.handlers['checkIns:list']({ mentorId: zoe.id }))
    expect(history.checkIns.map((c) => c.id)).toEqual([second.id, first.id])
    expect(history.trend.points.map((p) => p.average)).toEqual([3, 13 / 3])

    valueOf(await core.handlers['checkIns:delete']({ id: first.id }))
    expect((await dataAfterRestart(core.dataFile)).checkIns).toEqual([second])
    valueOf(await core.handlers['checkIns:undelete']({ id: first.id }))
    expect(valueOf(await core.handlers['checkIns:list']({ mentorId: zoe.id })).checkIns).toHaveLength(2)
  })

  it('say a check-in is due after the third held session, and not after it is answered', async () => {
    const { core, zoe, held } = await withZoe()
    valueOf(await held('2026-11-01'))
    valueOf(await held('2026-11-08'))
    expect(valueOf(await core.handlers['checkIns:due']()).due).toEqual([])
    valueOf(await held('2026-11-15'))
    expect(valueOf(await core.handlers['checkIns:due']()).due).toMatchObject([
      { mentorId: zoe.id, reason: 'sessions', heldSince: 3 },
    ])
    expect(valueOf(await core.handlers['checkIns:list']({ mentorId: zoe.id })).due).toMatchObject({ heldSince: 3 })

    valueOf(
      await core.handlers['checkIns:create']({ mentorId: zoe.id, ratings: { value: 2, frequency: 2, action: 2 } }),
    )
    expect(valueOf(await core.handlers['checkIns:due']()).due).toEqual([])

    // Asked after every session instead: the next one makes it due again.
    valueOf(await core.handlers['settings:update']({ checkIns: { everySessions: 1 } }))
    core.clock.advance(2 * 86_400_000)
    valueOf(await held('2026-11-28'))
    expect(valueOf(await core.handlers['checkIns:due']()).due).toMatchObject([{ heldSince: 1 }])
  })

  it('refuse check-in settings out of range, naming the field', async () => {
    const { core } = await withZoe()
    expect(await core.handlers['settings:update']({ checkIns: { everyDays: 3 } })).toMatchObject({
      ok: false,
      error: { issues: [{ path: 'checkIns.everyDays', message: 'Use at least 7 days' }] },
    })
    expect(valueOf(await core.handlers['settings:get']()).checkIns).toEqual({ everySessions: 3, everyDays: 60 })
  })
})
