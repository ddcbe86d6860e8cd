import { userTimeZone } from '../../../shared/time'

let cached: { own: string; options: string[] } | null = null

/** Every IANA zone the runtime knows, with the user's own first; `UTC` is included though Intl's list leaves it out. */
export function timeZoneOptions(): string[] {
  const own = userTimeZone()
  // Built once per zone the computer is in: the list is long, and the pickers ask on every render.
  if (cached?.own !== own) cached = { own, options: [...new Set([own, 'UTC', ...Intl.supportedValuesOf('timeZone')])] }
  return cached.options
}
