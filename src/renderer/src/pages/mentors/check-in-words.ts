// Check-ins in words: averages, the trend and what to do about it. Plain helpers for the mentor page and dashboard.
import type { CheckInConcern, CheckInDue } from '../../../../shared/requests/check-ins'
import { plural } from '../../../../shared/text'

/** An average rating as people say it: "3.7". */
export const averageText = (average: number) => (Math.round(average * 10) / 10).toFixed(1)

/** What the trend says, in a sentence. */
export const concernText: Record<CheckInConcern, string> = {
  low: 'Your last two check-ins were low.',
  falling: 'Your last three check-ins went down each time.',
}

/** What the mentee could do about a worrying trend. */
export const suggestionText = (name: string) =>
  `Talk about it with ${name} at your next session, adjust what you agreed on, or, if it has run its course, wrap up.`

/** Why a check-in is due, in a phrase. */
export function dueText(due: CheckInDue): string {
  const since = due.lastCheckInAt ? 'since your last check-in' : 'so far'
  if (due.reason === 'sessions') return `${plural(due.heldSince, 'session')} ${since}`
  return due.lastCheckInAt ? 'A while since your last check-in' : 'You have been meeting for a while'
}

/** The query that opens a mentor's check-ins tab with the form open. */
export const checkInFormPath = (mentorId: string) => `/mentors/${mentorId}?tab=check-ins&checkIn=new`
