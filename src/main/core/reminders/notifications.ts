// What a desktop notification says. Pure: the hosts show it, tests read it.
import type { PlannedReminder } from './plan'

/** A notification for the host to show; `keys` are the reminders it covers. */
export interface AppNotification {
  id: string
  title: string
  body: string
  /** Where a click on it leads in the app. */
  target: string
  keys: string[]
  /** The buttons it offers where the platform can show them. */
  actions: Array<'snooze' | 'done'>
  summary: boolean
}

/** One reminder as a notification: snooze always, "done" for an action item. */
export function notificationFor(reminder: PlannedReminder): AppNotification {
  return {
    id: reminder.key,
    title: reminder.title,
    body: reminder.body,
    target: reminder.target,
    keys: [reminder.key],
    actions: reminder.actionItemId ? ['snooze', 'done'] : ['snooze'],
    summary: false,
  }
}

/** Several reminders missed while the app was closed or the computer slept, as one notification. */
export function summaryNotification(reminders: readonly PlannedReminder[], now: Date): AppNotification {
  const shown = reminders.slice(0, 3).map((r) => r.title)
  const more = reminders.length - shown.length
  return {
    id: `summary:${now.toISOString()}`,
    title: `${reminders.length} reminders while you were away`,
    body: [...shown, ...(more > 0 ? [`and ${more} more`] : [])].join('\n'),
    target: '/?reminders=1',
    keys: reminders.map((r) => r.key),
    actions: ['snooze'],
    summary: true,
  }
}
