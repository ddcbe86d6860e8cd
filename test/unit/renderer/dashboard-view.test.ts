import { describe, expect, it } from 'vitest'
import { ActionItem, Mentor } from '../../../src/shared/model'
import type { RosterEntry } from '../../../src/shared/requests/mentors'
import type { SessionSummary } from '../../../src/shared/requests/sessions'
import {
  actionItemsDue,
  dueLabel,
  firstRunSteps,
  greetingFor,
  isFirstRun,
  reachOutList,
  recentSessions,
  sessionsPerMonth,
  upcomingSessions,
} from '../../../src/renderer/src/pages/dashboard/dashboard-view'

const now = new Date(2026, 10, 27, 9, 0) // 27 Nov 2026, 09:00 in the reader's zone
const DAY = 86_400_000
const at = (days: number) => new Date(now.getTime() + days * DAY).toISOString()
let ids = 0
const id = () => `00000000-0000-4000-8000-${String(++ids).padStart(12, '0')}`

function session(days: number, fields: Partial<SessionSummary> = {}): SessionSummary {
  return {
    id: id(),
    mentorId: null,
    startsAt: at(days),
    timeZone: 'UTC',
    durationMinutes: 60,
    format: 'video',
    status: days > 0 ? 'planned' : 'held',
    seriesId: null,
    goalIds: [],
    excerpt: '',
    openActions: 0,
    doneActions: 0,
    ...fields,
  }
}

function entry(name: string, cadenceWeeks: number | null, lastDaysAgo: number | null): RosterEntry {
  const mentor = Mentor.parse({
    id: id(),
    name,
    cadenceWeeks,
    stage: 'active',
    createdAt: at(-400),
    updatedAt: at(-400),
  })
  const lastSessionAt = lastDaysAgo === null ? null : at(-lastDaysAgo)
  const base = Date.parse(lastSessionAt ?? mentor.createdAt)
  return {
    mentor,
    lastSessionAt,
    nextCheckInAt: cadenceWeeks === null ? null : new Date(base + cadenceWeeks * 7 * DAY).toISOString(),
    openActionItems: 0,
    noteCount: 0,
    sessionCount: 0,
  }
}

const item = (title: string, dueOn: string | null, done = false) =>
  ActionItem.parse({
    id: id(),
    title,
    owner: 'me',
    mentorId: null,
    dueOn,
    doneAt: done ? at(-1) : null,
    createdAt: at(-30),
    updatedAt: at(-30),
  })

