import { describe, expect, it } from 'vitest'
import { Mentor, Session, emptyDatabase } from '../../../../src/shared/model'
import { nextCheckInAt } from '../../../../src/main/core/domain/keep-in-touch'
import { rosterOf } from '../../../../src/main/core/domain/roster'

const created = '2026-10-01T09:00:00.000Z'
const mentor = (fields: Partial<Mentor> = {}) =>
  Mentor.parse({ id: crypto.randomUUID(), name: 'Zoë', createdAt: created, updatedAt: created, ...fields })
const session = (mentorId: string, startsAt: string, status: Session['status'] = 'held') =>
  Session.parse({
    id: crypto.randomUUID(),
    mentorId,
    startsAt,
    timeZone: 'Europe/Berlin',
    durationMinutes: 60,
    format: 'video',
    status,
    createdAt: created,
    updatedAt: created,
  })

describe('keep in touch', () => {
  it.each([
    ['no cadence', { cadenceWeeks: null }, null, null],
    ['4 weeks from being added, without sessions', { cadenceWeeks: 4 }, null, '2026-10-29T09:00:00.000Z'],
    ['2 weeks from the last session', { cadenceWeeks: 2 }, '2026-11-20T15:00:00.000Z', '2026-12-04T15:00:00.000Z'],
    ['none while paused', { cadenceWeeks: 2, stage: 'paused' as const }, null, null],
    ['none while archived', { cadenceWeeks: 2, archivedAt: '2026-11-01T00:00:00.000Z' }, null, null],
  ])('%s', (_label, fields, last, expected) => {
    expect(nextCheckInAt(mentor(fields), last)).toBe(expected)
  })
})

describe('roster rows', () => {
  it('count notes, sessions and open action items, and find the last held session', () => {
    const zoe = mentor({ cadenceWeeks: 4 })
    const other = mentor({ name: 'Émile' })
    const data = {
      ...emptyDatabase(),
      mentors: [zoe, other],
      sessions: [
        session(zoe.id, '2026-11-01T10:00:00.000Z'),
        session(zoe.id, '2026-11-15T10:00:00.000Z'),
        session(zoe.id, '2026-12-15T10:00:00.000Z', 'planned'),
        session(zoe.id, '2026-11-20T10:00:00.000Z', 'cancelled'),
      ],
      notes: [
        {
          id: crypto.randomUUID(),
          mentorId: zoe.id,
          section: 'notes' as const,
          title: '',
          body: 'x',
          happenedOn: null,
          pinned: false,
          createdAt: created,
          updatedAt: created,
        },
      ],
      actionItems: [
        {
          id: crypto.randomUUID(),
          mentorId: zoe.id,
          sessionId: null,
          goalIds: [],
          title: 'Read',
          owner: 'me' as const,
          dueOn: null,
          doneAt: null,
          outcome: null,
          createdAt: created,
          updatedAt: created,
        },
        {
          id: crypto.randomUUID(),
          mentorId: zoe.id,
          sessionId: null,
          goalIds: [],
          title: 'Done',
          owner: 'me' as const,
          dueOn: null,
          doneAt: created,
          outcome: null,
          createdAt: created,
          updatedAt: created,
        },
      ],
    }
    const [first, second] = rosterOf(data, false)
    expect(first).toMatchObject({
      lastSessionAt: '2026-11-15T10:00:00.000Z',
      nextCheckInAt: '2026-12-13T10:00:00.000Z',
      openActionItems: 1,
      noteCount: 1,
      sessionCount: 4,
    })
    expect(second).toMatchObject({
      lastSessionAt: null,
      nextCheckInAt: null,
      openActionItems: 0,
      noteCount: 0,
      sessionCount: 0,
    })
  })

  it('leaves archived mentors out unless asked', () => {
    const data = { ...emptyDatabase(), mentors: [mentor(), mentor({ archivedAt: created })] }
    expect(rosterOf(data, false)).toHaveLength(1)
    expect(rosterOf(data, true)).toHaveLength(2)
  })
})
