import type { MentorStage } from '../../../../shared/model'
import type { RosterEntry } from '../../../../shared/requests/mentors'
import { matchesQuery } from '../../../../shared/text'
import { nameCollator } from '../../lib/name-collator'

export const rosterSorts = ['name', 'last-contact', 'next-check-in'] as const
export type RosterSort = (typeof rosterSorts)[number]

export const rosterSortLabels: Record<RosterSort, string> = {
  name: 'Name',
  'last-contact': 'Last contact',
  'next-check-in': 'Next check-in',
}

export interface RosterFilter {
  query: string
  stages: MentorStage[]
  tag: string | null
  sort: RosterSort
}

/** Orders two optional instants: `direction` 1 is earliest first, -1 latest first; missing ones last. */
const byInstant = (a: string | null, b: string | null, direction: 1 | -1) =>
  a === b ? 0 : a === null ? 1 : b === null ? -1 : a < b ? -direction : direction

/** The roster rows to show: matching the search and filters, in the chosen order (ties by name). */
export function viewRoster(entries: readonly RosterEntry[], filter: RosterFilter, locale?: string): RosterEntry[] {
  const collator = nameCollator(locale)
  const byName = (a: RosterEntry, b: RosterEntry) => collator.compare(a.mentor.name, b.mentor.name)
  const compare: Record<RosterSort, (a: RosterEntry, b: RosterEntry) => number> = {
    name: byName,
    'last-contact': (a, b) => byInstant(a.lastSessionAt, b.lastSessionAt, -1) || byName(a, b),
    'next-check-in': (a, b) => byInstant(a.nextCheckInAt, b.nextCheckInAt, 1) || byName(a, b),
  }
  return entries
    .filter(({ mentor }) => {
      if (filter.stages.length > 0 && !filter.stages.includes(mentor.stage)) return false
      if (filter.tag && !mentor.expertise.includes(filter.tag)) return false
      return matchesQuery(filter.query, [mentor.name, mentor.organization, mentor.role, ...mentor.expertise])
    })
    .sort(compare[filter.sort])
}

/** Every expertise tag on the roster, in the reader's order. */
export function tagsOf(entries: readonly RosterEntry[], locale?: string): string[] {
  const tags = new Set(entries.flatMap((e) => e.mentor.expertise))
  return [...tags].sort(nameCollator(locale).compare)
}
