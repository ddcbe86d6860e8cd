// The sessions' rules called on plain data: logging, planning, moving, skipping, deleting and the agenda to start from.
import { describe, expect, it } from 'vitest'
import {
  createSession,
  deleteSession,
  prefillAgenda,
  sessionDetail,
  skipSession,
  undeleteSession,
  updateSession,
} from '../../../../src/main/core/domain/sessions'
import type { ChannelInput, ParsedInput } from '../../../../src/shared/ipc'
import type { Session } from '../../../../src/shared/model'
import {
  actionItemRecord,
  databaseWith,
  draftRecord,
  inputOf,
  mentorRecord,
  ruleEnv,
  sessionRecord,
} from '../../../helpers/plain-data'

const NOW = '2026-11-27T09:00:00.000Z'

/** Zoë and Amara; a session held with Zoë with two action items, and an item of Zoë's not from it. */
function diary() {
  const zoe = mentorRecord({ name: 'Zoë Ångström', stage: 'active' })
  const amara = mentorRecord({ name: 'Amara Nwosu', stage: 'active' })
  const held = sessionRecord({
    mentorId: zoe.id,
    startsAt: '2026-11-12T09:00:00.000Z',
    whatDidNot: 'Ran out of time for the RFC',
    followUpOn: '2026-12-01',
  })
  const data = databaseWith({
    mentors: [zoe, amara],
    sessions: [held],
    actionItems: [
      actionItemRecord({ mentorId: zoe.id, sessionId: held.id, title: 'Send the RFC', dueOn: '2026-11-30' }),
      actionItemRecord({ mentorId: zoe.id, sessionId: held.id, title: 'Introduce me', owner: 'mentor' }),
      actionItemRecord({ mentorId: zoe.id, title: 'Read the café book' }),
    ],
  })
  return { data, zoe, amara, held }
}

/** A session as the editor sends it, with Zoë, planned in December. */
const draft = (mentorId: string, fields: Partial<ChannelInput<'sessions:create'>> = {}) =>
  inputOf('sessions:create', {
    mentorId,
    date: '2026-12-10',
    time: '10:00',
    timeZone: 'Europe/Berlin',
    status: 'planned',
    ...fields,
  })

describe('createSession', () => {
  it('plans a session at its local time with its action items, and drops the draft it was typed in', () => {
    const { data, zoe } = diary()
    const typed = databaseWith({ ...data, drafts: [draftRecord('session:new')] })
    const input = draft(zoe.id, { draftKey: 'session:new', actionItems: [{ title: 'Bring the slides', owner: 'me' }] })
    const { data: next, value } = createSession(typed, input, ruleEnv(NOW))
    expect(value).toMatchObject({ startsAt: '2026-12-10T09:00:00.000Z', timeZone: 'Europe/Berlin', seriesId: null })
    expect(next.actionItems.filter((a) => a.sessionId === value.id)).toMatchObject([
      { title: 'Bring the slides', mentorId: zoe.id, doneAt: null },
    ])
    expect(next.drafts).toEqual([])
  })

  it('starts a series for a repeating session and plans its occurrences half a year ahead', () => {
    const { data, zoe } = diary()
    const { data: next, value } = createSession(
      data,
      draft(zoe.id, { repeat: { every: 'weeks', interval: 1 } }),
      ruleEnv(NOW),
    )
    expect(next.series).toMatchObject([{ id: value.seriesId, startLocal: '2026-12-10T10:00', until: null }])
    const planned = next.sessions
      .filter((s) => s.seriesId === value.seriesId)
      .map((s) => s.startsAt)
      .sort()
    expect(planned.slice(0, 3)).toEqual([
      '2026-12-10T09:00:00.000Z',
      '2026-12-17T09:00:00.000Z',
      '2026-12-24T09:00:00.000Z',
    ])
    expect(planned.at(-1)).toBe('2027-05-27T08:00:00.000Z')
  })

  it('refuses to log as held a session that has not happened yet, naming the date', () => {
    const { data, zoe } = diary()
    expect(() => createSession(data, draft(zoe.id, { status: 'held' }), ruleEnv(NOW))).toThrow(
      expect.objectContaining({
        message:
          'Nothing was saved. A session that has not happened yet cannot be logged as held; plan it instead, or change its date.',
        issues: [expect.objectContaining({ path: 'date' })],
      }),
    )
  })
})

