// The action items page's rules, kept pure: today's date is an argument, never read here.
import type { ActionItem } from '../../../../shared/model'
import { addDays } from '../../../../shared/time'

/** Who promised an item: me, or the mentor. */
export type ActionOwner = ActionItem['owner']

/** Where an item stands against today: decides what its row says about the due date. */
export type DueState = 'done' | 'overdue' | 'today' | 'upcoming' | 'undated'

/** The mentor filter's value for items whose mentor is gone (deleted, or never set). */
export const unknownMentor = 'unknown'

/** What the list is narrowed to: one mentor (or `unknownMentor`), and whether done items show. */
export interface ActionFilter {
  mentorId: string | null
  showDone: boolean
}

/** One owner's items, in the order they show, with the numbers its heading needs. */
export interface ActionGroup {
  owner: ActionOwner
  items: ActionItem[]
  open: number
  overdue: number
  done: number
}

const pad = (n: number) => String(n).padStart(2, '0')

/** The calendar date (YYYY-MM-DD) of `now` in the zone it is read in: the user's. */
export function localDateOf(now: Date): string {
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`
}

const utcDay = (date: string) => {
  const [y, m, d] = date.split('-').map(Number)
  return Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1)
}

/** Whole days from `from` to `to`, both calendar dates. */
export const daysBetween = (from: string, to: string): number => Math.round((utcDay(to) - utcDay(from)) / 86_400_000)

/** Where `item` stands on `today` (a calendar date): done, overdue, due today, upcoming or undated. */
export function dueStateOf(item: Pick<ActionItem, 'dueOn' | 'doneAt'>, today: string): DueState {
  if (item.doneAt) return 'done'
  if (!item.dueOn) return 'undated'
  if (item.dueOn < today) return 'overdue'
  return item.dueOn === today ? 'today' : 'upcoming'
}

/** Open items first, by due date (undated last, ties oldest first); then done ones, latest done first. */
export function compareActionItems(a: ActionItem, b: ActionItem): number {
  if (a.doneAt || b.doneAt) {
    if (!a.doneAt) return -1
    if (!b.doneAt) return 1
    return b.doneAt.localeCompare(a.doneAt)
  }
  return (
    (a.dueOn ?? '9999-12-31').localeCompare(b.dueOn ?? '9999-12-31') ||
    a.createdAt.localeCompare(b.createdAt) ||
    a.id.localeCompare(b.id)
  )
}

/** True when the item's mentor is one the roster knows; false for a deleted (or never chosen) mentor. */
export const hasKnownMentor = (item: ActionItem, knownMentorIds: ReadonlySet<string>): boolean =>
  item.mentorId !== null && knownMentorIds.has(item.mentorId)

/** True when `item` passes the mentor filter. */
function matchesMentor(item: ActionItem, mentorId: string | null, knownMentorIds: ReadonlySet<string>): boolean {
  if (mentorId === null) return true
  if (mentorId === unknownMentor) return !hasKnownMentor(item, knownMentorIds)
  return item.mentorId === mentorId
}

/** Open and overdue items on `today`. */
export function countOpen(items: readonly ActionItem[], today: string): { open: number; overdue: number } {
  const open = items.filter((item) => !item.doneAt)
  return { open: open.length, overdue: open.filter((item) => dueStateOf(item, today) === 'overdue').length }
}

/** The two groups the page shows, mine first: filtered by mentor, done ones only when asked, each sorted. */
export function groupActionItems(
  items: readonly ActionItem[],
  filter: ActionFilter,
  today: string,
  knownMentorIds: ReadonlySet<string> = new Set(),
): ActionGroup[] {
  const owners: ActionOwner[] = ['me', 'mentor']
  const matching = items.filter((item) => matchesMentor(item, filter.mentorId, knownMentorIds))
  return owners.map((owner) => {
    const mine = matching.filter((item) => item.owner === owner)
    const { open, overdue } = countOpen(mine, today)
    return {
      owner,
      items: mine.filter((item) => filter.showDone || !item.doneAt).sort(compareActionItems),
      open,
      overdue,
      done: mine.length - open,
    }
  })
}

/** The dates the reschedule menu offers: tomorrow, and a week from today. */
export function rescheduleDates(today: string): { tomorrow: string; nextWeek: string } {
  return { tomorrow: addDays(today, 1), nextWeek: addDays(today, 7) }
}
