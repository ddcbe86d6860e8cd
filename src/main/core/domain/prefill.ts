import type { Database } from '../../../shared/model'
import { firstNameOf, ordinal } from '../../../shared/text'
import { tellLines } from './outcomes'
import { tellSection } from './tell-agenda'

/** A date for an agenda, e.g. "12 Nov 2026". */
export function formatDay(iso: string, zone: string): string {
  return new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeZone: zone }).format(new Date(iso))
}

/**
 * The agenda a new session with a mentor starts from: their open action items, how the done ones went that
 * they have not heard yet, and what did not work last time with its follow-up. Empty when there is nothing.
 */
export function carriedForwardAgenda(
  data: Database,
  mentorId: string,
  day: (iso: string, zone: string) => string,
): string {
  const mentor = data.mentors.find((m) => m.id === mentorId)
  const open = data.actionItems
    .filter((a) => a.mentorId === mentorId && a.doneAt === null)
    .sort((a, b) => ordinal(a.dueOn ?? '9999', b.dueOn ?? '9999'))
  const last = data.sessions
    .filter((s) => s.mentorId === mentorId && s.status === 'held')
    .reduce<(typeof data.sessions)[number] | null>(
      (latest, s) => (!latest || s.startsAt > latest.startsAt ? s : latest),
      null,
    )

  const parts: string[] = []
  if (open.length > 0) {
    const who = (owner: 'me' | 'mentor') => (owner === 'me' ? 'me' : mentor ? firstNameOf(mentor.name) : 'mentor')
    const lines = open.map((a) => `- [ ] ${a.title} (${who(a.owner)}${a.dueOn ? `, due ${a.dueOn}` : ''})`)
    parts.push(`**Open action items**\n\n${lines.join('\n')}`)
  }
  const tell = tellSection(tellLines(data, mentorId))
  if (tell) parts.push(tell)
  if (last && (last.whatDidNot.trim() || last.followUpOn)) {
    const unresolved = [last.whatDidNot.trim(), last.followUpOn ? `Follow up by ${last.followUpOn}.` : '']
      .filter(Boolean)
      .join('\n\n')
    parts.push(`**Still open from ${day(last.startsAt, last.timeZone)}**\n\n${unresolved}`)
  }
  return parts.join('\n\n')
}
