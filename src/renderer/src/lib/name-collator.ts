/** A name comparer for the user's language: Émile under E, 李 after Latin names in English, by pinyin in Chinese. */
export function nameCollator(locale?: string): Intl.Collator {
  return new Intl.Collator(locale, { sensitivity: 'base', numeric: true, ignorePunctuation: true })
}
