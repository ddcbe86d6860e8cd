// The calendar export's rule called on plain data: which sessions go in, the file's name, and when there is none.
import ICAL from 'ical.js'
import { describe, expect, it } from 'vitest'
import { icsExportOf } from '../../../../src/main/core/domain/ics'
import { databaseWith, mentorRecord, sessionRecord } from '../../../helpers/plain-data'

const NOW = new Date('2027-03-01T09:00:00.000Z')

/** Two planned sessions ahead, one planned in the past and one held. */
function calendar() {
  const zoe = mentorRecord({ name: 'Zoë Ångström-李' })
  const planned = (startsAt: string) => sessionRecord({ mentorId: zoe.id, startsAt, status: 'planned' })
  const sessions = [
    planned('2027-03-29T08:00:00.000Z'),
    planned('2027-03-20T22:30:00.000Z'),
    planned('2027-02-20T10:00:00.000Z'),
    sessionRecord({ mentorId: zoe.id, startsAt: '2027-02-01T09:00:00.000Z' }),
  ]
  return { data: databaseWith({ mentors: [zoe], sessions }), sessions }
}

const startsOf = (content: string | Uint8Array) =>
  new ICAL.Component(ICAL.parse(String(content)))
    .getAllSubcomponents('vevent')
    .map((e) => new ICAL.Event(e).startDate.toJSDate().toISOString())

describe('icsExportOf', () => {
  it('puts every upcoming planned session in a file named for today, soonest first', () => {
    const { file, count } = icsExportOf(calendar().data, {}, NOW)
    expect(count).toBe(2)
    expect(file.suggestedName).toBe('mentoring-sessions-2027-03-01.ics')
    expect(file.filters).toEqual([{ name: 'Calendar', extensions: ['ics'] }])
    expect(startsOf(file.content)).toEqual(['2027-03-20T22:30:00.000Z', '2027-03-29T08:00:00.000Z'])
  })

  it('puts one named session, also a past one, in a file named for its day', () => {
    const { data, sessions } = calendar()
    const { file, count } = icsExportOf(data, { ids: [sessions[2]!.id] }, NOW)
    expect({ name: file.suggestedName, count }).toEqual({ name: 'mentoring-session-2027-02-20.ics', count: 1 })
  })

  it.each<[string, (ids: string[]) => string[] | undefined, string]>([
    [
      'nothing planned ahead',
      () => undefined,
      'There are no upcoming planned sessions to export. Plan a session first; no file was saved.',
    ],
    [
      'one session that is not planned',
      (ids) => [ids[3]!],
      'This session is not planned, so there is nothing to put in a calendar. Only planned sessions can be exported; no file was saved.',
    ],
    [
      'sessions none of which is planned',
      (ids) => [ids[3]!, crypto.randomUUID()],
      'None of these sessions is planned, so there is nothing to put in a calendar. Only planned sessions can be exported; no file was saved.',
    ],
  ])('refuses %s', (_name, ids, message) => {
    const { data, sessions } = calendar()
    const later = new Date('2027-06-01T00:00:00.000Z')
    expect(() => icsExportOf(data, { ids: ids(sessions.map((s) => s.id)) }, later)).toThrow(message)
  })
})
