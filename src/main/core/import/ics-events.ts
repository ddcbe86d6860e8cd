// Reads an .ics export (Google Calendar, Outlook, Apple Calendar) with ical.js into event occurrences over a
// period: recurring events expanded (RRULE, RDATE, EXDATE, moved occurrences), each at its own local time.
import { createHash } from 'node:crypto'
import ICAL from 'ical.js'
import type { ImportPeriod } from '../../../shared/requests/calendar-import'
import { addDays, instantOfShifted } from '../../../shared/time'
import { instantIn, wallOf, zoneOfTime } from './ics-zones'
import type { SkippedRaw } from './raw-contact'
import { unfoldLines } from './vcard-lines'

type Event = InstanceType<typeof ICAL.Event>
type Time = InstanceType<typeof ICAL.Time>
type Timezone = InstanceType<typeof ICAL.Timezone>

/** One occurrence of an event, as it would become a session. */
export interface CalendarEvent {
  /** UID and occurrence: the same event read again has the same key. */
  key: string
  title: string
  description: string
  location: string
  startsAt: string
  timeZone: string
  durationMinutes: number
  allDay: boolean
  recurring: boolean
  /** The attendees' and organizer's addresses, lower case. */
  emails: string[]
}

/** How far a recurring event is followed before it is given up as repeating too often. */
const MAX_STEPS = 20_000

/** Cuts `BEGIN:NAME … END:NAME` blocks out of the unfolded lines, nested components and all. */
function blocks(lines: string[], name: string): string[] {
  const found: string[] = []
  let current: string[] | null = null
  let depth = 0
  for (const line of lines) {
    const begin = /^BEGIN:(.+)$/i.exec(line.trim())?.[1]?.toUpperCase()
    const end = /^END:(.+)$/i.exec(line.trim())?.[1]?.toUpperCase()
    if (!current && begin === name) {
      current = [line]
      depth = 1
      continue
    }
    if (!current) continue
    current.push(line)
    if (begin) depth++
    if (end) depth--
    if (depth === 0) {
      found.push(current.join('\r\n'))
      current = null
    }
  }
  return found
}

/** Parses one block inside a calendar of its own, so one broken event spoils only itself. */
function parseBlock(block: string, name: string) {
  const parsed: unknown = ICAL.parse(`BEGIN:VCALENDAR\r\nVERSION:2.0\r\n${block}\r\nEND:VCALENDAR`)
  const calendar = new ICAL.Component(parsed as ConstructorParameters<typeof ICAL.Component>[0])
  const component = calendar.getFirstSubcomponent(name)
  if (!component) throw new Error(`no ${name}`)
  return component
}

const digest = (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 32)
const mailOf = (value: unknown) =>
  typeof value === 'string'
    ? value
        .replace(/^mailto:/i, '')
        .trim()
        .toLowerCase()
    : ''

