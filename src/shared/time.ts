// Wall-clock time in a zone, and the UTC instants it is stored as. The one place zone arithmetic lives.
import { DateTime } from 'luxon'

/** A local date and time as the user means it: "2027-03-28", "10:00" in Europe/Berlin. */
export interface WallTime {
  date: string
  time: string
}

/**
 * The UTC instant of a wall-clock time in `zone`, or null when that time does not exist there
 * (the hour skipped when clocks go forward). An ambiguous time (clocks go back) takes the first.
 */
export function instantOf({ date, time }: WallTime, zone: string): string | null {
  const local = DateTime.fromISO(`${date}T${time}`, { zone })
  const wall = `${date} ${time}`
  if (!local.isValid || local.toFormat('yyyy-MM-dd HH:mm') !== wall) return null
  // When the clocks go back the hour happens twice; like calendars (RFC 5545), take the first.
  const hourEarlier = local.minus({ hours: 1 })
  return (hourEarlier.toFormat('yyyy-MM-dd HH:mm') === wall ? hourEarlier : local).toUTC().toISO()
}

/** Like `instantOf`, but a time skipped by the clocks going forward moves forward with them (02:30 becomes 03:30). */
export function instantOfShifted({ date, time }: WallTime, zone: string): string {
  const local = DateTime.fromISO(`${date}T${time}`, { zone })
  if (!local.isValid) throw new Error(`Not a date and time: ${date} ${time} in ${zone}`)
  return local.toUTC().toISO() as string
}

/** The wall-clock date and time of an instant in `zone`. */
export function wallTimeOf(iso: string, zone: string): WallTime {
  const local = DateTime.fromISO(iso, { zone: 'utc' }).setZone(zone)
  return { date: local.toFormat('yyyy-MM-dd'), time: local.toFormat('HH:mm') }
}

/** `wallTimeOf` as one sortable key, `2027-03-28T10:00`: names one occurrence of a series. */
export function occurrenceKeyOf(iso: string, zone: string): string {
  const { date, time } = wallTimeOf(iso, zone)
  return `${date}T${time}`
}

/** The calendar date `days` after `date` (YYYY-MM-DD). */
export function addDays(date: string, days: number): string {
  const [y = 1970, m = 1, d = 1] = date.split('-').map(Number)
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10)
}

const partsFormats = new Map<string, Intl.DateTimeFormat>()

/** The zone's offset from UTC at `ms`, in milliseconds, read with one cached formatter per zone. */
function offsetAt(ms: number, zone: string): number {
  let format = partsFormats.get(zone)
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    })
    partsFormats.set(zone, format)
  }
  const p: Record<string, number> = {}
  for (const part of format.formatToParts(ms)) if (part.type !== 'literal') p[part.type] = Number(part.value)
  const asUtc = Date.UTC(p.year ?? 1970, (p.month ?? 1) - 1, p.day ?? 1, p.hour ?? 0, p.minute ?? 0, p.second ?? 0)
  return asUtc - Math.floor(ms / 1000) * 1000
}

/**
 * The instant of a wall-clock time in `zone`, as milliseconds: the fast path for planning many
 * reminders. A time the clocks skip moves forward with them, as `instantOfShifted` does.
 */
export function zonedMillis({ date, time }: WallTime, zone: string): number {
  const [y = 1970, m = 1, d = 1] = date.split('-').map(Number)
  const [hh = 0, mm = 0] = time.split(':').map(Number)
  const wall = Date.UTC(y, m - 1, d, hh, mm)
  const first = wall - offsetAt(wall, zone)
  const second = wall - offsetAt(first, zone)
  return first === second ? first : Math.max(first, second)
}

/** The zone the user's computer is in, read on every call (it can change while the app runs); UTC when the runtime cannot tell. */
export const userTimeZone = (): string => Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC'

/** Today's date in `zone` at `now`. */
export function todayIn(zone: string, now: Date): string {
  return DateTime.fromJSDate(now).setZone(zone).toFormat('yyyy-MM-dd')
}
