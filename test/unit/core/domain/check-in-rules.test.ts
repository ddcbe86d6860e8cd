// When "How is this mentorship going?" is asked, and when the answers worry: the rules on plain data, at a fixed now.
import { describe, expect, it } from 'vitest'
import { checkInDue, checkInTrend } from '../../../../src/main/core/domain/check-ins'
import { checkInsDue } from '../../../../src/main/core/domain/check-in-status'
import { createCheckIn, deleteCheckIn, undeleteCheckIn } from '../../../../src/main/core/domain/check-ins'
import type { Database, Mentor } from '../../../../src/shared/model'
import { checkInRecord, databaseWith, inputOf, mentorRecord, ruleEnv, sessionRecord } from '../../../helpers/plain-data'

const NOW = new Date('2027-03-01T12:00:00.000Z')
const zoe = mentorRecord({ name: 'Zoë Ångström', stage: 'active' })

/** Held one-hour sessions with `mentor` at 10:00 UTC on each day given. */
const heldOn = (mentor: Mentor, ...days: string[]) =>
  days.map((day) => sessionRecord({ mentorId: mentor.id, startsAt: `${day}T10:00:00.000Z` }))

const withSessions = (days: string[], extra: Partial<Database> = {}, mentor = zoe) =>
  databaseWith({ mentors: [mentor], sessions: heldOn(mentor, ...days), ...extra })

describe('checkInDue', () => {
  it('is due once three sessions were held, from the end of the third', () => {
    const due = checkInDue(withSessions(['2027-02-01', '2027-02-08', '2027-02-15']), zoe.id, NOW)
    expect(due).toMatchObject({
      reason: 'sessions',
      heldSince: 3,
      dueAt: '2027-02-15T11:00:00.000Z',
      name: 'Zoë Ångström',
    })
    expect(checkInDue(withSessions(['2027-02-01', '2027-02-08']), zoe.id, NOW)).toBeNull()
  })

  it('is due 60 days after the first held session when fewer sessions were held', () => {
    const data = withSessions(['2026-12-30'])
    expect(checkInDue(data, zoe.id, new Date('2027-02-28T09:59:00.000Z'))).toBeNull()
    expect(checkInDue(data, zoe.id, new Date('2027-02-28T10:00:00.000Z'))).toMatchObject({
      reason: 'days',
      heldSince: 1,
      lastCheckInAt: null,
    })
  })

  it('counts only what came after the last check-in, and 60 days from it', () => {
    const checkIns = [checkInRecord(zoe.id, '2027-02-10T18:00:00.000Z')]
    const data = withSessions(['2027-01-10', '2027-01-20', '2027-02-01', '2027-02-17', '2027-02-24'], { checkIns })
    expect(checkInDue(data, zoe.id, NOW)).toBeNull()
    const third = withSessions(['2027-01-10', '2027-02-17', '2027-02-24', '2027-02-28'], { checkIns })
    expect(checkInDue(third, zoe.id, NOW)).toMatchObject({ reason: 'sessions', heldSince: 3 })
    expect(checkInDue(data, zoe.id, new Date('2027-04-11T18:00:00.000Z'))).toMatchObject({
      reason: 'days',
      dueAt: '2027-04-11T18:00:00.000Z',
      lastCheckInAt: '2027-02-10T18:00:00.000Z',
    })
  })

  it('follows the settings: every session, or every 14 days', () => {
    const settings = (everySessions: number, everyDays: number) => ({
      ...databaseWith({}).settings,
      checkIns: { everySessions, everyDays },
    })
    expect(checkInDue(withSessions(['2027-02-27'], { settings: settings(1, 60) }), zoe.id, NOW)).toMatchObject({
      reason: 'sessions',
    })
    expect(checkInDue(withSessions(['2027-02-14'], { settings: settings(3, 14) }), zoe.id, NOW)).toMatchObject({
      reason: 'days',
      dueAt: '2027-02-28T10:00:00.000Z',
    })
  })

  it.each([
    ['paused', { stage: 'paused' as const }],
    ['alumni', { stage: 'alumni' as const }],
    ['a prospect', { stage: 'prospect' as const }],
    ['archived', { archivedAt: '2027-01-01T00:00:00.000Z' }],
  ])('is never due for a mentor who is %s', (_, fields) => {
    const mentor = { ...zoe, ...fields }
    expect(checkInDue(withSessions(['2026-10-01', '2026-10-08', '2026-10-15'], {}, mentor), zoe.id, NOW)).toBeNull()
  })

  it('is never due before a first held session: planned and cancelled ones do not count', () => {
    const sessions = [
      sessionRecord({ mentorId: zoe.id, startsAt: '2026-10-01T10:00:00.000Z', status: 'planned' }),
      sessionRecord({ mentorId: zoe.id, startsAt: '2026-10-08T10:00:00.000Z', status: 'cancelled' }),
    ]
    expect(checkInDue(databaseWith({ mentors: [zoe], sessions }), zoe.id, NOW)).toBeNull()
  })
})

