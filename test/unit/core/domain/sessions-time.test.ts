import { describe, expect, it } from 'vitest'
import { wallTimeOf } from '../../../../src/shared/time'
import { fixedClock, openCore, valueOf } from '../../../helpers/core'
import { tempDirs } from '../../../helpers/temp'

const newDir = tempDirs()

async function coreWithMentor() {
  const core = await openCore(await newDir(), { clock: fixedClock('2027-01-05T09:00:00.000Z') })
  const mentor = valueOf(await core.handlers['mentors:create']({ name: 'Zoë', stage: 'active' }))
  return { core, mentor }
}

// Each zone's two DST changes in 2027 (Kolkata has none: its offset never moves).
const cases: Array<[string, string, string, string]> = [
  ['Europe/Berlin', '2027-03-27', '10:00', '2027-03-27T09:00:00.000Z'],
  ['Europe/Berlin', '2027-03-28', '10:00', '2027-03-28T08:00:00.000Z'],
  ['Europe/Berlin', '2027-10-30', '10:00', '2027-10-30T08:00:00.000Z'],
  ['Europe/Berlin', '2027-10-31', '10:00', '2027-10-31T09:00:00.000Z'],
  ['America/New_York', '2027-03-13', '10:00', '2027-03-13T15:00:00.000Z'],
  ['America/New_York', '2027-03-14', '10:00', '2027-03-14T14:00:00.000Z'],
  ['America/New_York', '2027-11-06', '10:00', '2027-11-06T14:00:00.000Z'],
  ['America/New_York', '2027-11-07', '10:00', '2027-11-07T15:00:00.000Z'],
  ['Asia/Kolkata', '2027-03-28', '10:00', '2027-03-28T04:30:00.000Z'],
  ['Asia/Kolkata', '2027-10-31', '10:00', '2027-10-31T04:30:00.000Z'],
]

describe('sessions keep the local time the user meant, across DST', () => {
  it.each(cases)('%s, %s at %s is stored as %s and read back as the same local time', async (zone, date, time, utc) => {
    const { core, mentor } = await coreWithMentor()
    const session = valueOf(
      await core.handlers['sessions:create']({ mentorId: mentor.id, date, time, timeZone: zone, status: 'planned' }),
    )
    expect(session.startsAt).toBe(utc)
    expect(session.timeZone).toBe(zone)
    const detail = valueOf(await core.handlers['sessions:get']({ id: session.id }))
    expect(wallTimeOf(detail.session.startsAt, detail.session.timeZone)).toEqual({ date, time })
  })

  it.each([
    ['Europe/Berlin', '2027-03-28', '02:30'],
    ['America/New_York', '2027-03-14', '02:15'],
  ])('refuses %s %s %s, a time the clocks skip, naming it', async (zone, date, time) => {
    const { core, mentor } = await coreWithMentor()
    const result = await core.handlers['sessions:create']({
      mentorId: mentor.id,
      date,
      time,
      timeZone: zone,
      status: 'planned',
    })
    expect(result).toMatchObject({
      ok: false,
      error: { issues: [{ path: 'time', message: expect.stringContaining('the clocks go forward') }] },
    })
  })

  it('takes the first of the two 02:30s when the clocks go back', async () => {
    const { core, mentor } = await coreWithMentor()
    const session = valueOf(
      await core.handlers['sessions:create']({
        mentorId: mentor.id,
        date: '2027-10-31',
        time: '02:30',
        timeZone: 'Europe/Berlin',
        status: 'planned',
      }),
    )
    expect(session.startsAt).toBe('2027-10-31T00:30:00.000Z')
  })

  it('moves a session to another zone keeping the local time typed', async () => {
    const { core, mentor } = await coreWithMentor()
    const session = valueOf(
      await core.handlers['sessions:create']({
        mentorId: mentor.id,
        date: '2027-06-01',
        time: '10:00',
        timeZone: 'Europe/Berlin',
        status: 'planned',
      }),
    )
    const moved = valueOf(
      await core.handlers['sessions:update']({ id: session.id, changes: { timeZone: 'Asia/Kolkata' } }),
    )
    expect(moved.startsAt).toBe('2027-06-01T04:30:00.000Z')
  })
})
