// Dates as the user reads them, in their language and time zone. Formatting only: no date arithmetic here.

const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' })
const dateTimeFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' })
const relativeFormat = new Intl.RelativeTimeFormat(undefined, { numeric: 'auto' })

/** A calendar date (YYYY-MM-DD), read as that day wherever the user is. */
export function formatLocalDate(date: string): string {
  const [y, m, d] = date.split('-').map(Number)
  return dateFormat.format(new Date(y ?? 1970, (m ?? 1) - 1, d ?? 1))
}

/** An instant's date in the user's zone. */
export const formatDate = (iso: string): string => dateFormat.format(new Date(iso))

/** An instant's date and time in the user's zone. */
export const formatDateTime = (iso: string): string => dateTimeFormat.format(new Date(iso))

/** "in 3 days", "2 weeks ago", "today": how far `iso` is from `now`, in whole days or larger units. */
export function formatRelativeDay(iso: string, now: Date): string {
  const day = 24 * 60 * 60 * 1000
  const startOf = (d: Date) => new Date(d.getFullYear(), d.getMonth(), d.getDate()).getTime()
  const days = Math.round((startOf(new Date(iso)) - startOf(now)) / day)
  if (Math.abs(days) < 14) return relativeFormat.format(days, 'day')
  if (Math.abs(days) < 60) return relativeFormat.format(Math.round(days / 7), 'week')
  if (Math.abs(days) < 730) return relativeFormat.format(Math.round(days / 30), 'month')
  return relativeFormat.format(Math.round(days / 365), 'year')
}

/** The current time in another zone, e.g. "14:05" for a mentor in Asia/Kolkata. */
export function timeIn(timeZone: string, now: Date): string {
  return new Intl.DateTimeFormat(undefined, { timeZone, hour: '2-digit', minute: '2-digit' }).format(now)
}
