// How an action item went, on plain data: saying it, carrying it into the next agenda, and telling the mentor by
// holding a session with them (and taking that back when the session is deleted or no longer held).
import { describe, expect, it } from 'vitest'
import { mentorOutcomes, setOutcome } from '../../../../src/main/core/domain/outcomes'
import { loadSample } from '../../../../src/main/core/domain/sample'
import {
  createSession,
  deleteSession,
  prefillAgenda,
  undeleteSession,
  updateSession,
} from '../../../../src/main/core/domain/sessions'
import type { Database } from '../../../../src/shared/model'
import {
  actionItemRecord,
  databaseWith,
  inputOf,
  mentorRecord,
  ruleEnv,
  sessionRecord,
} from '../../../helpers/plain-data'

const WROTE = '2026-11-20T09:00:00.000Z'
const LATER = '2026-11-27T09:00:00.000Z'

/** Zoë and Amara; Zoë's done item from a session, an open one of hers, and a done one of Amara's. */
function diary() {
  const zoe = mentorRecord({ name: 'Zoë Ångström', stage: 'active' })
  const amara = mentorRecord({ name: 'Amara Nwosu', stage: 'active' })
  const first = sessionRecord({ mentorId: zoe.id, startsAt: '2026-11-01T09:00:00.000Z' })
  const rfc = actionItemRecord({ mentorId: zoe.id, sessionId: first.id, title: 'Write the RFC', doneAt: WROTE })
  const open = actionItemRecord({ mentorId: zoe.id, sessionId: first.id, title: 'Read the café book' })
  const talk = actionItemRecord({ mentorId: amara.id, title: 'Give the talk', doneAt: WROTE })
  const loose = actionItemRecord({ mentorId: null, title: 'Tidy the desk', doneAt: WROTE })
  const data = databaseWith({ mentors: [zoe, amara], sessions: [first], actionItems: [rfc, open, talk, loose] })
  return { data, zoe, amara, first, rfc, open, talk, loose }
}

/** `data` after saying how `id` went, at `at`. */
const said = (data: Database, id: string, text: string, at = WROTE) =>
  setOutcome(data, inputOf('outcomes:set', { id, text }), ruleEnv(at)).data

const outcomeOf = (data: Database, id: string) => data.actionItems.find((a) => a.id === id)?.outcome ?? null

/** A session with `mentorId` as the editor sends it: held on 25 Nov at 10:00 Berlin time unless told otherwise. */
const sessionInput = (mentorId: string, fields: Record<string, unknown> = {}) =>
  inputOf('sessions:create', {
    mentorId,
    date: '2026-11-25',
    time: '10:00',
    timeZone: 'Europe/Berlin',
    status: 'held',
    ...fields,
  })

describe('setOutcome', () => {
  it('records how a done item went, trimmed, untold, and keeps when it was first said when the words change', () => {
    const { data, rfc } = diary()
    const once = said(data, rfc.id, '  The RFC passed review ')
    expect(outcomeOf(once, rfc.id)).toEqual({
      text: 'The RFC passed review',
      at: WROTE,
      toldAt: null,
      toldInSessionId: null,
    })
    const again = said(once, rfc.id, 'Passed, with two changes', LATER)
    expect(outcomeOf(again, rfc.id)).toMatchObject({ text: 'Passed, with two changes', at: WROTE })
  })

  it('takes it back with null', () => {
    const { data, rfc } = diary()
    const cleared = setOutcome(said(data, rfc.id, 'Passed'), { id: rfc.id, text: null }, ruleEnv(LATER))
    expect(outcomeOf(cleared.data, rfc.id)).toBeNull()
  })

  it.each([
    ['an open item', 'open', 'Mark this action item done before saying how it went'],
    ['an item without a mentor', 'loose', 'This action item has no mentor to tell how it went'],
  ] as const)('refuses %s, naming the field', (_name, which, message) => {
    const fixture = diary()
    const item = fixture[which]
    expect(() => said(fixture.data, item.id, 'Went well')).toThrow(
      expect.objectContaining({
        issues: [expect.objectContaining({ path: 'text', message: expect.stringContaining(message) })],
      }),
    )
  })

  it('refuses an empty line or one over 500 characters before the rule runs', () => {
    const { rfc } = diary()
    expect(() => inputOf('outcomes:set', { id: rfc.id, text: '   ' })).toThrow('Say in a line how it went')
    expect(() => inputOf('outcomes:set', { id: rfc.id, text: 'x'.repeat(501) })).toThrow('under 500 characters')
  })
})

