import type { MenuItemConstructorOptions } from 'electron'
import type { ReminderView } from '../../shared/requests/reminders'

/** What the tray needs of the reminder plan. */
export interface TraySummary {
  due: readonly ReminderView[]
  upcoming: readonly ReminderView[]
}

/** What the tray's items do; the host supplies them. */
export interface TrayActions {
  open(target: string): void
  logSession(): void
  snoozeAll(): void
  quit(): void
}

/** Due items shown at most; the rest are counted. */
const DUE_SHOWN = 8
const UPCOMING_SHOWN = 5

const shorten = (text: string, max = 60) => (text.length > max ? `${text.slice(0, max - 1)}…` : text)

/** When an upcoming reminder falls, briefly: "in 25 min", "in 3 h", "Tue 10:00". */
export function whenLabel(dueAt: string, now: Date, zone?: string): string {
  const minutes = Math.round((Date.parse(dueAt) - now.getTime()) / 60_000)
  if (minutes < 60) return `in ${Math.max(1, minutes)} min`
  if (minutes < 12 * 60) return `in ${Math.round(minutes / 60)} h`
  return new Intl.DateTimeFormat('en-GB', {
    weekday: 'short',
    hour: '2-digit',
    minute: '2-digit',
    timeZone: zone,
  }).format(new Date(dueAt))
}

/** The tooltip: the app's name and how many reminders are due. */
export function trayTooltip(summary: TraySummary): string {
  const count = summary.due.length
  return count === 0 ? 'Mentor Tracker' : `Mentor Tracker: ${count} ${count === 1 ? 'reminder' : 'reminders'} due`
}

/** The tray menu: what is due now, the next five, and the quick actions. Pure, so it is unit-tested. */
export function trayMenuTemplate(
  summary: TraySummary,
  now: Date,
  actions: TrayActions,
  zone?: string,
): MenuItemConstructorOptions[] {
  const due = summary.due
  const items: MenuItemConstructorOptions[] = []
  if (due.length === 0) {
    items.push({ label: 'Nothing due', enabled: false })
  } else {
    items.push({ label: `${due.length} ${due.length === 1 ? 'reminder' : 'reminders'} due`, enabled: false })
    for (const reminder of due.slice(0, DUE_SHOWN)) {
      items.push({ label: shorten(reminder.title), click: () => actions.open(reminder.target) })
    }
    if (due.length > DUE_SHOWN)
      items.push({ label: `and ${due.length - DUE_SHOWN} more…`, click: () => actions.open('/?reminders=1') })
  }
  if (summary.upcoming.length > 0) {
    items.push({ type: 'separator' }, { label: 'Coming up', enabled: false })
    for (const reminder of summary.upcoming.slice(0, UPCOMING_SHOWN)) {
      items.push({
        label: `${whenLabel(reminder.dueAt, now, zone)} · ${shorten(reminder.title, 50)}`,
        click: () => actions.open(reminder.target),
      })
    }
  }
  items.push(
    { type: 'separator' },
    { label: 'Log a session…', click: () => actions.logSession() },
    { label: 'Snooze all for 1 hour', enabled: due.length > 0, click: () => actions.snoozeAll() },
    { type: 'separator' },
    { label: 'Open Mentor Tracker', click: () => actions.open('/') },
    { label: 'Quit', role: 'quit', click: () => actions.quit() },
  )
  return items
}
