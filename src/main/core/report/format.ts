// Dates, times and numbers as the reader reads them, each session in its own zone.

/** Formatters for one report, created once per zone and reused for every session. */
export interface Formats {
  /** "Tuesday, 3 March 2026" in `zone`. */
  longDate(iso: string, zone: string): string
  /** "10:00 CET" in `zone`. */
  time(iso: string, zone: string): string
  /** "3 Mar 2026" for a calendar date (YYYY-MM-DD). */
  localDate(date: string): string
  /** "3 Mar 2026" for an instant, in the reader's zone. */
  shortDate(iso: string): string
  /** "3 Mar 2026" for an instant, in `zone` (a session's own). */
  shortDateIn(iso: string, zone: string): string
  /** "1 h 30 min". */
  duration(minutes: number): string
  /** "1,234". */
  number(value: number): string
}

/** Builds the formatters for `locale`, with `readerZone` for dates that belong to no session. */
export function createFormats(locale: string, readerZone: string): Formats {
  const cache = new Map<string, Intl.DateTimeFormat>()
  const formatter = (key: string, make: () => Intl.DateTimeFormat) => {
    let found = cache.get(key)
    if (!found) cache.set(key, (found = make()))
    return found
  }
  const numbers = new Intl.NumberFormat(locale)
  return {
    longDate: (iso, zone) =>
      formatter(`long ${zone}`, () => new Intl.DateTimeFormat(locale, { dateStyle: 'full', timeZone: zone })).format(
        new Date(iso),
      ),
    time: (iso, zone) =>
      formatter(
        `time ${zone}`,
        () =>
          new Intl.DateTimeFormat(locale, {
            hour: 'numeric',
            minute: '2-digit',
            timeZone: zone,
            timeZoneName: 'short',
          }),
      ).format(new Date(iso)),
    localDate: (date) =>
      formatter('local', () => new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' })).format(
        new Date(`${date}T00:00:00Z`),
      ),
    shortDate: (iso) =>
      formatter('short', () => new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: readerZone })).format(
        new Date(iso),
      ),
    shortDateIn: (iso, zone) =>
      formatter(`short ${zone}`, () => new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: zone })).format(
        new Date(iso),
      ),
    duration: (minutes) => {
      const hours = Math.floor(minutes / 60)
      const rest = minutes % 60
      if (hours === 0) return `${rest} min`
      return rest === 0 ? `${hours} h` : `${hours} h ${rest} min`
    },
    number: (value) => numbers.format(value),
  }
}
