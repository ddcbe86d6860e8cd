// `calendar:*`: past and planned meetings from an .ics file, previewed first, undone in one step.
import type { CalendarPreview, ImportPeriod } from '../../../shared/requests/calendar-import'
import { MAX_IMPORT_ROWS } from '../../../shared/requests/contacts-import'
import { addDays, todayIn } from '../../../shared/time'
import type { CoreContext } from '../context'
import { AppFailure } from '../errors'
import type { HandlerSlice } from '../handlers'
import { createUndoShelf, restoreFromShelf } from '../undo-shelf'
import { applyCalendar, calendarRows, undoCalendar } from './calendar-import'
import type { CalendarEvent } from './ics-events'
import { readCalendar } from './ics-events'
import type { ImportFile } from './import-file'
import { readImportFile, refuse } from './import-file'
import { importExpired } from './import-undo'

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

interface CalendarPreviewState {
  id: string
  file: ImportFile
  period: ImportPeriod
  events: CalendarEvent[]
  skipped: CalendarPreview['skipped']
}

/** `calendar:*`: the preview of a calendar file, its import and its undo. */
export function calendarHandlers({ store, ports, clock, newId, zone }: CoreContext) {
  let preview: CalendarPreviewState | null = null
  const imports = createUndoShelf<{ stamp: string; sessionIds: string[] }>(clock)

  const view = (state: CalendarPreviewState): CalendarPreview => ({
    previewId: state.id,
    fileName: state.file.name,
    period: state.period,
    rows: calendarRows(state.events, store.data, clock.now()),
    skipped: state.skipped,
  })

  const read = (file: ImportFile, period: ImportPeriod): CalendarPreviewState => {
    if (!/^\s*BEGIN:VCALENDAR/i.test(file.text.replace(/^\uFEFF/, ''))) {
      const contacts = /^\s*BEGIN:VCARD/i.test(file.text) ? ' It holds contacts: use Import contacts for it.' : ''
      throw refuse(`${file.name} is not a calendar.${contacts} Expected ${expected}.`)
    }
    const { events, skipped } = readCalendar(file.text, period, zone())
    if (events.length > MAX_IMPORT_ROWS) {
      throw refuse(
        `${file.name} has more than ${MAX_IMPORT_ROWS.toLocaleString('en')} events in this period. Choose a shorter period.`,
      )
    }
    return { id: newId(), file, period, events, skipped: skipped.map((s) => ({ file: file.name, ...s })) }
  }

  return {
    'calendar:importPreview': async ({ source, period }) => {
      const chosen = period ?? defaultPeriod(clock.now(), zone())
      let file: ImportFile
      if (source.kind === 'period') {
        if (!preview || preview.id !== source.previewId) throw stale()
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
      preview = read(file, chosen)
      return view(preview)
    },

    'calendar:import': async ({ previewId, choices }) => {
      if (!preview || preview.id !== previewId) throw stale()
      const state = preview
      const rows = calendarRows(state.events, store.data, clock.now())
      const picked = new Map(rows.map((r) => [r.index, r.proposed === 'import' ? r.mentorId : null]))
      for (const choice of choices ?? []) {
        const row = rows[choice.index]
        if (!row) throw new AppFailure('invalid-input', 'That event is not in the preview. Nothing was changed.')
        const mentorId = choice.action === 'skip' ? null : (choice.mentorId ?? row.mentorId)
        if (choice.action === 'import' && !mentorId) {
          throw new AppFailure('invalid-input', `Choose a mentor for “${row.title}” first. Nothing was changed.`)
        }
        if (mentorId && !store.data.mentors.some((m) => m.id === mentorId)) {
          throw new AppFailure('not-found', 'That mentor no longer exists. Nothing was changed.')
        }
        picked.set(choice.index, mentorId)
      }
      const picks = state.events.flatMap((event, i) => {
        const mentorId = picked.get(i)
        return mentorId ? [{ event, mentorId }] : []
      })
      const applied = await store.mutate((data, now) => {
        const result = applyCalendar(data, picks, now, newId)
        return { data: result.data, value: result, changed: ['sessions'] }
      })
      preview = null
      const importId = newId()
      imports.put(importId, { stamp: applied.stamp, sessionIds: applied.sessions.map((s) => s.id) })
      const held = applied.sessions.filter((s) => s.status === 'held').length
      return { importId, held, planned: applied.sessions.length - held, skipped: rows.length - applied.sessions.length }
    },

    'calendar:undoImport': ({ importId }) =>
      restoreFromShelf(imports, importId, importExpired, (undo) =>
        store.mutate((data) => {
          const result = undoCalendar(data, undo)
          return {
            data: result.data,
            value: { removed: result.removed, reverted: 0 },
            changed: ['sessions', 'drafts', 'reminders'],
          }
        }),
      ),
  } satisfies HandlerSlice<'calendar'>
}

function stale(): AppFailure {
  return new AppFailure('conflict', 'That preview is out of date. Choose the file again. Nothing was changed.')
}
