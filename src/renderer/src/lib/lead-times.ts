// Reminder lead times (minutes before a planned session) in words, and the ones each picker offers.

/** The lead times Settings offers for every session. */
export const settingsLeadMinutes: readonly number[] = [15, 30, 60, 120, 1440, 2880]

/** The lead times a session's editor offers for that session alone (core takes at most five). */
export const sessionLeadMinutes: readonly number[] = [5, 15, 60, 1440, 10080]

const WEEK = 7 * 24 * 60
const DAY = 24 * 60

/** One lead time in words, in the largest whole unit: "15 minutes", "1 hour", "2 days", "1 week". */
export function leadTimeLabel(minutes: number): string {
  const unit = (n: number, one: string) => `${n} ${one}${n === 1 ? '' : 's'}`
  if (minutes % WEEK === 0) return unit(minutes / WEEK, 'week')
  if (minutes % DAY === 0) return unit(minutes / DAY, 'day')
  if (minutes % 60 === 0) return unit(minutes / 60, 'hour')
  return unit(minutes, 'minute')
}

/** "1 day and 15 minutes": lead times in words, longest first. */
export function leadTimesText(minutes: readonly number[]): string {
  const words = [...minutes].sort((a, b) => b - a).map(leadTimeLabel)
  return words.length <= 1 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} and ${words.at(-1)}`
}
