import { describe, expect, it } from 'vitest'
import { ActionItem } from '../../../src/shared/model'
import { addDays } from '../../../src/shared/time'
import {
  countOpen,
  daysBetween,
  dueStateOf,
  groupActionItems,
  localDateOf,
  rescheduleDates,
  unknownMentor,
} from '../../../src/renderer/src/pages/actions/action-groups'

const zoe = crypto.randomUUID()
const emile = crypto.randomUUID()
const gone = crypto.randomUUID()
let created = 0

const item = (
  title: string,
  more: { owner?: 'me' | 'mentor'; dueOn?: string; doneAt?: string; mentorId?: string | null } = {},
): ActionItem => {
  // Each item a second newer than the last, so ties on the due date are broken by age.
  const stamp = new Date(Date.UTC(2026, 0, 1, 0, 0, created++)).toISOString()
  return ActionItem.parse({
    id: crypto.randomUUID(),
    title,
    owner: more.owner ?? 'me',
    mentorId: more.mentorId === undefined ? zoe : more.mentorId,
    dueOn: more.dueOn ?? null,
    doneAt: more.doneAt ?? null,
    createdAt: stamp,
    updatedAt: stamp,
  })
}

const today = '2026-11-27'
const titles = (items: ActionItem[]) => items.map((i) => i.title)

describe('action items: due state against today', () => {
  it.each([
    ['long overdue', { dueOn: '2020-01-15' }, 'overdue'],
    ['due yesterday', { dueOn: '2026-11-26' }, 'overdue'],
    ['due today', { dueOn: '2026-11-27' }, 'today'],
    ['due tomorrow', { dueOn: '2026-11-28' }, 'upcoming'],
    ['across a year end', { dueOn: '2027-01-01' }, 'upcoming'],
    ['undated', {}, 'undated'],
    ['done, even when its date passed', { dueOn: '2020-01-15', doneAt: '2026-11-20T10:00:00.000Z' }, 'done'],
  ] as const)('%s', (_, more, state) => {
    expect(dueStateOf(item('x', more), today)).toBe(state)
  })
})

describe('action items: calendar dates', () => {
  it.each([
    ['2026-11-27', 1, '2026-11-28'],
    ['2026-11-27', 7, '2026-12-04'],
    ['2026-12-31', 1, '2027-01-01'],
    ['2028-02-28', 1, '2028-02-29'],
    // Europe's clocks go back on 25 Oct 2026: a day is still a day.
    ['2026-10-24', 2, '2026-10-26'],
    ['2026-03-01', -1, '2026-02-28'],
  ])('%s plus %i days is %s', (date, days, expected) => {
    expect(addDays(date, days)).toBe(expected)
    expect(daysBetween(date, expected)).toBe(days)
  })

  it.each([
    // 20:00 UTC on 27 Nov is already the 28th in Auckland, still the 27th in Los Angeles.
    ['Pacific/Auckland', '2026-11-27T20:00:00Z', '2026-11-28'],
    ['America/Los_Angeles', '2026-11-28T05:00:00Z', '2026-11-27'],
    ['Europe/Berlin', '2026-11-27T23:30:00Z', '2026-11-28'],
  ])('in %s, %s is local day %s', (zone, instant, expected) => {
    const before = process.env.TZ
    process.env.TZ = zone
    try {
      expect(localDateOf(new Date(instant))).toBe(expected)
    } finally {
      if (before === undefined) delete process.env.TZ
      else process.env.TZ = before
    }
  })

  it('offers tomorrow and a week from today', () => {
    expect(rescheduleDates('2026-12-30')).toEqual({ tomorrow: '2026-12-31', nextWeek: '2027-01-06' })
  })
})

describe('action items: grouped by owner, sorted by due date', () => {
  const items = [
    item('Undated, mine'),
    item('Next month, mine', { dueOn: '2026-12-27' }),
    item('Overdue, mine', { dueOn: '2020-01-15' }),
    item('Today, mine', { dueOn: today }),
    item('Today too, mine, newer', { dueOn: today }),
    item('Done long ago', { dueOn: '2026-11-01', doneAt: '2026-11-02T08:00:00.000Z' }),
    item('Done lately', { dueOn: '2026-12-01', doneAt: '2026-11-26T08:00:00.000Z' }),
    item('Intro to a recruiter', { owner: 'mentor', dueOn: '2026-12-01', mentorId: emile }),
    item('Book list', { owner: 'mentor', dueOn: '2026-11-01', mentorId: gone }),
    item('Feedback on my talk', { owner: 'mentor', mentorId: null }),
  ]
  const known = new Set([zoe, emile])

  it('puts mine first, open ones by due date with undated last, ties oldest first; counts each group', () => {
    const [mine, theirs] = groupActionItems(items, { mentorId: null, showDone: false }, today, known)
    expect(mine).toMatchObject({ owner: 'me', open: 5, overdue: 1, done: 2 })
    expect(titles(mine!.items)).toEqual([
      'Overdue, mine',
      'Today, mine',
      'Today too, mine, newer',
      'Next month, mine',
      'Undated, mine',
    ])
    expect(theirs).toMatchObject({ owner: 'mentor', open: 3, overdue: 1, done: 0 })
    expect(titles(theirs!.items)).toEqual(['Book list', 'Intro to a recruiter', 'Feedback on my talk'])
  })

  it('shows done items after the open ones, latest done first, when asked', () => {
    const [mine] = groupActionItems(items, { mentorId: null, showDone: true }, today, known)
    expect(titles(mine!.items).slice(-3)).toEqual(['Undated, mine', 'Done lately', 'Done long ago'])
  })

  it.each([
    ['Émile', emile, [], ['Intro to a recruiter']],
    ['deleted or none', unknownMentor, [], ['Book list', 'Feedback on my talk']],
    ['Zoë', zoe, ['Overdue, mine', 'Today, mine', 'Today too, mine, newer', 'Next month, mine', 'Undated, mine'], []],
  ])('filters by mentor: %s', (_, mentorId, mine, theirs) => {
    const groups = groupActionItems(items, { mentorId, showDone: false }, today, known)
    expect(groups.map((g) => titles(g.items))).toEqual([mine, theirs])
  })

  it('counts open and overdue items across both groups', () => {
    expect(countOpen(items, today)).toEqual({ open: 8, overdue: 2 })
    expect(countOpen(items, '2026-12-02')).toEqual({ open: 8, overdue: 5 })
    expect(countOpen([], today)).toEqual({ open: 0, overdue: 0 })
  })
})
