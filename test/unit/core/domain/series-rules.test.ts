// The recurring sessions' rules called on plain data: occurrences planned ahead across DST, and stopping a series.
import { describe, expect, it } from 'vitest'
import { extendSeries, stopSeries } from '../../../../src/main/core/domain/series'
import { createSession } from '../../../../src/main/core/domain/sessions'
import type { Repeat } from '../../../../src/shared/model'
import { wallTimeOf } from '../../../../src/shared/time'
import { actionItemRecord, databaseWith, inputOf, mentorRecord, ruleEnv } from '../../../helpers/plain-data'

/** A repeating session with Zoë starting on `date` at `time` in `timeZone`, planned on the morning of that day. */
function series(repeat: Repeat, date: string, time: string, timeZone: string) {
  const zoe = mentorRecord({ name: 'Zoë', stage: 'active' })
  const input = inputOf('sessions:create', { mentorId: zoe.id, date, time, timeZone, status: 'planned', repeat })
  const { data, value } = createSession(databaseWith({ mentors: [zoe] }), input, ruleEnv(`${date}T00:00:00.000Z`))
  const occurrences = data.sessions.slice().sort((a, b) => a.startsAt.localeCompare(b.startsAt))
  return { data, first: value, occurrences, seriesId: value.seriesId! }
}

const { newId } = ruleEnv()

const localDates = (sessions: Array<{ startsAt: string; timeZone: string }>) =>
  sessions.map((s) => wallTimeOf(s.startsAt, s.timeZone).date)

describe('occurrences of a series', () => {
  it.each<[string, Repeat, string, string, string, string[]]>([
    [
      'every week, across the change to summer time',
      { every: 'weeks', interval: 1 },
      '2027-03-15',
      '10:00',
      'Europe/Berlin',
      ['2027-03-15', '2027-03-22', '2027-03-29', '2027-04-05'],
    ],
    [
      'every two weeks, across the change to winter time',
      { every: 'weeks', interval: 2 },
      '2027-10-25',
      '18:30',
      'America/New_York',
      ['2027-10-25', '2027-11-08', '2027-11-22', '2027-12-06'],
    ],
    [
      'monthly on the same weekday (the second Tuesday)',
      { every: 'month', on: 'weekday' },
      '2027-01-12',
      '09:00',
      'Asia/Kolkata',
      ['2027-01-12', '2027-02-09', '2027-03-09', '2027-04-13'],
    ],
    [
      'monthly on the 31st, the last day of shorter months',
      { every: 'month', on: 'day' },
      '2027-01-31',
      '09:00',
      'Europe/Berlin',
      ['2027-01-31', '2027-02-28', '2027-03-31', '2027-04-30'],
    ],
  ])('%s: each at the same local time', (_name, repeat, date, time, zone, dates) => {
    const { occurrences } = series(repeat, date, time, zone)
    expect(localDates(occurrences.slice(0, 4))).toEqual(dates)
    expect(occurrences.every((s) => wallTimeOf(s.startsAt, s.timeZone).time === time)).toBe(true)
  })

  it('plans nothing new later that day (the data itself comes back), and the one that comes into reach a week later', () => {
    const { data } = series({ every: 'weeks', interval: 1 }, '2027-03-15', '10:00', 'Europe/Berlin')
    expect(extendSeries(data, new Date('2027-03-15T12:00:00.000Z'), newId)).toBe(data)
    const weekLater = extendSeries(data, new Date('2027-03-22T12:00:00.000Z'), newId)
    expect(weekLater.sessions.length).toBe(data.sessions.length + 1)
  })
})

describe('stopSeries', () => {
  it('removes the planned occurrences from now on with their action items, keeps the past, and ends the series today', () => {
    const { data, first, occurrences, seriesId } = series(
      { every: 'weeks', interval: 1 },
      '2027-03-15',
      '10:00',
      'Europe/Berlin',
    )
    const later = occurrences[3]!
    const withItems = databaseWith({
      ...data,
      actionItems: [
        actionItemRecord({ mentorId: null, sessionId: first.id, title: 'From the first' }),
        actionItemRecord({ mentorId: null, sessionId: later.id, title: 'For a later one' }),
      ],
    })
    const { data: next, value } = stopSeries(withItems, { id: seriesId }, ruleEnv('2027-03-20T00:00:00.000Z'))
    expect(value.removed).toBe(occurrences.length - 1)
    expect(next.sessions.map((s) => s.id)).toEqual([first.id])
    expect(next.actionItems.map((a) => a.title)).toEqual(['From the first'])
    expect(next.series[0]).toMatchObject({ until: '2027-03-20', updatedAt: '2027-03-20T00:00:00.000Z' })
    // An ended series plans no more.
    expect(extendSeries(next, new Date('2027-04-20T00:00:00.000Z'), newId)).toBe(next)
  })

  it('refuses a series that no longer exists', () => {
    expect(() => stopSeries(databaseWith({}), { id: crypto.randomUUID() }, ruleEnv())).toThrow(
      'That series of sessions no longer exists. It may have been deleted; refresh and try again.',
    )
  })
})
