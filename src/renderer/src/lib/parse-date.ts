import dayjs from 'dayjs'
import customParseFormat from 'dayjs/plugin/customParseFormat'

dayjs.extend(customParseFormat)

/** The ways people type a date, tried in order; the first is how date fields show one. */
export const typedDateFormats = [
  'D MMM YYYY',
  'D MMMM YYYY',
  'YYYY-MM-DD',
  'MMM D, YYYY',
  'MMMM D, YYYY',
  'D.M.YYYY',
  'D/M/YYYY',
]

/** A typed date as YYYY-MM-DD, or null when it is not one of the accepted forms. */
export function parseTypedDate(input: string): string | null {
  const text = input.trim()
  if (!text) return null
  for (const format of typedDateFormats) {
    const parsed = dayjs(text, format, 'en', true)
    if (parsed.isValid()) return parsed.format('YYYY-MM-DD')
  }
  return null
}
