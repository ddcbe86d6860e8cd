let cached: string[] | null = null

/** Every IANA zone the runtime knows, with the user's own first; `UTC` is included though Intl's list leaves it out. */
export function timeZoneOptions(): string[] {
  if (cached) return cached
  const own = Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC'
  cached = [...new Set([own, 'UTC', ...Intl.supportedValuesOf('timeZone')])]
  return cached
}