describe('checkInTrend', () => {
  const at = (i: number) => `2027-0${i + 1}-01T09:00:00.000Z`
  const trendOf = (...ratings: Array<[number, number, number]>) =>
    checkInTrend(ratings.map((r, i) => checkInRecord(zoe.id, at(i), r)).reverse())

  it('gives each check-in its average, oldest first', () => {
    expect(trendOf([5, 4, 3], [1, 2, 3]).points.map((p) => [p.at, p.average])).toEqual([
      [at(0), 4],
      [at(1), 2],
    ])
  })

  it.each([
    [
      'two low in a row',
      [
        [4, 4, 4],
        [2, 3, 2],
        [2, 2, 3],
      ],
      'low',
    ],
    [
      'one low after good ones',
      [
        [4, 4, 4],
        [4, 4, 4],
        [2, 2, 2],
      ],
      null,
    ],
    [
      'a low one then a better one',
      [
        [2, 2, 2],
        [3, 3, 3],
      ],
      null,
    ],
    [
      'three falling by a point or more',
      [
        [5, 5, 4],
        [4, 4, 4],
        [4, 3, 3],
      ],
      'falling',
    ],
    [
      'three falling only a little',
      [
        [5, 5, 5],
        [5, 5, 4],
        [5, 4, 4],
      ],
      null,
    ],
    [
      'down, then level',
      [
        [5, 5, 5],
        [4, 4, 4],
        [4, 4, 4],
      ],
      null,
    ],
    [
      'only two falling',
      [
        [5, 5, 5],
        [3, 3, 3],
      ],
      null,
    ],
    [
      'falling into low: low says more',
      [
        [4, 4, 4],
        [2, 3, 2],
        [1, 2, 1],
      ],
      'low',
    ],
  ] as const)('%s: %s', (_, ratings, concern) => {
    expect(trendOf(...(ratings as unknown as Array<[number, number, number]>)).concern).toBe(concern)
  })
})

describe('checkInsDue, for the dashboard', () => {
  it('lists who is due, longest first, and whose check-ins worry, with many mentors', () => {
    const mentors = Array.from({ length: 200 }, (_, i) => mentorRecord({ name: `Mentor ${i}`, stage: 'active' }))
    // Every mentor has 25 sessions (5,000 in all), the last on 18 February; the even ones' last check-in came
    // after their 23rd, two sessions and two weeks before now: not due yet.
    const sessions = mentors.flatMap((m) =>
      Array.from({ length: 25 }, (_, d) =>
        sessionRecord({
          mentorId: m.id,
          startsAt: new Date(Date.parse('2027-01-01T10:00:00Z') + d * 2 * 86_400_000).toISOString(),
        }),
      ),
    )
    const checkIns = mentors
      .filter((_, i) => i % 2 === 0)
      .map((m) => checkInRecord(m.id, '2027-02-14T12:00:00.000Z', [2, 2, 2]))
    // Mentor 0 had a low one before too.
    checkIns.push(checkInRecord(mentors[0]!.id, '2027-01-20T12:00:00.000Z', [2, 3, 2]))
    const { due, worries } = checkInsDue(databaseWith({ mentors, sessions, checkIns }), NOW)
    expect(due.map((d) => d.name)).toEqual(mentors.filter((_, i) => i % 2 === 1).map((m) => m.name))
    // Those without a check-in came due at the end of their third session.
    expect(due.every((d) => d.lastCheckInAt === null && d.dueAt === '2027-01-05T11:00:00.000Z')).toBe(true)
    expect(worries).toEqual([{ mentorId: mentors[0]!.id, name: 'Mentor 0', concern: 'low', averages: [7 / 3, 2] }])
  })

  it('leaves out worries about mentors who are alumni or archived', () => {
    const low = (m: Mentor) => [checkInRecord(m.id, at(1), [1, 1, 1]), checkInRecord(m.id, at(2), [2, 1, 1])]
    const at = (d: number) => `2027-02-0${d}T09:00:00.000Z`
    const ravi = mentorRecord({ name: 'Ravi', stage: 'alumni' })
    const ada = mentorRecord({ name: 'Ada', stage: 'paused', archivedAt: at(3) })
    const paused = mentorRecord({ name: 'Kim', stage: 'paused' })
    const data = databaseWith({ mentors: [ravi, ada, paused], checkIns: [...low(ravi), ...low(ada), ...low(paused)] })
    expect(checkInsDue(data, NOW).worries.map((w) => w.name)).toEqual(['Kim'])
  })
})

describe('creating and deleting', () => {
  it('adds a check-in about a mentor who exists, and refuses one who does not', () => {
    const data = databaseWith({ mentors: [zoe] })
    const input = inputOf('checkIns:create', { mentorId: zoe.id, ratings: { value: 4, frequency: 2, action: 5 } })
    const { data: next, value } = createCheckIn(data, input, ruleEnv('2027-03-01T12:00:00.000Z'))
    expect(next.checkIns).toEqual([value])
    expect(value).toMatchObject({ note: '', createdAt: '2027-03-01T12:00:00.000Z', ratings: { frequency: 2 } })
    const stranger = { ...input, mentorId: ravi().id }
    expect(() => createCheckIn(data, stranger, ruleEnv())).toThrow(/mentor/)
  })

  it('deletes one and brings it back, but not after its mentor is gone', () => {
    const checkIn = checkInRecord(zoe.id, '2027-02-01T09:00:00.000Z', [3, 3, 3], 'Feels stuck')
    const data = databaseWith({ mentors: [zoe], checkIns: [checkIn] })
    const deleted = deleteCheckIn(data, { id: checkIn.id })
    expect(deleted.data.checkIns).toEqual([])
    expect(undeleteCheckIn(deleted.data, deleted.kept).data.checkIns).toEqual([checkIn])
    expect(() => undeleteCheckIn({ ...deleted.data, mentors: [] }, deleted.kept)).toThrow(/mentor was deleted/)
  })
})

const ravi = () => mentorRecord({ name: 'Ravi' })
