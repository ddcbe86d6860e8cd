// Calendar events as sessions: which mentor each is with, and the sessions an import writes (pure).
import type { Database, Mentor, Session, SessionFormat } from '../../../shared/model'
import { blankSessionContent, limits } from '../../../shared/model'
import type { CalendarRow } from '../../../shared/requests/calendar-import'
import { emailKey, nameKey } from './duplicates'
import type { CalendarEvent } from './ics-events'
import { assertUntouched, withoutRecordsAbout } from './import-undo'

/** The mentor an event is with: one whose email is among its attendees or organizer, or whose name its title says. */
export function createMentorFinder(mentors: readonly Mentor[]) {
  const byEmail = new Map<string, Mentor>()
  for (const m of mentors) if (m.email && !byEmail.has(emailKey(m.email))) byEmail.set(emailKey(m.email), m)
  // Longer names first: "Grace Hopper Jr" before "Grace Hopper".
  const byName = mentors
    .map((m) => ({ mentor: m, key: nameKey(m.name) }))
    .filter((n) => n.key.includes(' ') || n.key.length >= 4)
    .sort((a, b) => b.key.length - a.key.length)
  return (event: CalendarEvent): { mentor: Mentor; by: 'email' | 'title' } | null => {
    for (const email of event.emails) {
      const mentor = byEmail.get(email)
      if (mentor) return { mentor, by: 'email' }
    }
    const title = ` ${nameKey(event.title)} `
    const named = byName.find((n) => title.includes(` ${n.key} `))
    return named ? { mentor: named.mentor, by: 'title' } : null
  }
}

/** The preview rows of the events: matched, held or planned, and whether this very occurrence is here already. */
export function calendarRows(events: readonly CalendarEvent[], data: Database, now: Date): CalendarRow[] {
  const find = createMentorFinder(data.mentors)
  const imported = new Set(data.sessions.map((s) => s.importKey).filter(Boolean))
  return events.map((event, index) => {
    const found = event.allDay ? null : find(event)
    const alreadyImported = imported.has(event.key)
    return {
      index,
      title: event.title,
      startsAt: event.startsAt,
      timeZone: event.timeZone,
      durationMinutes: event.durationMinutes,
      allDay: event.allDay,
      recurring: event.recurring,
      status: Date.parse(event.startsAt) < now.getTime() ? 'held' : 'planned',
      mentorId: found?.mentor.id ?? null,
      matchedBy: found?.by ?? null,
      alreadyImported,
      proposed: found && !alreadyImported ? 'import' : 'skip',
    }
  })
}

const videoWords = /\b(zoom\.us|meet\.google|teams\.microsoft|webex|whereby|video call|hangouts?)\b/i

/** How the meeting happened, as far as the calendar tells: a call link means video, a place means in person. */
function formatOf(event: CalendarEvent): SessionFormat {
  if (videoWords.test(`${event.location} ${event.description}`) || /^https?:/i.test(event.location)) return 'video'
  return event.location ? 'in-person' : 'video'
}

/** The agenda an event's title and description make. */
function agendaOf(event: CalendarEvent): string {
  const text = [event.title, event.description].filter(Boolean).join('\n\n')
  return text.slice(0, limits.longText).trim()
}

/** Writes one session per event to import (skipping any already here); returns the new data and the new ids. */
export function applyCalendar(
  data: Database,
  picks: ReadonlyArray<{ event: CalendarEvent; mentorId: string }>,
  now: Date,
  newId: () => string,
) {
  const stamp = now.toISOString()
  const present = new Set(data.sessions.map((s) => s.importKey).filter(Boolean))
  const mentors = new Set(data.mentors.map((m) => m.id))
  const sessions: Session[] = []
  for (const { event, mentorId } of picks) {
    if (present.has(event.key) || !mentors.has(mentorId)) continue
    present.add(event.key)
    sessions.push({
      id: newId(),
      ...blankSessionContent,
      mentorId,
      startsAt: event.startsAt,
      timeZone: event.timeZone,
      durationMinutes: Math.min(24 * 60, Math.max(1, event.durationMinutes)),
      format: formatOf(event),
      status: Date.parse(event.startsAt) < now.getTime() ? 'held' : 'planned',
      agenda: agendaOf(event),
      seriesId: null,
      occurrenceKey: null,
      importKey: event.key,
      createdAt: stamp,
      updatedAt: stamp,
    })
  }
  const next = sessions.length === 0 ? data : { ...data, sessions: [...data.sessions, ...sessions] }
  return { data: next, sessions, stamp }
}

/** Takes a calendar import out again, unless the user changed its sessions or added action items to them. */
export function undoCalendar(data: Database, undo: { stamp: string; sessionIds: string[] }) {
  const ids = new Set(undo.sessionIds)
  assertUntouched({
    records: data.sessions.filter((s) => ids.has(s.id)),
    stamp: undo.stamp,
    attached: data.actionItems.filter((a) => a.sessionId !== null && ids.has(a.sessionId)),
  })
  const sessions = data.sessions.filter((s) => !ids.has(s.id))
  const next = withoutRecordsAbout({ ...data, sessions }, ids)
  return { data: next, removed: data.sessions.length - sessions.length }
}
