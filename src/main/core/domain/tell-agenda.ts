// The "How it went" part of a session's agenda: one "- Tell Zoë: the RFC passed review" line per outcome the
// mentor has not heard yet. A new agenda starts with them (prefill); an outcome said, changed or taken back while
// a session is already planned changes its line in that session's agenda, and nothing else the user wrote.
import { firstNameOf } from '../../../shared/text'

/** The heading the lines go under. */
export const tellHeading = '**How it went**'

/** "Tell Zoë: the RFC passed review". */
export const tellLine = (mentorName: string, text: string): string => `Tell ${firstNameOf(mentorName)}: ${text}`

/** The "How it went" section for a new agenda, or '' when there is nothing to tell. */
export const tellSection = (lines: readonly string[]): string =>
  lines.length === 0 ? '' : `${tellHeading}\n\n${lines.map((line) => `- ${line}`).join('\n')}`

const isItem = (line: string, text: string) => line.trim() === `- ${text}`
const isBlank = (line: string) => line.trim() === ''

/** Index of the line after the heading's list (where a new line goes), or -1 without the heading. */
function endOfSection(lines: readonly string[]): number {
  const heading = lines.findIndex((line) => line.trim() === tellHeading)
  if (heading < 0) return -1
  let end = heading + 1
  for (let i = heading + 1; i < lines.length; i++) {
    const line = lines[i] as string
    if (line.trimStart().startsWith('- ')) end = i + 1
    else if (!isBlank(line)) break
  }
  return end
}

/** Removes the heading when no line is left under it, with the blank lines around it. */
function dropEmptySection(lines: string[]): string[] {
  const heading = lines.findIndex((line) => line.trim() === tellHeading)
  if (heading < 0) return lines
  let next = heading + 1
  while (next < lines.length && isBlank(lines[next] as string)) next++
  if (next < lines.length && (lines[next] as string).trimStart().startsWith('- ')) return lines
  let start = heading
  while (start > 0 && isBlank(lines[start - 1] as string)) start--
  // Keep one blank line between what was before and what comes after.
  const kept = [...lines.slice(0, start), ...lines.slice(next)]
  if (start > 0 && next < lines.length) kept.splice(start, 0, '')
  return kept
}

/**
 * The agenda with the line `from` changed to `to`: added under the heading (made at the end if missing) when
 * `from` is null or not found, removed when `to` is null. The same string when there is nothing to do.
 */
export function withTellLine(agenda: string, from: string | null, to: string | null): string {
  if (from === to) return agenda
  let lines = agenda === '' ? [] : agenda.split('\n')
  const at = from === null ? -1 : lines.findIndex((line) => isItem(line, from))
  const present = to !== null && lines.some((line) => isItem(line, to))
  if (at >= 0) {
    if (to === null || present) {
      lines.splice(at, 1)
      lines = dropEmptySection(lines)
    } else {
      lines[at] = `- ${to}`
    }
    return lines.join('\n')
  }
  if (to === null || present) return agenda
  const end = endOfSection(lines)
  if (end >= 0) {
    lines.splice(end, 0, `- ${to}`)
    return lines.join('\n')
  }
  const body = agenda.replace(/\s+$/, '')
  return body === '' ? tellSection([to]) : `${body}\n\n${tellSection([to])}`
}
