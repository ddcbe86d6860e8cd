// What a reminder before a session recalls: the last takeaway with the mentor and what is still open.
import { plural } from '../../../shared/text'

/** The first line of a text that is not a bold heading, without its list or checkbox mark, cut near `max` characters. */
export function firstLineOf(text: string, max = 90): string {
  const line =
    text
      .split('\n')
      .find((l) => l.trim() && !l.startsWith('**'))
      ?.replace(/^\s*(?:[-*+]\s+)?(?:\[[ xX]\]\s*)?/, '')
      .trim() ?? ''
  if (line.length <= max) return line
  const cut = line.slice(0, max)
  const space = cut.lastIndexOf(' ')
  return `${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()}…`
}

/** What to have in mind before a session with a mentor: last time's takeaway and what is still open. */
export function preparation(takeaways: string, open: number): string {
  const last = firstLineOf(takeaways)
  return [last && `Last time: ${last}`, open > 0 && plural(open, 'open action item')].filter(Boolean).join(' · ')
}
