/** Folds text for matching: case and accents ignored, so "zoe" finds "Zoë" and "angstrom" finds "Ångström". */
export function foldForSearch(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLocaleLowerCase()
}

/** True when every word of `query` starts a word of, or appears in, one of `fields`. */
export function matchesQuery(query: string, fields: readonly string[]): boolean {
  const words = foldForSearch(query).split(/\s+/).filter(Boolean)
  if (words.length === 0) return true
  const haystack = fields.map(foldForSearch).join('\n')
  return words.every((word) => haystack.includes(word))
}

/** A name comparer for the user's language: Émile under E, 李 after Latin names in English, by pinyin in Chinese. */
export function nameCollator(locale?: string): Intl.Collator {
  return new Intl.Collator(locale, { sensitivity: 'base', numeric: true, ignorePunctuation: true })
}