/** Reads the events of a calendar file that fall in `period` (the user's days), with what was skipped and why. */
export function readCalendar(text: string, period: ImportPeriod, userZone: string) {
  const lines = unfoldLines(text)
  const skipped: SkippedRaw[] = []
  const vtimezones = new Map<string, Timezone>()
  for (const block of blocks(lines, 'VTIMEZONE')) {
    try {
      const zone = new ICAL.Timezone(parseBlock(block, 'vtimezone'))
      if (zone.tzid) vtimezones.set(zone.tzid, zone)
    } catch {
      // A broken time zone definition leaves its events to their TZID's name.
    }
  }
  const byUid = new Map<string, Event[]>()
  blocks(lines, 'VEVENT').forEach((block, i) => {
    try {
      const event = new ICAL.Event(parseBlock(block, 'vevent'))
      const uid = event.uid || `event-${i + 1}`
      byUid.set(uid, [...(byUid.get(uid) ?? []), event])
    } catch (error) {
      const detail = error instanceof Error ? error.message.replace(/\s+/g, ' ').slice(0, 100) : ''
      skipped.push({ where: `Event ${i + 1}`, reason: `This event could not be read (${detail}).` })
    }
  })

  const from = Date.parse(instantOfShifted({ date: period.from, time: '00:00' }, userZone))
  const to = Date.parse(instantOfShifted({ date: addDays(period.to, 1), time: '00:00' }, userZone))
  const events: CalendarEvent[] = []

  /** Adds one occurrence; `id` names it within its event (the original start of a repeat, which a move keeps). */
  const occurrence = (
    into: CalendarEvent[],
    master: Event,
    uid: string,
    id: Time,
    start: Time,
    item: Event,
    end: Time,
    recurring: boolean,
  ) => {
    const title = (item.summary ?? '').trim() || 'Untitled event'
    const allDay = start.isDate
    const placed = allDay
      ? { startsAt: instantOfShifted({ date: wallOf(start).date, time: '09:00' }, userZone), timeZone: userZone }
      : instantIn(start, zoneOfTime(item === master ? master.startDate : start, vtimezones), userZone)
    const at = Date.parse(placed.startsAt)
    if (at < from || at >= to) return
    const minutes = allDay ? 60 : Math.round(end.subtractDate(start).toSeconds() / 60)
    if (minutes > 24 * 60) {
      skipped.push({ where: `${title}, ${wallOf(start).date}`, reason: 'This event lasts longer than a day.' })
      return
    }
    const attendees = item.attendees.map((a) => mailOf(a.getFirstValue()))
    const organizer = mailOf(item.component.getFirstPropertyValue('organizer'))
    into.push({
      key: `ics:${digest(uid)}:${id.toString()}`,
      title,
      description: (item.description ?? '').trim(),
      location: (item.location ?? '').trim(),
      startsAt: new Date(at).toISOString(),
      timeZone: placed.timeZone,
      durationMinutes: minutes > 0 ? minutes : 60,
      allDay,
      recurring,
      emails: [...new Set([...attendees, organizer].filter(Boolean))],
    })
  }

  for (const [uid, group] of byUid) {
    // ical.js reads values when they are first asked for, so a damaged one throws only now: the event is skipped whole.
    const found: CalendarEvent[] = []
    try {
      expand(uid, group, to, (...args) => occurrence(found, ...args))
      events.push(...found)
    } catch (error) {
      const detail = error instanceof Error ? error.message.replace(/\s+/g, ' ').slice(0, 100) : ''
      const reason =
        error instanceof RepeatsTooOften
          ? 'This event repeats too often to bring in.'
          : `This event could not be read (${detail}).`
      skipped.push({ where: group[0]?.summary || uid, reason })
    }
  }
  events.sort((a, b) => (a.startsAt < b.startsAt ? -1 : a.startsAt > b.startsAt ? 1 : 0))
  return { events, skipped }
}

/** Thrown when a rule would make more occurrences than anyone meets (FREQ=SECONDLY): the event is skipped whole. */
class RepeatsTooOften extends Error {}

type Emit = (master: Event, uid: string, id: Time, start: Time, item: Event, end: Time, recurring: boolean) => void

const isCancelled = (event: Event) =>
  String(event.component.getFirstPropertyValue('status') ?? '').toUpperCase() === 'CANCELLED'

/** Every occurrence of one event (the components sharing its UID), in order, up to `until` (ms). */
function expand(uid: string, group: Event[], until: number, emit: Emit): void {
  const master = group.find((e) => !e.isRecurrenceException())
  const exceptions = group.filter((e) => e !== master)
  if (!master) {
    // Moved occurrences whose series is not in the file stand on their own.
    for (const e of exceptions) emit(e, uid, e.recurrenceId ?? e.startDate, e.startDate, e, e.endDate, false)
    return
  }
  if (isCancelled(master)) return
  for (const e of exceptions) master.relateException(e)
  if (!master.isRecurring()) {
    emit(master, uid, master.startDate, master.startDate, master, master.endDate, false)
    return
  }
  const iterator = master.iterator()
  let steps = 0
  for (let next = iterator.next(); next; next = iterator.next()) {
    if (++steps > MAX_STEPS) throw new RepeatsTooOften()
    const details = master.getOccurrenceDetails(next)
    if (!isCancelled(details.item)) emit(master, uid, next, details.startDate, details.item, details.endDate, true)
    // Past the period's end (with a day's slack for zones), later occurrences cannot fall in it.
    if (next.toJSDate().getTime() > until + 86_400_000) return
  }
}
