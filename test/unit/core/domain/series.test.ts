import { describe, expect, it } from 'vitest'
import type { Repeat } from '../../../../src/shared/model'
import { wallTimeOf } from '../../../../src/shared/time'
import { fixedClock, openCore, valueOf } from '../../../helpers/core'
import { tempDirs } from '../../../helpers/temp'
import { fakeTimers } from '../../../helpers/reminder-harness'

const newDir = tempDirs()

async function series(repeat: Repeat, date: string, time: string, timeZone: string, dir?: string) {
  const folder = dir ?? (await newDir())
  const core = await openCore(folder, { clock: fixedClock(`${date}T00:00:00.000Z`) })
  const mentor = valueOf(await core.handlers['mentors:create']({ name: 'Zoë', stage: 'active' }))
  const first = valueOf(
    await core.handlers['sessions:create']({
      mentorId: mentor.id,
      date,
      time,
      timeZone,
      status: 'planned',
      repeat,
      agenda: 'Monthly 1:1',
    }),
  )
  const list = async () =>
    valueOf(await core.handlers['sessions:timeline']({ mentorId: mentor.id }))
      .slice()
      .sort((a, b) => a.startsAt.localeCompare(b.startsAt))
  return { core, mentor, first, list, dir: folder }
}

describe('recurring sessions', () => {
  it('every week at 10:00 Berlin stays at 10:00 across the change to summer time', async () => {
    const { list } = await series({ every: 'weeks', interval: 1 }, '2027-03-15', '10:00', 'Europe/Berlin')
    const sessions = await list()
    expect(sessions.slice(0, 4).map((s) => s.startsAt)).toEqual([
      '2027-03-15T09:00:00.000Z',
      '2027-03-22T09:00:00.000Z',
      '2027-03-29T08:00:00.000Z',
      '2027-04-05T08:00:00.000Z',
    ])
    expect(sessions.every((s) => wallTimeOf(s.startsAt, s.timeZone).time === '10:00')).toBe(true)
    // Six months ahead, every week.
    expect(sessions.length).toBeGreaterThanOrEqual(26)
  })

  it('every two weeks at 18:30 New York stays at 18:30 across the change back to winter time', async () => {
    const { list } = await series({ every: 'weeks', interval: 2 }, '2027-10-25', '18:30', 'America/New_York')
    expect((await list()).slice(0, 3).map((s) => s.startsAt)).toEqual([
      '2027-10-25T22:30:00.000Z',
      '2027-11-08T23:30:00.000Z',
      '2027-11-22T23:30:00.000Z',
    ])
  })

  it('monthly on the same weekday: the second Tuesday', async () => {
    const { list } = await series({ every: 'month', on: 'weekday' }, '2027-01-12', '09:00', 'Asia/Kolkata')
    expect((await list()).slice(0, 4).map((s) => wallTimeOf(s.startsAt, s.timeZone).date)).toEqual([
      '2027-01-12',
      '2027-02-09',
      '2027-03-09',
      '2027-04-13',
    ])
  })

  it('monthly on the 31st falls on the last day of shorter months', async () => {
    const { list } = await series({ every: 'month', on: 'day' }, '2027-01-31', '09:00', 'Europe/Berlin')
    expect((await list()).slice(0, 4).map((s) => wallTimeOf(s.startsAt, s.timeZone).date)).toEqual([
      '2027-01-31',
      '2027-02-28',
      '2027-03-31',
      '2027-04-30',
    ])
  })

  it('one occurrence can be skipped or moved, and the series carries on unchanged, also after a restart', async () => {
    const { core, list, dir } = await series({ every: 'weeks', interval: 1 }, '2027-03-15', '10:00', 'Europe/Berlin')
    const [, second, third, fourth] = await list()
    valueOf(await core.handlers['sessions:skip']({ id: second!.id }))
    valueOf(await core.handlers['sessions:update']({ id: third!.id, changes: { date: '2027-03-30', time: '16:00' } }))
    valueOf(await core.handlers['sessions:delete']({ id: fourth!.id }))
    await core.close()

    const again = await openCore(dir, { clock: fixedClock('2027-03-16T00:00:00.000Z') })
    const sessions = valueOf(await again.handlers['sessions:timeline']({})).sort((a, b) =>
      a.startsAt.localeCompare(b.startsAt),
    )
    const local = sessions.map(
      (s) => `${wallTimeOf(s.startsAt, s.timeZone).date} ${wallTimeOf(s.startsAt, s.timeZone).time} ${s.status}`,
    )
    expect(local.slice(0, 5)).toEqual([
      '2027-03-15 10:00 planned',
      '2027-03-22 10:00 cancelled',
      '2027-03-30 16:00 planned',
      '2027-04-12 10:00 planned',
      '2027-04-19 10:00 planned',
    ])
    expect(local.filter((l) => l.startsWith('2027-03-29') || l.startsWith('2027-04-05'))).toEqual([])
  })

  it('stopping a series removes its future occurrences and plans no more', async () => {
    const { core, first, list } = await series({ every: 'weeks', interval: 1 }, '2027-03-15', '10:00', 'Europe/Berlin')
    core.clock.set(new Date('2027-03-20T00:00:00.000Z'))
    const detail = valueOf(await core.handlers['sessions:get']({ id: first.id }))
    const { removed } = valueOf(await core.handlers['series:stop']({ id: detail.series!.id }))
    expect(removed).toBeGreaterThan(20)
    expect((await list()).map((s) => s.startsAt)).toEqual(['2027-03-15T09:00:00.000Z'])
  })

  it('refuses to repeat a session that is logged, not planned', async () => {
    const core = await openCore(await newDir())
    const mentor = valueOf(await core.handlers['mentors:create']({ name: 'Zoë' }))
    const result = await core.handlers['sessions:create']({
      mentorId: mentor.id,
      date: '2026-11-20',
      time: '10:00',
      timeZone: 'Europe/Berlin',
      status: 'held',
      repeat: { every: 'weeks', interval: 1 },
    })
    expect(result).toMatchObject({ ok: false, error: { issues: [{ path: 'repeat' }] } })
  })
})

describe('a recurring series in an app left running', () => {
  it('keeps half a year of occurrences planned ahead, day after day, for 200 days', async () => {
    const timers = fakeTimers()
    const core = await openCore(await newDir(), {
      clock: fixedClock('2027-03-15T00:00:00.000Z'),
      timers,
      timeZone: () => 'Europe/Berlin',
    })
    const mentor = valueOf(await core.handlers['mentors:create']({ name: 'Zoë', stage: 'active' }))
    valueOf(
      await core.handlers['sessions:create']({
        mentorId: mentor.id,
        date: '2027-03-15',
        time: '10:00',
        timeZone: 'Europe/Berlin',
        status: 'planned',
        repeat: { every: 'weeks', interval: 1 },
      }),
    )
    const lastPlanned = async () =>
      valueOf(await core.handlers['sessions:timeline']({ mentorId: mentor.id }))
        .map((s) => s.startsAt)
        .sort()
        .at(-1)
    expect(await lastPlanned()).toBe('2027-09-13T08:00:00.000Z')
    // Time passes as it does for a running app: the scheduler's timer runs (at least) every minute.
    for (let day = 0; day < 200; day++) {
      core.clock.advance(24 * 60 * 60_000)
      await timers.fire()
    }
    expect(core.clock.now().toISOString()).toBe('2027-10-01T00:00:00.000Z')
    // 182 days after 1 October is Friday 31 March 2028: the last Monday before it, still at 10:00 in Berlin.
    expect(await lastPlanned()).toBe('2028-03-27T08:00:00.000Z')
  })
})
