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

const englishPlurals = new Intl.PluralRules('en')

/**
 * A count and its noun in the form English gives it: "1 session", "3 sessions". `many` is the plural
 * when it is not the noun plus "s"; `grouped` writes the count in the reader's locale ("2,000 contacts").
 */
export function plural(count: number, one: string, options: { many?: string; grouped?: boolean } = {}): string {
  const number = options.grouped ? count.toLocaleString() : String(count)
  const noun = englishPlurals.select(count) === 'one' ? one : (options.many ?? `${one}s`)
  return `${number} ${noun}`
}

/** "a, b and c": words as an English list (no comma before "and"); one word alone; "" for none. */
export function listInWords(words: readonly string[]): string {
  return words.length <= 1 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} and ${words.at(-1)}`
}

/** The first word of a person's name, as a message addresses them: "Zoë" for "Zoë Ångström-李". */
export const firstNameOf = (name: string): string => name.trim().split(/\s+/)[0] ?? name