describe('dashboard rules', () => {
  it.each([
    [6, 'Good morning'],
    [11, 'Good morning'],
    [12, 'Good afternoon'],
    [17, 'Good afternoon'],
    [18, 'Good evening'],
    [23, 'Good evening'],
  ])('greets at %i:00 with "%s"', (hour, greeting) => {
    expect(greetingFor(hour)).toBe(greeting)
  })

  it('lists planned sessions of the next 14 days, soonest first', () => {
    const later = session(10)
    const soon = session(1)
    const shown = upcomingSessions(
      [later, session(15), soon, session(-1, { status: 'planned' }), session(2, { status: 'cancelled' })],
      now,
    )
    expect(shown).toEqual([soon, later])
  })

  it('lists who to reach out to: due or overdue, nothing planned, overdue first', () => {
    const due = entry('Due', 4, 30) // 4 weeks passed 2 days ago
    const overdue = entry('Overdue', 2, 22) // 3 weeks: 1.5 times the cadence
    const fresh = entry('Fresh', 4, 10)
    const planned = entry('Planned', 1, 40)
    const none = entry('No cadence', null, 300)
    const list = reachOutList([due, overdue, fresh, planned, none], [session(3, { mentorId: planned.mentor.id })], now)
    expect(list.map((r) => [r.entry.mentor.name, r.overdue])).toEqual([
      ['Overdue', true],
      ['Due', false],
    ])
  })

  it('splits open dated action items into overdue and due within a week', () => {
    const items = [
      item('Yesterday', '2026-11-26'),
      item('Today', '2026-11-27'),
      item('In a week', '2026-12-04'),
      item('In eight days', '2026-12-05'),
      item('Undated', null),
      item('Done and late', '2026-11-01', true),
      item('Long overdue', '2026-10-01'),
    ]
    const { overdue, soon } = actionItemsDue(items, '2026-11-27')
    expect(overdue.map((a) => a.title)).toEqual(['Long overdue', 'Yesterday'])
    expect(soon.map((a) => a.title)).toEqual(['Today', 'In a week'])
  })

  it.each([
    ['2026-11-27', 'Due today'],
    ['2026-11-28', 'Due tomorrow'],
    ['2026-12-02', 'Due in 5 days'],
    ['2026-11-26', '1 day overdue'],
    ['2026-11-20', '7 days overdue'],
    ['2026-11-13', '2 weeks overdue'],
    ['2026-08-01', '4 months overdue'],
    ['2021-12-01', '5 years overdue'],
  ])('says %s is "%s" on 27 Nov', (dueOn, label) => {
    expect(dueLabel(dueOn, '2026-11-27')).toBe(label)
  })

  it('shows the last held sessions, newest first', () => {
    const sessions = [-40, -2, -10, -30, -1, -20, -5].map((d) => session(d))
    expect(recentSessions(sessions, now, 3).map((s) => s.startsAt)).toEqual([at(-1), at(-2), at(-5)])
  })

  it('counts held sessions per month over twelve months, the top mentors by name and the rest as Others', () => {
    const names = new Map<string, string>()
    const mentor = (name: string) => {
      const mentorId = id()
      names.set(mentorId, name)
      return mentorId
    }
    const [a, b, c, d, e] = ['Ana', 'Ben', 'Chloé', 'Dev', 'Émile'].map(mentor)
    const held = [
      ...[a, a, a, a, b, b, b, c, c, d, e].map((m, i) => session(-3 - i * 20, { mentorId: m })),
      session(-5, { mentorId: a, status: 'cancelled' }),
      session(-400, { mentorId: b }), // before the window
      session(-6, { mentorId: null }), // the mentor was deleted
    ]
    const chart = sessionsPerMonth(held, names, now, { months: 12, top: 3, locale: 'en-US' })
    expect(chart.series.map((s) => s.label)).toEqual(['Ana', 'Ben', 'Chloé', 'Others'])
    expect(chart.total).toBe(12)
    expect(chart.rows).toHaveLength(12)
    expect(chart.rows[0]).toMatchObject({ monthKey: '2025-12', month: 'Dec 2025' })
    expect(chart.rows[1]).toMatchObject({ monthKey: '2026-01', month: 'Jan 2026' })
    expect(chart.rows[11]).toMatchObject({ monthKey: '2026-11', month: 'Nov' })
    const sum = (key: string) => chart.rows.reduce((n, row) => n + Number(row[key]), 0)
    expect([sum('m0'), sum('m1'), sum('m2'), sum('others')]).toEqual([4, 3, 2, 3])
    expect(chart.rows.reduce((n, row) => n + row.total, 0)).toBe(12)
    // Every named mentor gets a colour of their own.
    expect(new Set(chart.series.map((s) => s.color)).size).toBe(4)
  })

  it('names one mentor beyond the top rather than calling them "Others"', () => {
    const names = new Map([
      ['a', 'Ana'],
      ['b', 'Ben'],
    ])
    const chart = sessionsPerMonth([session(-1, { mentorId: 'a' }), session(-2, { mentorId: 'b' })], names, now, {
      top: 1,
    })
    expect(chart.series.map((s) => s.label)).toEqual(['Ana', 'Ben'])
  })

  it.each([
    [{ name: '', mentors: 0, heldSessions: 0 }, { name: false, mentor: false, session: false }, true],
    [{ name: 'Ada', mentors: 1, heldSessions: 0 }, { name: true, mentor: true, session: false }, true],
    [{ name: ' ', mentors: 2, heldSessions: 1 }, { name: false, mentor: true, session: true }, false],
  ])('first-run steps for %o', (data, steps, firstRun) => {
    expect(firstRunSteps(data)).toEqual(steps)
    expect(isFirstRun(data)).toBe(firstRun)
  })
})
