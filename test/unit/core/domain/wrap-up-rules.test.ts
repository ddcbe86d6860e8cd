import { describe, expect, it } from 'vitest'
import { draftThankYou, firstLine, saveWrapUp, wrapUpOf } from '../../../../src/main/core/domain/wrap-ups'
import type { Database } from '../../../../src/shared/model'
import {
  actionItemRecord,
  databaseWith,
  goalRecord,
  inputOf,
  mentorRecord,
  ruleEnv,
  sessionRecord,
} from '../../../helpers/plain-data'

const zoe = mentorRecord({ name: 'Zoë Martin', stage: 'active', cadenceWeeks: 2, email: 'zoe@example.com' })
const talk = goalRecord({ title: 'Give a conference talk', mentorIds: [zoe.id] })
const unlinked = goalRecord({ title: 'Learn Rust' })

const save = (data: Database, raw: Parameters<typeof inputOf<'wrapUps:save'>>[1], iso?: string) =>
  saveWrapUp(data, inputOf('wrapUps:save', raw), ruleEnv(iso))

describe('saving a wrap-up', () => {
  it('keeps the reflection, the goal ratings and the thank-you, and moves the mentor to alumni every 6 months', () => {
    const data = databaseWith({ mentors: [zoe], goals: [talk] })
    const {
      data: next,
      value,
      changed,
    } = save(data, {
      mentorId: zoe.id,
      learned: 'Ask for the why',
      carryOn: 'Weekly writing',
      differently: 'Prepare an agenda',
      goalRatings: [{ goalId: talk.id, rating: 4 }],
      thankYou: 'Thank you, Zoë.',
    })
    expect(value).toMatchObject({ learned: 'Ask for the why', goalRatings: [{ goalId: talk.id, rating: 4 }] })
    expect(wrapUpOf(next, { mentorId: zoe.id })).toEqual(value)
    expect(next.mentors[0]).toMatchObject({ stage: 'alumni', cadenceWeeks: 26 })
    expect(changed).toEqual(expect.arrayContaining(['wrapUps', 'mentors']))
    // The data it was given is left as it was: records are replaced, not changed in place.
    expect(data.mentors[0]).toBe(zoe)
    expect(data.wrapUps).toEqual([])
  })

  it.each([
    [12, 12],
    [null, null],
  ])('sets the stay-in-touch cadence chosen (%j weeks)', (weeks, expected) => {
    const { data } = save(databaseWith({ mentors: [zoe] }), { mentorId: zoe.id, stayInTouchWeeks: weeks })
    expect(data.mentors[0]?.cadenceWeeks).toBe(expected)
  })

  it('edits the wrap-up of a mentor back in Active without moving them when asked not to', () => {
    const { data, changed } = save(databaseWith({ mentors: [zoe] }), {
      mentorId: zoe.id,
      learned: 'Edited later',
      moveToAlumni: false,
    })
    expect(data.mentors[0]).toBe(zoe)
    expect(changed).toEqual(['wrapUps'])
    expect(data.wrapUps[0]?.learned).toBe('Edited later')
  })

  it('replaces an earlier wrap-up of the same mentor, keeping its id and when it was first written', () => {
    const first = save(databaseWith({ mentors: [zoe] }), { mentorId: zoe.id, learned: 'First' })
    const second = save(first.data, { mentorId: zoe.id, learned: 'Second' }, '2026-12-01T10:00:00.000Z')
    expect(second.data.wrapUps).toHaveLength(1)
    expect(second.value).toMatchObject({ id: first.value.id, createdAt: first.value.createdAt, learned: 'Second' })
    expect(second.value.updatedAt).toBe('2026-12-01T10:00:00.000Z')
  })

  it.each([
    ['a goal that does not exist', '5b1f4a52-7d4e-4c56-9f0e-0b6a9d3e2c11', /does not exist/],
    ['a goal not linked to the mentor', unlinked.id, /"Learn Rust" is not linked to Zoë Martin/],
  ])('refuses %s, naming the field, and changes nothing', (_what, goalId, message) => {
    const data = databaseWith({ mentors: [zoe], goals: [talk, unlinked] })
    expect(() =>
      save(data, {
        mentorId: zoe.id,
        goalRatings: [
          { goalId: talk.id, rating: 3 },
          { goalId, rating: 2 },
        ],
      }),
    ).toThrow(
      expect.objectContaining({
        message: expect.stringMatching(message),
        issues: [expect.objectContaining({ path: 'goalRatings.1.goalId' })],
      }),
    )
  })

  it('refuses a mentor who does not exist', () => {
    expect(() => save(databaseWith({}), { mentorId: zoe.id })).toThrow(/mentor/i)
  })
})

