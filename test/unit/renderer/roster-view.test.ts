import { describe, expect, it } from 'vitest'
import { Mentor } from '../../../src/shared/model'
import type { MentorStage } from '../../../src/shared/model'
import type { RosterEntry } from '../../../src/shared/requests/mentors'
import { tagsOf, viewRoster } from '../../../src/renderer/src/pages/mentors/roster-view'
import type { RosterFilter } from '../../../src/renderer/src/pages/mentors/roster-view'
import { initialsOf } from '../../../src/renderer/src/components/MentorAvatar'

const stamp = '2026-01-01T00:00:00.000Z'
const entry = (
  name: string,
  more: { organization?: string; stage?: MentorStage; expertise?: string[]; last?: string; next?: string } = {},
): RosterEntry => ({
  mentor: Mentor.parse({
    id: crypto.randomUUID(),
    name,
    organization: more.organization ?? '',
    stage: more.stage ?? 'active',
    expertise: more.expertise ?? [],
    createdAt: stamp,
    updatedAt: stamp,
  }),
  lastSessionAt: more.last ?? null,
  nextCheckInAt: more.next ?? null,
  openActionItems: 0,
  noteCount: 0,
  sessionCount: 0,
})

const all: RosterFilter = { query: '', stages: [], tag: null, sort: 'name' }
const names = (entries: RosterEntry[]) => entries.map((e) => e.mentor.name)

const roster = [
  entry('Zoë Ångström-李', {
    organization: 'Nordlicht Labs',
    expertise: ['Distributed systems'],
    last: '2026-11-01T10:00:00.000Z',
    next: '2026-12-20T10:00:00.000Z',
  }),
  entry('Ångström Berg', { organization: 'Kth', stage: 'alumni', expertise: ['Writing'] }),
  entry('李小龍', {
    organization: '香港大学',
    stage: 'paused',
    last: '2026-06-01T10:00:00.000Z',
    next: '2026-12-01T10:00:00.000Z',
  }),
  entry('Émile Durand', {
    organization: 'Café Ouvert',
    expertise: ['Career growth', 'Writing'],
    last: '2026-10-01T10:00:00.000Z',
  }),
  entry('أمينة الحسن', { organization: 'Dar Al-Hekma', stage: 'prospect' }),
  entry('Aaron Blake 🚀', { organization: 'Rocket Co', expertise: ['Career growth'] }),
]

describe('roster: Unicode names sort as their reader expects', () => {
  it('English reader: accents fold to their letter, other scripts after Latin', () => {
    expect(names(viewRoster(roster, all, 'en'))).toEqual([
      'Aaron Blake 🚀',
      'Ångström Berg',
      'Émile Durand',
      'Zoë Ångström-李',
      'أمينة الحسن',
      '李小龍',
    ])
  })

  it('Swedish reader: Å comes after Z', () => {
    expect(names(viewRoster(roster, all, 'sv')).slice(0, 4)).toEqual([
      'Aaron Blake 🚀',
      'Émile Durand',
      'Zoë Ångström-李',
      'Ångström Berg',
    ])
  })
})

describe('roster: search finds names, organizations and tags, ignoring case and accents', () => {
  it.each([
    ['zoe', ['Zoë Ångström-李']],
    ['ANGSTROM', ['Ångström Berg', 'Zoë Ångström-李']],
    ['emile', ['Émile Durand']],
    ['cafe', ['Émile Durand']],
    ['李', ['Zoë Ångström-李', '李小龍']],
    ['香港', ['李小龍']],
    ['أمينة', ['أمينة الحسن']],
    ['career', ['Aaron Blake 🚀', 'Émile Durand']],
    ['growth emile', ['Émile Durand']],
    ['🚀', ['Aaron Blake 🚀']],
    ['nobody', []],
  ])('"%s"', (query, expected) => {
    expect(names(viewRoster(roster, { ...all, query }, 'en'))).toEqual(expected)
  })
})

describe('roster: filters and sorts', () => {
  it('filters by stage and by tag', () => {
    expect(names(viewRoster(roster, { ...all, stages: ['paused', 'alumni'] }, 'en'))).toEqual([
      'Ångström Berg',
      '李小龍',
    ])
    expect(names(viewRoster(roster, { ...all, tag: 'Writing' }, 'en'))).toEqual(['Ångström Berg', 'Émile Durand'])
  })

  it('sorts by last contact, most recent first, never-met last', () => {
    expect(names(viewRoster(roster, { ...all, sort: 'last-contact' }, 'en')).slice(0, 4)).toEqual([
      'Zoë Ångström-李',
      'Émile Durand',
      '李小龍',
      'Aaron Blake 🚀',
    ])
  })

  it('sorts by next check-in, soonest first, no cadence last', () => {
    expect(names(viewRoster(roster, { ...all, sort: 'next-check-in' }, 'en')).slice(0, 3)).toEqual([
      '李小龍',
      'Zoë Ångström-李',
      'Aaron Blake 🚀',
    ])
  })

  it('lists every tag once, in order', () => {
    expect(tagsOf(roster, 'en')).toEqual(['Career growth', 'Distributed systems', 'Writing'])
  })
})

describe('avatar initials', () => {
  it.each([
    ['Zoë Ångström-李', 'ZÅ'],
    ['李小龍', '李'],
    ['émile durand', 'ÉD'],
    ['أمينة الحسن', 'أا'],
    ['👩🏽‍💻 Ada', '👩🏽‍💻A'],
    ['  ', '?'],
  ])('%s gives %s', (name, initials) => {
    expect(initialsOf(name)).toBe(initials)
  })
})
