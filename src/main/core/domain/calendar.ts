// `calendar:*`: past and planned meetings from an .ics file, previewed first, undone in one step.
// The reader and the matching are in import/; here are the slice's rules, then its registration.
import type { ChannelOutput, ParsedInput } from '../../../shared/ipc'
import type { ActionItem, Database, Session } from '../../../shared/model'
import type { CalendarPreview, CalendarRow, ImportPeriod } from '../../../shared/requests/calendar-import'
import { MAX_IMPORT_ROWS } from '../../../shared/requests/contacts-import'
import { addDays, todayIn } from '../../../shared/time'
import type { CoreContext } from '../context'
import { AppFailure } from '../errors'
import type { HandlerSlice } from '../handlers'
import { applyCalendar, calendarRows, undoCalendar } from '../import/calendar-import'
import type { CalendarEvent } from '../import/ics-events'
import { readCalendar } from '../import/ics-events'
import type { ImportFile } from '../import/import-file'
import { readImportFile, refuse } from '../import/import-file'
import { importExpired, stalePreview } from '../import/import-undo'
import type { Outcome, RuleEnv, Undoable } from '../rules'
import { undoable } from '../rules'
import { isUntold, tellOutcomes } from './outcomes'

const expected = 'an iCalendar (.ics) file, as Google Calendar, Outlook or Apple Calendar export it'

/** The last 12 months and the next 3, in the user's days. */
export function defaultPeriod(now: Date, zone: string): ImportPeriod {
  const today = todayIn(zone, now)
  const [y = 1970, m = 1, d = 1] = today.split('-').map(Number)
  const shift = (months: number) => {
    const date = new Date(Date.UTC(y, m - 1 + months, 1))
    const last = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 0)).getUTCDate()
    return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), Math.min(d, last))).toISOString().slice(0, 10)
  }
  return { from: addDays(shift(-12), 1), to: shift(3) }
}

/** A calendar file read for one period: what the preview shows and the import writes. */
export interface CalendarPreviewState {
  id: string
  file: ImportFile
  period: ImportPeriod
  events: CalendarEvent[]
  skipped: CalendarPreview['skipped']
}

/** What undoing a calendar import takes out. */
interface CalendarUndo {
  stamp: string
  sessionIds: string[]
}

/** Reads the events of `file` in `period`; refuses what is not a calendar, or too many events. */
export function readCalendarFile(
  file: ImportFile,
  period: ImportPeriod,
  zone: string,
  id: string,
): CalendarPreviewState {
  if (!/^\s*BEGIN:VCALENDAR/i.test(file.text.replace(/^\uFEFF/, ''))) {
    const contacts = /^\s*BEGIN:VCARD/i.test(file.text) ? ' It holds contacts: use Import contacts for it.' : ''
    throw refuse(`${file.name} is not a calendar.${contacts} Expected ${expected}.`)
  }
  const { events, skipped } = readCalendar(file.text, period, zone)
  if (events.length > MAX_IMPORT_ROWS) {
    throw refuse(
      `${file.name} has more than ${MAX_IMPORT_ROWS.toLocaleString('en')} events in this period. Choose a shorter period.`,
    )
  }
  return { id, file, period, events, skipped: skipped.map((s) => ({ file: file.name, ...s })) }
}

/** Each event to import with its mentor, from what was proposed and what the user chose; refuses a choice that does not fit. */
export function calendarPicks(
  state: CalendarPreviewState,
  rows: readonly CalendarRow[],
  choices: ParsedInput<'calendar:import'>['choices'],
  data: Database,
) {
  const picked = new Map(rows.map((r) => [r.index, r.proposed === 'import' ? r.mentorId : null]))
  for (const choice of choices ?? []) {
    const row = rows[choice.index]
    if (!row) throw new AppFailure('invalid-input', 'That event is not in the preview. Nothing was changed.')
    const mentorId = choice.action === 'skip' ? null : (choice.mentorId ?? row.mentorId)
    if (choice.action === 'import' && !mentorId) {
      throw new AppFailure('invalid-input', `Choose a mentor for “${row.title}” first. Nothing was changed.`)
    }
    if (mentorId && !data.mentors.some((m) => m.id === mentorId)) {
      throw new AppFailure('not-found', 'That mentor no longer exists. Nothing was changed.')
    }
    picked.set(choice.index, mentorId)
  }
  return state.events.flatMap((event, i) => {
    const mentorId = picked.get(i)
    return mentorId ? [{ event, mentorId }] : []
  })
}

