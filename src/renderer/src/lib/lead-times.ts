// Reminder lead times (minutes before a planned session) in words, and the ones each picker offers.
import { listInWords, plural } from '../../../shared/text'

/** The lead times Settings offers for every session. */
export const settingsLeadMinutes: readonly number[] = [15, 30, 60, 120, 1440, 2880]

/** The lead times a session's editor offers for that session alone (core takes at most five). */
export const sessionLeadMinutes: readonly number[] = [5, 15, 60, 1440, 10080]

const WEEK = 7 * 24 * 60
const DAY = 24 * 60

/** One lead time in words, in the largest whole unit: "15 minutes", "1 hour", "2 days", "1 week". */
export function leadTimeLabel(minutes: number): string {
  if (minutes % WEEK === 0) return plural(minutes / WEEK, 'week')
  if (minutes % DAY === 0) return plural(minutes / DAY, 'day')
  if (minutes % 60 === 0) return plural(minutes / 60, 'hour')
  return plural(minutes, 'minute')
}

/** "1 day and 15 minutes": lead times in words, longest first. */
export function leadTimesText(minutes: readonly number[]): string {
  const words = [...minutes].sort((a, b) => b - a).map(leadTimeLabel)
  return listInWords(words)
}
