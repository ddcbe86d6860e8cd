// The timeline's filters called on plain data: by mentor, goal, status, time range and words, and all at once.
import { describe, expect, it } from 'vitest'
import { timelineOf } from '../../../../src/main/core/domain/sessions'
import type { ChannelInput } from '../../../../src/shared/ipc'
import {
  actionItemRecord,
  databaseWith,
  goalRecord,
  inputOf,
  mentorRecord,
  sessionRecord,
} from '../../../helpers/plain-data'

/** Two mentors, two goals, and sessions spread over the autumn (UTC), each with an agenda and takeaway naming it. */
function autumn() {
  const zoe = mentorRecord({ name: 'Zoë Ångström' })
  const emile = mentorRecord({ name: 'Émile Durand' })
  const talk = goalRecord({ title: 'Give a conference talk' })
  const raise = goalRecord({ title: 'Negotiate a raise' })
  const plan = [
    { name: 'Z-sep', mentorId: zoe.id, startsAt: '2026-09-01T10:00', goalIds: [talk.id] },
    { name: 'E-sep', mentorId: emile.id, startsAt: '2026-09-15T18:00', goalIds: [raise.id] },
    { name: 'Z-oct', mentorId: zoe.id, startsAt: '2026-10-01T10:00', goalIds: [talk.id, raise.id] },
    { name: 'E-oct', mentorId: emile.id, startsAt: '2026-10-20T09:30', goalIds: [talk.id] },
    { name: 'Z-nov', mentorId: zoe.id, startsAt: '2026-11-10T10:00', goalIds: [] },
    { name: 'Z-dec', mentorId: zoe.id, startsAt: '2026-12-03T10:00', goalIds: [talk.id], status: 'planned' as const },
  ]
  const sessions = plan.map(({ name, startsAt, ...fields }) =>
    sessionRecord({ ...fields, startsAt: `${startsAt}:00.000Z`, timeZone: 'UTC', agenda: name, takeaways: name }),
  )
  const oct = sessions[2]!
  const data = databaseWith({
    mentors: [zoe, emile],
    goals: [talk, raise],
    sessions,
    actionItems: [actionItemRecord({ mentorId: zoe.id, sessionId: oct.id, title: 'Draft the abstract' })],
  })
  return { data, mentors: { zoe, emile }, goals: { talk, raise } }
}

type Query = ChannelInput<'sessions:timeline'>

/** The sessions the timeline lists for `query`, by their takeaway, newest first as the user sees them. */
const listed = (data: ReturnType<typeof autumn>['data'], query: Query) =>
  timelineOf(data, inputOf('sessions:timeline', query)).map((s) => s.excerpt)

describe('timeline filters', () => {
  it('by goal: only the sessions linked to that goal, a session with two goals under each', () => {
    const { data, goals } = autumn()
    expect(listed(data, { goalId: goals.talk.id })).toEqual(['Z-dec', 'E-oct', 'Z-oct', 'Z-sep'])
    expect(listed(data, { goalId: goals.raise.id })).toEqual(['Z-oct', 'E-sep'])
    expect(listed(data, { goalId: '00000000-0000-4000-8000-000000000000' })).toEqual([])
  })

  it('before is the end of the range: a session starting at that instant is left out, one a minute earlier kept', () => {
    const { data } = autumn()
    expect(listed(data, { before: '2026-10-01T10:00:00.000Z' })).toEqual(['E-sep', 'Z-sep'])
    expect(listed(data, { before: '2026-10-01T10:01:00.000Z' })).toEqual(['Z-oct', 'E-sep', 'Z-sep'])
  })

  it.each([
    // Without fractions, the bound is 10:00 sharp: the session at 10:00 is from it on, not before it.
    ['without fractions', '2026-10-01T10:00:00Z', ['Z-dec', 'Z-nov', 'E-oct', 'Z-oct'], ['E-sep', 'Z-sep']],
    // Half a second later, the session at 10:00 falls before it.
    ['with a half second', '2026-10-01T10:00:00.5Z', ['Z-dec', 'Z-nov', 'E-oct'], ['Z-oct', 'E-sep', 'Z-sep']],
  ])('reads a bound written %s as the instant it names', (_name, instant, fromIt, beforeIt) => {
    const { data } = autumn()
    expect(listed(data, { after: instant })).toEqual(fromIt)
    expect(listed(data, { before: instant })).toEqual(beforeIt)
  })

  it('mentor, goal and range together: only what all of them allow', () => {
    const { data, mentors, goals } = autumn()
    const autumnRange = { after: '2026-09-01T00:00:00.000Z', before: '2026-11-01T00:00:00.000Z' }
    expect(listed(data, { mentorId: mentors.zoe.id, goalId: goals.talk.id, ...autumnRange })).toEqual([
      'Z-oct',
      'Z-sep',
    ])
    expect(listed(data, { mentorId: mentors.emile.id, goalId: goals.talk.id, ...autumnRange })).toEqual(['E-oct'])
    expect(listed(data, { mentorId: mentors.emile.id, goalId: goals.raise.id, ...autumnRange })).toEqual(['E-sep'])
    expect(
      listed(data, { mentorId: mentors.zoe.id, goalId: goals.talk.id, ...autumnRange, statuses: ['planned'] }),
    ).toEqual([])
    expect(
      listed(data, { mentorId: mentors.zoe.id, goalId: goals.talk.id, after: '2026-10-02T00:00:00.000Z' }),
    ).toEqual(['Z-dec'])
    // An end before the start leaves nothing, rather than everything.
    expect(listed(data, { after: autumnRange.before, before: autumnRange.after })).toEqual([])
  })

  it.each<[string, Query, string[]]>([
    ['everything, newest first', {}, ['Z-dec', 'Z-nov', 'E-oct', 'Z-oct', 'E-sep', 'Z-sep']],
    ['the planned ones', { statuses: ['planned'] }, ['Z-dec']],
    ['the held ones', { statuses: ['held'] }, ['Z-nov', 'E-oct', 'Z-oct', 'E-sep', 'Z-sep']],
    ['the words it was written in', { text: 'e-oct' }, ['E-oct']],
    ["the mentor's name, without its accents", { text: 'emile' }, ['E-oct', 'E-sep']],
    ['the title of an action item from the session', { text: 'abstract' }, ['Z-oct']],
    ['every word, in any field', { text: 'zoe abstract' }, ['Z-oct']],
    ['words nowhere', { text: 'zoe café' }, []],
  ])('lists %s', (_name, query, expected) => {
    expect(listed(autumn().data, query)).toEqual(expected)
  })

  it('counts each session’s open and done action items on its card', () => {
    const { data } = autumn()
    const oct = timelineOf(data, inputOf('sessions:timeline', { text: 'Z-oct' }))
    expect(oct).toMatchObject([{ openActions: 1, doneActions: 0 }])
  })
})
