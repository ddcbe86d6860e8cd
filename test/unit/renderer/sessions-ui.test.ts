import { describe, expect, it } from 'vitest'
import type { SessionSummary } from '../../../src/shared/requests/sessions'
import { leadTimesText } from '../../../src/renderer/src/lib/lead-times'
import {
  markedHeld,
  newSessionValues,
  restoredValues,
  roundedNow,
  toSessionDraft,
  validateSession,
} from '../../../src/renderer/src/pages/sessions/session-form'
import { timelineRows } from '../../../src/renderer/src/pages/sessions/timeline-rows'
import { parseTypedDate } from '../../../src/renderer/src/lib/parse-date'

const summary = (id: string, startsAt: string, status: SessionSummary['status']): SessionSummary => ({
  id,
  mentorId: null,
  startsAt,
  timeZone: 'UTC',
  durationMinutes: 60,
  format: 'video',
  status,
  seriesId: null,
  goalIds: [],
  excerpt: '',
  openActions: 0,
  doneActions: 0,
})

describe('timeline rows', () => {
  it('put planned sessions first, soonest first, then months newest first', () => {
    const rows = timelineRows(
      [
        summary('a', '2026-10-05T10:00:00.000Z', 'held'),
        summary('b', '2026-12-10T10:00:00.000Z', 'planned'),
        summary('c', '2026-11-20T10:00:00.000Z', 'held'),
        summary('d', '2026-12-01T10:00:00.000Z', 'planned'),
        summary('e', '2026-11-02T10:00:00.000Z', 'cancelled'),
      ],
      'en-US',
    )
    expect(rows.map((r) => (r.kind === 'heading' ? `# ${r.label} (${r.count})` : r.key))).toEqual([
      '# Upcoming (2)',
      'd',
      'b',
      '# November 2026 (2)',
      'c',
      'e',
      '# October 2026 (1)',
      'a',
    ])
  })
})

describe('the session form', () => {
  const now = new Date('2026-11-27T09:07:00.000Z')

  it('starts a log at the last quarter hour, and a plan a week ahead at 10:00', () => {
    expect(roundedNow(now, 'Europe/Berlin')).toEqual({ date: '2026-11-27', time: '10:00' })
    const plan = newSessionValues({ mode: 'plan', now })
    expect(plan).toMatchObject({ status: 'planned', date: '2026-12-04', time: '10:00' })
  })

  it('sends no empty action item rows, and a repeat only for a plan', () => {
    const values = {
      ...newSessionValues({ mode: 'plan', now, mentorId: '0b1f5a3e-2c7d-4e8f-9a6b-1c2d3e4f5a6b' }),
      repeat: 'weeks' as const,
      repeatWeeks: 2,
      actionItems: [
        { title: 'Read', owner: 'me' as const, dueOn: null, done: false },
        { title: '  ', owner: 'me' as const, dueOn: null, done: false },
      ],
    }
    expect(toSessionDraft(values)).toMatchObject({
      repeat: { every: 'weeks', interval: 2 },
      actionItems: [{ title: 'Read' }],
    })
    expect(toSessionDraft({ ...values, status: 'held' }).repeat).toBeNull()
    expect(toSessionDraft({ ...values, repeatWeeks: 3 }).repeat).toEqual({ every: 'weeks', interval: 3 })
    expect(toSessionDraft({ ...values, repeat: 'monthly-weekday' }).repeat).toEqual({ every: 'month', on: 'weekday' })
  })

  it.each([
    [0, 'Repeat at least every week'],
    [13, 'Repeat at most every 12 weeks'],
    [2.5, 'Enter whole weeks'],
    ['', 'Enter how many weeks apart'],
  ])('refuses %s weeks between sessions next to that field', (weeks, message) => {
    const values = {
      ...newSessionValues({ mode: 'plan', now, mentorId: '0b1f5a3e-2c7d-4e8f-9a6b-1c2d3e4f5a6b' }),
      repeat: 'weeks' as const,
      repeatWeeks: weeks,
    }
    expect(validateSession(values)).toEqual({ repeatWeeks: message })
    expect(validateSession({ ...values, repeatWeeks: 12 })).toEqual({})
  })

  it('sends chosen lead times longest first, and none as "use the defaults from settings"', () => {
    const plan = newSessionValues({ mode: 'plan', now, mentorId: '0b1f5a3e-2c7d-4e8f-9a6b-1c2d3e4f5a6b' })
    expect(toSessionDraft(plan).reminderLeadMinutes).toBeNull()
    expect(toSessionDraft({ ...plan, reminderLeadMinutes: ['15', '10080', '60'] }).reminderLeadMinutes).toEqual([
      10080, 60, 15,
    ])
    expect(leadTimesText([15, 1440])).toBe('1 day and 15 minutes')
    expect(leadTimesText([2880, 30, 60])).toBe('2 days, 1 hour and 30 minutes')
  })

  it('continues a draft saved before "every N weeks", with its weeks', () => {
    const plan = newSessionValues({ mode: 'plan', now })
    const { reminderLeadMinutes: _lead, repeatWeeks: _weeks, ...older } = { ...plan, repeat: 'every-4-weeks' }
    expect(restoredValues(plan, older)).toMatchObject({ repeat: 'weeks', repeatWeeks: 4, reminderLeadMinutes: [] })
  })

  it('names what is missing or impossible, field by field', () => {
    const errors = validateSession({
      ...newSessionValues({ mode: 'log', now }),
      date: '2099-01-01',
      durationMinutes: 0,
    })
    expect(errors).toMatchObject({
      mentorId: 'Choose a mentor',
      date: expect.stringContaining('has not happened yet'),
      durationMinutes: 'A session lasts at least a minute',
    })
  })

  it('logging a plan keeps the agenda; a plan for later is logged as now', () => {
    const plan = { ...newSessionValues({ mode: 'plan', now }), agenda: 'Review the packet' }
    const held = markedHeld(plan, now)
    expect(held).toMatchObject({ status: 'held', agenda: 'Review the packet', date: '2026-11-27' })
  })
})

describe('typed dates', () => {
  it.each([
    ['5 Dec 2026', '2026-12-05'],
    ['5 December 2026', '2026-12-05'],
    ['2026-12-05', '2026-12-05'],
    ['Dec 5, 2026', '2026-12-05'],
    ['5.12.2026', '2026-12-05'],
    ['5/12/2026', '2026-12-05'],
    ['31 Feb 2026', null],
    ['next friday', null],
    ['', null],
  ])('"%s" is %s', (typed, expected) => {
    expect(parseTypedDate(typed)).toBe(expected)
  })
})
