// `sessions:exportIcs`: planned sessions as an iCalendar file, for the user's own calendar.
import ICAL from 'ical.js'
import type { ParsedInput } from '../../../shared/ipc'
import type { Database, Mentor, Session } from '../../../shared/model'
import { sessionFormatLabels } from '../../../shared/model'
import type { CoreContext } from '../context'
import { AppFailure } from '../errors'
import type { HandlerSlice } from '../handlers'
import type { SaveFile } from '../ports'
import { ordinal } from '../../../shared/text'

/** The calendar entry's title for a session. */
export const icsSummary = (mentor: Mentor | undefined) => `Mentoring session${mentor ? ` with ${mentor.name}` : ''}`

/**
 * An iCalendar file with one event per session, each with an alarm per lead time (in minutes).
 * Times are UTC, which every calendar shows in its own zone.
 */
export function buildIcs(
  sessions: readonly Session[],
  mentors: ReadonlyMap<string, Mentor>,
  leadMinutes: (session: Session) => readonly number[],
  now: Date,
): string {
  const calendar = new ICAL.Component(['vcalendar', [], []])
  calendar.updatePropertyWithValue('prodid', '-//Mentor Tracker//Sessions//EN')
  calendar.updatePropertyWithValue('version', '2.0')
  calendar.updatePropertyWithValue('calscale', 'GREGORIAN')
  calendar.updatePropertyWithValue('method', 'PUBLISH')
  for (const session of sessions) {
    const mentor = session.mentorId ? mentors.get(session.mentorId) : undefined
    const component = new ICAL.Component('vevent')
    const event = new ICAL.Event(component)
    const start = new Date(session.startsAt)
    event.uid = `${session.id}@mentor-tracker`
    event.summary = icsSummary(mentor)
    event.startDate = ICAL.Time.fromJSDate(start, true)
    event.endDate = ICAL.Time.fromJSDate(new Date(start.getTime() + session.durationMinutes * 60_000), true)
    event.location = sessionFormatLabels[session.format]
    if (session.agenda.trim()) event.description = session.agenda
    component.updatePropertyWithValue('dtstamp', ICAL.Time.fromJSDate(now, true))
    for (const minutes of leadMinutes(session)) {
      const alarm = new ICAL.Component('valarm')
      alarm.updatePropertyWithValue('action', 'DISPLAY')
      alarm.updatePropertyWithValue('description', event.summary)
      alarm.updatePropertyWithValue('trigger', ICAL.Duration.fromSeconds(-minutes * 60))
      component.addSubcomponent(alarm)
    }
    calendar.addSubcomponent(component)
  }
  return `${calendar.toString()}\r\n`
}

/** Why nothing can be exported: the named sessions are not planned, or no planned session lies ahead. */
function nothingToExport(ids: readonly string[] | undefined): AppFailure {
  const message = !ids
    ? 'There are no upcoming planned sessions to export. Plan a session first; no file was saved.'
    : ids.length === 1
      ? 'This session is not planned, so there is nothing to put in a calendar. Only planned sessions can be exported; no file was saved.'
      : 'None of these sessions is planned, so there is nothing to put in a calendar. Only planned sessions can be exported; no file was saved.'
  return new AppFailure('not-found', message)
}

/**
 * The calendar file of the planned sessions named by `ids` (all upcoming ones when none are named), and how
 * many it holds; refuses when there is none to put in it.
 */
export function icsExportOf(
  data: Database,
  { ids }: ParsedInput<'sessions:exportIcs'>,
  now: Date,
): { file: SaveFile; count: number } {
  const wanted = ids ? new Set(ids) : null
  const sessions = data.sessions
    .filter((s) => s.status === 'planned' && (wanted ? wanted.has(s.id) : s.startsAt >= now.toISOString()))
    .sort((a, b) => ordinal(a.startsAt, b.startsAt))
  // An empty calendar file helps nobody: refuse before the save dialog opens.
  if (sessions.length === 0) throw nothingToExport(ids)
  const mentors = new Map(data.mentors.map((m) => [m.id, m]))
  const defaults = data.settings.reminders.sessionLeadMinutes
  const content = buildIcs(sessions, mentors, (s) => s.reminderLeadMinutes ?? defaults, now)
  const single = sessions.length === 1 ? sessions[0] : undefined
  const suggestedName = single
    ? `mentoring-session-${single.startsAt.slice(0, 10)}.ics`
    : `mentoring-sessions-${now.toISOString().slice(0, 10)}.ics`
  return {
    file: { suggestedName, content, filters: [{ name: 'Calendar', extensions: ['ics'] }] },
    count: sessions.length,
  }
}

/** `sessions:exportIcs` over the store: the calendar file, saved where the user chooses. */
export function icsHandlers({ store, clock, files }: CoreContext) {
  return {
    'sessions:exportIcs': async (input) => {
      const { file, count } = icsExportOf(store.data, input, clock.now())
      const path = await files.save(file)
      return { saved: path !== null, path, count }
    },
  } satisfies Pick<HandlerSlice<'sessions'>, 'sessions:exportIcs'>
}
