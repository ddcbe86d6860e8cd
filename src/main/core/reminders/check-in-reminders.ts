// "How is your mentorship with Zoë going?": a reminder when a check-in falls due. Pure; plan.ts adds these to the
// other candidates. The schedule is worked out once per change of what it depends on, not on every plan.
import type { Database } from '../../../shared/model'
import { firstNameOf, plural } from '../../../shared/text'
import type { CheckInSchedule } from '../domain/check-in-status'
import { checkInSchedules } from '../domain/check-in-status'
import type { Candidate } from './candidates'
import { checkInKey } from './keys'

/** The query string that opens the mentor page's check-in form. */
export const CHECK_IN_FORM = 'tab=check-ins&checkIn=new'

function candidateOf(s: CheckInSchedule): Candidate {
  const name = firstNameOf(s.mentor.name)
  const because =
    s.reason === 'sessions'
      ? `${plural(s.heldSince, 'session')} with ${name} since ${s.lastCheckInAt ? 'your last check-in' : 'you started'}.`
      : s.lastCheckInAt
        ? `It has been a while since your last check-in with ${name}.`
        : `You have been meeting ${name} for a while.`
  return {
    key: checkInKey(s.mentor.id, s.countsFrom),
    kind: 'check-in',
    title: `How is your mentorship with ${name} going?`,
    body: `${because} Three quick ratings and a note, only for you.`,
    dueAt: s.dueAt,
    since: Date.parse(s.countsFrom),
    expiresAt: null,
    urgent: false,
    target: `/mentors/${s.mentor.id}?${CHECK_IN_FORM}`,
    actionItemId: null,
  }
}

/** The last answer, and the parts of the data it was made from: re-planning after other changes reuses it. */
let memo: { from: unknown[]; made: Candidate[] } | null = null

/** One reminder per active mentor with held sessions, due when their next check-in is. */
export function checkInCandidates(data: Database): Candidate[] {
  const from = [data.mentors, data.sessions, data.checkIns, data.settings.checkIns]
  if (memo && memo.from.every((part, i) => part === from[i])) return memo.made
  const made = checkInSchedules(data).map(candidateOf)
  memo = { from, made }
  return made
}

/** The time a check-in reminder for `mentorId` counts from now; a key with another no longer comes back. */
export function checkInCountsFrom(data: Database, mentorId: string): string | null {
  return checkInSchedules(data, mentorId)[0]?.countsFrom ?? null
}
