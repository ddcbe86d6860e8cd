/** Folds text for matching: case and accents ignored, so "zoe" finds "Zoë" and "angstrom" finds "Ångström". */
export function foldForSearch(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLocaleLowerCase()
}

/** True when every word of `query` appears in one of `fields`, case and accents ignored. */
export function matchesQuery(query: string, fields: readonly string[]): boolean {
  const words = foldForSearch(query).split(/\s+/).filter(Boolean)
  if (words.length === 0) return true
  const haystack = fields.map(foldForSearch).join('\n')
  return words.every((word) => haystack.includes(word))
}