describe('updateSession', () => {
  it('moves the items of a session given to another mentor along, and leaves other items alone', () => {
    const { data, amara, zoe, held } = diary()
    const { data: next } = updateSession(data, { id: held.id, changes: { mentorId: amara.id } }, ruleEnv(NOW))
    expect(next.actionItems.map((a) => [a.title, a.mentorId])).toEqual([
      ['Send the RFC', amara.id],
      ['Introduce me', amara.id],
      ['Read the café book', zoe.id],
    ])
  })

  it.each<[string, ParsedInput<'sessions:update'>['changes'], string, string]>([
    ['a new time keeps the day and the zone', { time: '16:30' }, '2026-11-12T15:30:00.000Z', 'Europe/Berlin'],
    ['a new day keeps the time', { date: '2026-11-05' }, '2026-11-05T09:00:00.000Z', 'Europe/Berlin'],
    [
      'a new zone keeps the wall time',
      { timeZone: 'America/New_York' },
      '2026-11-12T15:00:00.000Z',
      'America/New_York',
    ],
    ['other fields leave the start alone', { takeaways: 'Write first' }, '2026-11-12T09:00:00.000Z', 'Europe/Berlin'],
  ])('%s', (_name, changes, startsAt, timeZone) => {
    const { data, held } = diary()
    expect(updateSession(data, { id: held.id, changes }, ruleEnv(NOW)).value).toMatchObject({ startsAt, timeZone })
  })

  it('refuses a local time the clocks skip, naming the time', () => {
    const { data, held } = diary()
    const changes = { date: '2027-03-28', time: '02:30' }
    expect(() => updateSession(data, { id: held.id, changes }, ruleEnv(NOW))).toThrow(
      expect.objectContaining({
        issues: [
          expect.objectContaining({
            path: 'time',
            message: expect.stringContaining('02:30 does not exist on 2027-03-28 in Europe/Berlin'),
          }),
        ],
      }),
    )
  })
})

describe('skipSession', () => {
  it.each<[Session['status'], string | null]>([
    ['planned', null],
    ['held', 'Only a planned session can be skipped; this one is held.'],
    ['cancelled', 'Only a planned session can be skipped; this one is cancelled.'],
  ])('skipping a %s session is refused with: %s', (status, refusal) => {
    const session = sessionRecord({ mentorId: null, startsAt: '2026-12-01T09:00:00.000Z', status })
    const data = databaseWith({ sessions: [session] })
    if (refusal) expect(() => skipSession(data, { id: session.id }, ruleEnv(NOW))).toThrow(refusal)
    else
      expect(skipSession(data, { id: session.id }, ruleEnv(NOW)).value).toMatchObject({
        status: 'cancelled',
        updatedAt: NOW,
      })
  })
})

describe('deleteSession and undeleteSession', () => {
  it('takes the session and its action items away, and puts them back', () => {
    const { data, held } = diary()
    const removed = deleteSession(data, { id: held.id }, ruleEnv(NOW))
    expect(removed.data.sessions).toEqual([])
    expect(removed.data.actionItems.map((a) => a.title)).toEqual(['Read the café book'])
    const { data: back, value } = undeleteSession(removed.data, removed.kept, ruleEnv(NOW))
    expect(value).toEqual(held)
    expect(back.actionItems.map((a) => a.title).sort()).toEqual(['Introduce me', 'Read the café book', 'Send the RFC'])
  })

  it('does not plan a deleted occurrence of a series again, until the delete is undone', () => {
    const { data, zoe } = diary()
    const planned = createSession(data, draft(zoe.id, { repeat: { every: 'weeks', interval: 1 } }), ruleEnv(NOW))
    const removed = deleteSession(planned.data, { id: planned.value.id }, ruleEnv(NOW))
    expect(removed.data.series[0]?.exceptions).toEqual(['2026-12-10T10:00'])
    expect(undeleteSession(removed.data, removed.kept, ruleEnv(NOW)).data.series[0]?.exceptions).toEqual([])
  })

  it('brings a session and its items back under "Unknown mentor" when the mentor was deleted meanwhile', () => {
    const { data, held } = diary()
    const removed = deleteSession(data, { id: held.id }, ruleEnv(NOW))
    const { data: back, value } = undeleteSession({ ...removed.data, mentors: [] }, removed.kept, ruleEnv(NOW))
    expect(value.mentorId).toBeNull()
    expect(back.actionItems.filter((a) => a.sessionId === held.id).map((a) => a.mentorId)).toEqual([null, null])
  })

  it('refuses to bring back a session that is already back', () => {
    const { data, held } = diary()
    const removed = deleteSession(data, { id: held.id }, ruleEnv(NOW))
    expect(() => undeleteSession(data, removed.kept, ruleEnv(NOW))).toThrow('This session is already back.')
  })
})

describe('sessionDetail and prefillAgenda', () => {
  it('gives a session with its own action items', () => {
    const { data, held } = diary()
    const detail = sessionDetail(data, { id: held.id })
    expect(detail).toMatchObject({ session: held, series: null })
    expect(detail.actionItems.map((a) => a.title)).toEqual(['Send the RFC', 'Introduce me'])
  })

  it("starts a new session's agenda from the open items and what did not work last time", () => {
    const { data, zoe } = diary()
    expect(prefillAgenda(data, { mentorId: zoe.id }).agenda).toBe(
      [
        '**Open action items**',
        '- [ ] Send the RFC (me, due 2026-11-30)\n- [ ] Introduce me (Zoë)\n- [ ] Read the café book (me)',
        '**Still open from 12 Nov 2026**',
        'Ran out of time for the RFC',
        'Follow up by 2026-12-01.',
      ].join('\n\n'),
    )
    expect(prefillAgenda(data, { mentorId: data.mentors[1]!.id })).toEqual({ agenda: '', format: null })
  })

  it('refuses a mentor that does not exist, naming the field', () => {
    expect(() => prefillAgenda(databaseWith({}), { mentorId: crypto.randomUUID() })).toThrow(
      expect.objectContaining({ issues: [expect.objectContaining({ path: 'mentorId' })] }),
    )
  })
})
