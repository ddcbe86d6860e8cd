// The session brief on plain data: who, what the relationship is for, last time, what is open, what to tell.
import { describe, expect, it } from 'vitest'
import { sessionBrief } from '../../../../src/main/core/domain/briefs'
import { Agreement } from '../../../../src/shared/model'
import {
  actionItemRecord,
  databaseWith,
  goalRecord,
  mentorRecord,
  noteRecord,
  sessionRecord,
} from '../../../helpers/plain-data'

const at = (day: string) => `2026-${day}T10:00:00.000Z`

function relationship() {
  const zoe = mentorRecord({ name: 'Zoë Ångström', stage: 'active' })
  const emile = mentorRecord({ name: 'Émile Durand' })
  const talk = goalRecord({ title: 'Give a conference talk', mentorIds: [zoe.id] })
  const raise = goalRecord({ title: 'Negotiate a raise' })
  const dropped = goalRecord({ title: 'Learn Haskell', mentorIds: [zoe.id], status: 'dropped' })
  const september = sessionRecord({
    mentorId: zoe.id,
    startsAt: at('09-01'),
    status: 'held',
    takeaways: 'Outline first',
    whatDidNot: 'Ran out of time',
  })
  const october = sessionRecord({
    mentorId: zoe.id,
    startsAt: at('10-01'),
    status: 'held',
    takeaways: 'Write the decision first',
    whatDidNot: 'Too much slideware',
  })
  const withEmile = sessionRecord({ mentorId: emile.id, startsAt: at('11-01'), status: 'held', takeaways: 'Not Zoë' })
  const later = sessionRecord({ mentorId: zoe.id, startsAt: at('12-20'), status: 'held', takeaways: 'After this one' })
  const planned = sessionRecord({
    mentorId: zoe.id,
    startsAt: at('12-10'),
    status: 'planned',
    agenda: '- The RFC',
    goalIds: [raise.id],
  })
  const notes = [
    noteRecord({ mentorId: zoe.id, section: 'notes', body: 'Likes tea', createdAt: at('11-01') }),
    noteRecord({
      mentorId: zoe.id,
      section: 'interests',
      body: 'Pinned: climbing',
      pinned: true,
      createdAt: at('01-01'),
    }),
    noteRecord({
      mentorId: zoe.id,
      section: 'background',
      body: 'Built three storage engines',
      createdAt: at('02-01'),
    }),
    noteRecord({ mentorId: zoe.id, section: 'achievements', body: 'Gave a keynote', createdAt: at('03-01') }),
    noteRecord({ mentorId: emile.id, section: 'background', body: 'Émile only' }),
  ]
  const items = {
    mine: actionItemRecord({ mentorId: zoe.id, title: 'Send the RFC', owner: 'me', dueOn: '2026-12-01' }),
    mineLater: actionItemRecord({ mentorId: zoe.id, title: 'Book a room', owner: 'me', dueOn: '2026-12-24' }),
    theirs: actionItemRecord({ mentorId: zoe.id, title: 'Share a reading list', owner: 'mentor' }),
    doneQuiet: actionItemRecord({ mentorId: zoe.id, title: 'Read the paper', doneAt: at('10-05') }),
    toTell: actionItemRecord({
      mentorId: zoe.id,
      title: 'Present the RFC',
      doneAt: at('10-20'),
      outcome: { text: 'The RFC passed review', at: at('10-20'), toldAt: null, toldInSessionId: null },
    }),
    told: actionItemRecord({
      mentorId: zoe.id,
      title: 'Ask for feedback',
      doneAt: at('09-10'),
      outcome: { text: 'Got good notes', at: at('09-10'), toldAt: at('10-01'), toldInSessionId: october.id },
    }),
    emiles: actionItemRecord({ mentorId: emile.id, title: 'Émile’s item', owner: 'me' }),
  }
  const agreement = Agreement.parse({
    id: crypto.randomUUID(),
    mentorId: zoe.id,
    focus: 'Becoming a staff engineer',
    goalIds: [talk.id],
    versions: [],
    createdAt: at('08-01'),
    updatedAt: at('08-01'),
  })
  const data = databaseWith({
    mentors: [zoe, emile],
    goals: [talk, raise, dropped],
    sessions: [september, october, withEmile, later, planned],
    notes,
    actionItems: Object.values(items),
    agreements: [agreement],
  })
  return { data, zoe, planned, october, items, goals: { talk, raise, dropped } }
}

describe('the session brief', () => {
  it('builds on the last held session with this mentor before this one', () => {
    const { data, planned, october } = relationship()
    expect(sessionBrief(data, { id: planned.id }).lastSession).toEqual({
      id: october.id,
      startsAt: october.startsAt,
      takeaways: 'Write the decision first',
      whatDidNot: 'Too much slideware',
    })
  })

  it('shows the pinned note first, then background and achievements, at most three', () => {
    const { data, planned } = relationship()
    expect(sessionBrief(data, { id: planned.id }).highlights.map((n) => n.body)).toEqual([
      'Pinned: climbing',
      'Gave a keynote',
      'Built three storage engines',
    ])
  })

  it('lists what is open both ways, soonest due first, and the outcomes not told yet', () => {
    const { data, planned } = relationship()
    const brief = sessionBrief(data, { id: planned.id })
    expect(brief.openItems.mine.map((i) => i.title)).toEqual(['Send the RFC', 'Book a room'])
    expect(brief.openItems.theirs.map((i) => i.title)).toEqual(['Share a reading list'])
    expect(brief.outcomesToTell.map((i) => i.outcome?.text)).toEqual(['The RFC passed review'])
  })

  it('carries the agreement and the goals of the session, the agreement and the mentor, not dropped ones', () => {
    const { data, planned, goals } = relationship()
    const brief = sessionBrief(data, { id: planned.id })
    expect(brief.agreement).toMatchObject({ focus: 'Becoming a staff engineer' })
    expect(brief.agreement).not.toHaveProperty('versions')
    expect(brief.goals.map((g) => g.goal.title).sort()).toEqual([goals.talk.title, goals.raise.title].sort())
    expect(brief.session.agenda).toBe('- The RFC')
  })

  it('has only the session itself when it has no mentor', () => {
    const { data } = relationship()
    const alone = sessionRecord({ mentorId: null, startsAt: at('12-12'), status: 'planned', agenda: 'Think' })
    const brief = sessionBrief({ ...data, sessions: [...data.sessions, alone] }, { id: alone.id })
    expect(brief).toMatchObject({
      mentor: null,
      agreement: null,
      lastSession: null,
      highlights: [],
      outcomesToTell: [],
    })
    expect(brief.openItems).toEqual({ mine: [], theirs: [] })
  })

  it('says the session is not there when it is not', () => {
    const { data } = relationship()
    expect(() => sessionBrief(data, { id: crypto.randomUUID() })).toThrow(/session/i)
  })
})