describe('the drafted thank-you', () => {
  const held = (startsAt: string, takeaways: string, status: 'held' | 'planned' = 'held') =>
    sessionRecord({ mentorId: zoe.id, startsAt, takeaways, status })

  it('greets the mentor, recalls the most recent takeaways and outcomes, and is signed with my name', () => {
    const other = mentorRecord({ name: 'Ada' })
    const data = databaseWith({
      mentors: [zoe, other],
      profile: { name: 'Sam Lee', role: '', updatedAt: null },
      sessions: [
        held('2026-01-01T10:00:00.000Z', 'Oldest takeaway'),
        held('2026-03-01T10:00:00.000Z', '- Say no to more meetings\n- second point'),
        held('2026-02-01T10:00:00.000Z', 'Write things down'),
        held('2026-04-01T10:00:00.000Z', '   '),
        held('2026-05-01T10:00:00.000Z', '## Ship smaller'),
        held('2026-06-01T10:00:00.000Z', 'Not happened yet', 'planned'),
        sessionRecord({ mentorId: other.id, startsAt: '2026-07-01T10:00:00.000Z', takeaways: 'Ada said so' }),
      ],
      actionItems: [
        actionItemRecord({
          mentorId: zoe.id,
          title: 'Submit the CFP',
          outcome: {
            text: 'Accepted at NodeConf',
            at: '2026-05-02T10:00:00.000Z',
            toldAt: null,
            toldInSessionId: null,
          },
        }),
        actionItemRecord({ mentorId: zoe.id, title: 'No outcome yet' }),
      ],
    })
    const { text } = draftThankYou(data, { mentorId: zoe.id })
    expect(text.startsWith('Dear Zoë,')).toBe(true)
    expect(text).toContain('- Ship smaller\n- Say no to more meetings\n- Write things down')
    expect(text).not.toContain('Oldest takeaway')
    expect(text).not.toContain('second point')
    expect(text).not.toContain('Not happened yet')
    expect(text).not.toContain('Ada said so')
    expect(text).toContain('- Submit the CFP: Accepted at NodeConf')
    expect(text).not.toContain('No outcome yet')
    expect(text.endsWith('With thanks,\nSam Lee')).toBe(true)
  })

  it('says no more than the data holds when there are no takeaways, no outcomes and no profile name', () => {
    const { text } = draftThankYou(databaseWith({ mentors: [zoe] }), { mentorId: zoe.id })
    expect(text).toBe(
      'Dear Zoë,\n\nThank you for mentoring me, and for the time and attention you gave me.\n\nI would be glad to stay in touch.\n\nWith thanks,',
    )
  })

  it('keeps the private reflection out of the thank-you', () => {
    const saved = save(databaseWith({ mentors: [zoe] }), {
      mentorId: zoe.id,
      learned: 'PRIVATE learned',
      differently: 'PRIVATE differently',
    })
    expect(draftThankYou(saved.data, { mentorId: zoe.id }).text).not.toContain('PRIVATE')
  })

  it.each([
    ['Plain line', 'Plain line'],
    ['\n\n1. Numbered first\n2. second', 'Numbered first'],
    ['> quoted', 'quoted'],
    ['x'.repeat(250), `${'x'.repeat(199)}…`],
  ])('brings in the first line of %j', (text, line) => {
    expect(firstLine(text)).toBe(line)
  })
})