describe('carrying outcomes into the next agenda', () => {
  it('adds "Tell Zoë: …" for each of her untold outcomes, once, and none of Amara’s', () => {
    const { data, zoe, rfc, talk } = diary()
    const withOutcomes = said(said(data, rfc.id, 'The RFC passed review'), talk.id, 'The talk went well')
    const { agenda } = prefillAgenda(withOutcomes, { mentorId: zoe.id })
    expect(agenda).toContain('- Tell Zoë: The RFC passed review')
    expect(agenda).not.toContain('The talk went well')
    expect(agenda.match(/Tell Zoë/g)).toHaveLength(1)
    expect(agenda).toContain('- [ ] Read the café book')
  })

  it('puts an outcome said after the next session was planned into that agenda, keeping what the user wrote', () => {
    const { data, zoe, rfc } = diary()
    const planned = createSession(
      data,
      sessionInput(zoe.id, { status: 'planned', date: '2026-12-02', agenda: 'Ask about the promotion' }),
      ruleEnv(WROTE),
    )
    const agendaOf = (d: Database) => d.sessions.find((s) => s.id === planned.value.id)?.agenda
    const once = setOutcome(planned.data, inputOf('outcomes:set', { id: rfc.id, text: 'Passed' }), ruleEnv(LATER))
    expect(once.changed).toEqual(['actionItems', 'sessions'])
    expect(agendaOf(once.data)).toBe('Ask about the promotion\n\n**How it went**\n\n- Tell Zoë: Passed')
    const reworded = said(once.data, rfc.id, 'Passed, with two changes', LATER)
    expect(agendaOf(reworded)).toBe(
      'Ask about the promotion\n\n**How it went**\n\n- Tell Zoë: Passed, with two changes',
    )
    const takenBack = setOutcome(reworded, { id: rfc.id, text: null }, ruleEnv(LATER)).data
    expect(agendaOf(takenBack)).toBe('Ask about the promotion')
  })

  it('leaves alone a planned session that is over, another mentor’s, and the agenda of a held one', () => {
    const { data, zoe, amara, rfc } = diary()
    const past = createSession(data, sessionInput(zoe.id, { status: 'planned', date: '2026-11-10' }), ruleEnv(WROTE))
    const other = createSession(
      past.data,
      sessionInput(amara.id, { status: 'planned', date: '2026-12-02' }),
      ruleEnv(WROTE),
    )
    const { changed, data: next } = setOutcome(other.data, { id: rfc.id, text: 'Passed' }, ruleEnv(LATER))
    expect(changed).toEqual(['actionItems'])
    expect(next.sessions).toBe(other.data.sessions)
  })
})

