const ascii = /^[\x20-\x7e]*$/

/** Folds text for matching: case and accents ignored, so "zoe" finds "Zoë" and "angstrom" finds "Ångström". */
export function foldForSearch(text: string): string {
  // Plain ASCII has no accents to strip: the common case, done without Unicode normalization.
  if (ascii.test(text)) return text.toLowerCase()
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLocaleLowerCase()
}

/** True when every word of `query` appears in one of `fields`, case and accents ignored. */
export function matchesQuery(query: string, fields: readonly string[]): boolean {
  const words = foldForSearch(query).split(/\s+/).filter(Boolean)
  if (words.length === 0) return true
  const haystack = fields.map(foldForSearch).join('\n')
  return words.every((word) => haystack.includes(word))
}

/**
 * Orders strings by code unit: right for ISO dates and timestamps, and much faster than
 * `localeCompare`, whose language rules are for text a person reads.
 */
export function ordinal(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}