/**
 * The action items once imported held sessions told their mentors what they had to hear (earliest session
 * first, as when they are entered by hand); only the mentors with something untold are looked at.
 */
function tellInImported(items: ActionItem[], sessions: readonly Session[], now: Date): ActionItem[] {
  const waiting = new Set(items.filter(isUntold).map((a) => a.mentorId))
  return sessions
    .filter((s) => s.status === 'held' && waiting.has(s.mentorId))
    .sort((a, b) => Date.parse(a.startsAt) - Date.parse(b.startsAt))
    .reduce((told, session) => tellOutcomes(told, null, session, now), items)
}

/** Writes a session per picked event (held if past, planned if ahead); keeps what undoing it needs. */
export function importCalendar(
  data: Database,
  { picks, rows }: { picks: ReturnType<typeof calendarPicks>; rows: number },
  { now, newId }: RuleEnv,
): Undoable<ChannelOutput<'calendar:import'>, CalendarUndo> {
  const applied = applyCalendar(data, picks, now, newId)
  const held = applied.sessions.filter((s) => s.status === 'held').length
  const actionItems = tellInImported(applied.data.actionItems, applied.sessions, now)
  return {
    data: actionItems === applied.data.actionItems ? applied.data : { ...applied.data, actionItems },
    value: {
      importId: newId(),
      held,
      planned: applied.sessions.length - held,
      skipped: rows - applied.sessions.length,
    },
    changed: actionItems === applied.data.actionItems ? ['sessions'] : ['sessions', 'actionItems'],
    kept: { stamp: applied.stamp, sessionIds: applied.sessions.map((s) => s.id) },
  }
}

/** Takes a calendar import out again, and with it the telling its held sessions did. */
export function undoCalendarImport(
  data: Database,
  undo: CalendarUndo,
  { now }: RuleEnv,
): Outcome<ChannelOutput<'calendar:undoImport'>> {
  const result = undoCalendar(data, undo)
  const ids = new Set(undo.sessionIds)
  const tellers = new Set(
    data.actionItems.flatMap((a) =>
      a.outcome?.toldInSessionId && ids.has(a.outcome.toldInSessionId) ? [a.outcome.toldInSessionId] : [],
    ),
  )
  const actionItems = data.sessions
    .filter((s) => tellers.has(s.id))
    .reduce((items, session) => tellOutcomes(items, session, null, now), result.data.actionItems)
  return {
    data: tellers.size === 0 ? result.data : { ...result.data, actionItems },
    value: { removed: result.removed, reverted: 0 },
    changed:
      tellers.size === 0 ? ['sessions', 'drafts', 'reminders'] : ['sessions', 'drafts', 'reminders', 'actionItems'],
  }
}

/** `calendar:*`: the preview of a calendar file, its import and its undo. */
export function calendarHandlers(ctx: CoreContext) {
  const { store, ports, clock, newId, zone } = ctx
  let preview: CalendarPreviewState | null = null
  const imports = undoable<CalendarUndo>(ctx, importExpired)
  const write = imports.change(importCalendar, (_picks, done) => done.importId)

  const view = (state: CalendarPreviewState): CalendarPreview => ({
    previewId: state.id,
    fileName: state.file.name,
    period: state.period,
    rows: calendarRows(state.events, store.data, clock.now()),
    skipped: state.skipped,
  })

  return {
    'calendar:importPreview': async ({ source, period }) => {
      const chosen = period ?? defaultPeriod(clock.now(), zone())
      let file: ImportFile
      if (source.kind === 'period') {
        if (!preview || preview.id !== source.previewId) throw stalePreview()
        file = preview.file
      } else {
        const path = await ports.chooseFile({
          title: 'Import a calendar',
          filters: [
            { name: 'Calendar (.ics)', extensions: ['ics', 'ical', 'ifb', 'icalendar'] },
            { name: 'All files', extensions: ['*'] },
          ],
        })
        if (!path) return null
        file = await readImportFile(path, expected)
      }
      preview = readCalendarFile(file, chosen, zone(), newId())
      return view(preview)
    },

    'calendar:import': async ({ previewId, choices }) => {
      if (!preview || preview.id !== previewId) throw stalePreview()
      const rows = calendarRows(preview.events, store.data, clock.now())
      const done = await write({ picks: calendarPicks(preview, rows, choices, store.data), rows: rows.length })
      preview = null
      return done
    },

    'calendar:undoImport': imports.undo(({ importId }: { importId: string }) => importId, undoCalendarImport),
  } satisfies HandlerSlice<'calendar'>
}