describe('holding a session tells the mentor', () => {
  it('marks told the outcomes written before a held session with that mentor ended, and lists them as told', () => {
    const { data, zoe, rfc, talk } = diary()
    const before = said(said(data, rfc.id, 'Passed'), talk.id, 'Went well')
    const { data: next, value } = createSession(before, sessionInput(zoe.id), ruleEnv(LATER))
    expect(outcomeOf(next, rfc.id)).toMatchObject({ toldAt: LATER, toldInSessionId: value.id })
    expect(outcomeOf(next, talk.id)).toMatchObject({ toldAt: null })
    const listed = mentorOutcomes(next, { mentorId: zoe.id })
    expect(listed.untold).toEqual([])
    expect(listed.told.map((e) => [e.item.title, e.toldIn?.startsAt])).toEqual([
      ['Write the RFC', '2026-11-25T09:00:00.000Z'],
    ])
    expect(prefillAgenda(next, { mentorId: zoe.id }).agenda).not.toContain('Tell Zoë')
  })

  it('leaves untold an outcome written after the session ended (a session logged late)', () => {
    const { data, zoe, rfc } = diary()
    const before = said(data, rfc.id, 'Passed', LATER)
    const { data: next } = createSession(before, sessionInput(zoe.id), ruleEnv(LATER))
    expect(outcomeOf(next, rfc.id)).toMatchObject({ toldAt: null })
    expect(mentorOutcomes(next, { mentorId: zoe.id }).untold.map((e) => e.item.title)).toEqual(['Write the RFC'])
  })

  it('tells nothing when a session is only planned, and tells when it is then marked held', () => {
    const { data, zoe, rfc } = diary()
    const before = said(data, rfc.id, 'Passed')
    const planned = createSession(before, sessionInput(zoe.id, { status: 'planned' }), ruleEnv(LATER))
    expect(outcomeOf(planned.data, rfc.id)).toMatchObject({ toldAt: null })
    const held = updateSession(planned.data, { id: planned.value.id, changes: { status: 'held' } }, ruleEnv(LATER))
    expect(outcomeOf(held.data, rfc.id)).toMatchObject({ toldAt: LATER, toldInSessionId: planned.value.id })
  })

  it('takes the telling back when the session is deleted, and tells again when the delete is undone', () => {
    const { data, zoe, rfc } = diary()
    const held = createSession(said(data, rfc.id, 'Passed'), sessionInput(zoe.id), ruleEnv(LATER))
    const removed = deleteSession(held.data, { id: held.value.id }, ruleEnv(LATER))
    expect(outcomeOf(removed.data, rfc.id)).toMatchObject({ toldAt: null, toldInSessionId: null })
    const back = undeleteSession(removed.data, removed.kept, ruleEnv(LATER))
    expect(outcomeOf(back.data, rfc.id)).toMatchObject({ toldInSessionId: held.value.id })
  })

  it('takes the telling back when the session is set back to planned or given to another mentor', () => {
    const { data, zoe, amara, rfc } = diary()
    const held = createSession(said(data, rfc.id, 'Passed'), sessionInput(zoe.id), ruleEnv(LATER))
    const id = held.value.id
    const replanned = updateSession(held.data, { id, changes: { status: 'planned' } }, ruleEnv(LATER))
    expect(outcomeOf(replanned.data, rfc.id)).toMatchObject({ toldAt: null })
    const moved = updateSession(held.data, { id, changes: { mentorId: amara.id } }, ruleEnv(LATER))
    expect(outcomeOf(moved.data, rfc.id)).toMatchObject({ toldAt: null })
  })

  it('keeps the first telling when a held session is edited, and does not tell again in a later session', () => {
    const { data, zoe, rfc } = diary()
    const held = createSession(said(data, rfc.id, 'Passed'), sessionInput(zoe.id), ruleEnv(LATER))
    const edited = updateSession(
      held.data,
      { id: held.value.id, changes: { takeaways: 'Good' } },
      ruleEnv('2026-12-01T09:00:00.000Z'),
    )
    expect(outcomeOf(edited.data, rfc.id)).toMatchObject({ toldAt: LATER })
    const second = createSession(
      edited.data,
      sessionInput(zoe.id, { date: '2026-11-26' }),
      ruleEnv('2026-12-01T09:00:00.000Z'),
    )
    expect(outcomeOf(second.data, rfc.id)).toMatchObject({ toldInSessionId: held.value.id })
  })

  it('leaves every action item as it was (the same record) when no outcome is affected', () => {
    const { data: plain, amara, rfc } = diary()
    const data = said(plain, rfc.id, 'Passed')
    const { data: next } = createSession(data, sessionInput(amara.id), ruleEnv(LATER))
    const before = new Set(data.actionItems)
    expect(next.actionItems.filter((a) => !before.has(a))).toEqual([])
  })
})

describe('the sample data', () => {
  it('has outcomes still to tell, which the next agenda with their mentor carries', () => {
    const { data } = loadSample(databaseWith({}), { zone: 'Europe/Berlin' }, ruleEnv(LATER))
    const untold = data.mentors.flatMap((m) =>
      mentorOutcomes(data, { mentorId: m.id }).untold.map((e) => [m.name, e.item.outcome?.text]),
    )
    expect(untold).toHaveLength(2)
    const [name, text] = untold[0] as [string, string]
    const mentor = data.mentors.find((m) => m.name === name)!
    expect(prefillAgenda(data, { mentorId: mentor.id }).agenda).toContain(`Tell ${name.split(' ')[0]}: ${text}`)
    // The session already planned with each of them has them in its agenda too.
    for (const [who, line] of untold as Array<[string, string]>) {
      const id = data.mentors.find((m) => m.name === who)!.id
      const planned = data.sessions.filter((s) => s.mentorId === id && s.status === 'planned')
      expect(planned[0]?.agenda).toContain(`- Tell ${who.split(' ')[0]}: ${line}`)
    }
  })
})
