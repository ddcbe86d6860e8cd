import { foldForSearch } from '../../../shared/text'

// Han, Hiragana, Katakana and Hangul are written without spaces: each character is a term of its own.
const cjk = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u
const separators = /[\s\p{P}\p{S}]+/u

/** Splits text into terms: words at spaces and punctuation, and CJK text character by character. */
export function tokenize(text: string): string[] {
  const terms: string[] = []
  for (const word of text.split(separators)) {
    if (!word) continue
    if (!cjk.test(word)) {
      terms.push(word)
      continue
    }
    let run = ''
    for (const char of word) {
      if (cjk.test(char)) {
        if (run) terms.push(run)
        run = ''
        terms.push(char)
      } else run += char
    }
    if (run) terms.push(run)
  }
  return terms
}

/** A term as it is indexed and looked up: case and accents folded, so "zoe" finds "Zoë". */
export const processTerm = (term: string): string | null => {
  const folded = foldForSearch(term)
  return folded.length > 0 ? folded : null
}

/**
 * Where the query's words occur in `text`, as [start, end) ranges of `text` itself, matching
 * whole words, word starts and (for typo matches) the matched index terms, case and accents aside.
 */
export function highlightRanges(text: string, terms: readonly string[]): Array<[number, number]> {
  // Fold character by character so positions in the folded text map back to the original.
  let folded = ''
  const origin: number[] = []
  let index = 0
  for (const char of text) {
    const f = foldForSearch(char)
    for (let i = 0; i < f.length; i++) origin.push(index)
    folded += f
    index += char.length
  }
  origin.push(text.length)
  const ranges: Array<[number, number]> = []
  for (const term of new Set(terms.filter(Boolean))) {
    let at = folded.indexOf(term)
    while (at !== -1) {
      const startsWord = at === 0 || separators.test(folded[at - 1] ?? ' ') || cjk.test(term)
      if (startsWord) ranges.push([origin[at] ?? 0, origin[at + term.length] ?? text.length])
      at = folded.indexOf(term, at + term.length)
    }
  }
  ranges.sort((a, b) => a[0] - b[0])
  const merged: Array<[number, number]> = []
  for (const range of ranges) {
    const last = merged[merged.length - 1]
    if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1])
    else merged.push([range[0], range[1]])
  }
  return merged
}
