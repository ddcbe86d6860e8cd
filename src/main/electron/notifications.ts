import { Notification } from 'electron'
import type { AppNotification } from '../core/reminders/notifications'

export interface NotificationHandlers {
  /** The notification (not a button) was clicked: open the app where it points. */
  open(target: string): void
  snooze(notification: AppNotification): void
  done(notification: AppNotification): void
}

// Notifications are kept here until closed: a collected Notification loses its click and action handlers.
const shown = new Set<Notification>()

/** Keeps `native` referenced until it is closed or fails to show. */
function keep(native: Notification): Notification {
  shown.add(native)
  native.on('close', () => shown.delete(native))
  native.on('failed', () => shown.delete(native))
  return native
}

/** Shows one desktop notification, with Snooze and Done buttons where the platform has them (macOS). */
export function showNotification(notification: AppNotification, handlers: NotificationHandlers): void {
  if (!Notification.isSupported()) return
  const labels: Record<AppNotification['actions'][number], string> = { snooze: 'Snooze 1 hour', done: 'Done' }
  const native = keep(
    new Notification({
      title: notification.title,
      body: notification.body,
      actions: notification.actions.map((action) => ({ type: 'button' as const, text: labels[action] })),
    }),
  )
  native.on('click', () => handlers.open(notification.target))
  native.on('action', (_event, index) => {
    const action = notification.actions[index]
    if (action === 'snooze') handlers.snooze(notification)
    if (action === 'done') handlers.done(notification)
  })
  native.show()
}

/** Shows a plain notification (no buttons); `settled` says whether the system showed it. */
export function showNotice(notice: { title: string; body: string }, settled: (shown: boolean) => void): void {
  const native = keep(new Notification({ title: notice.title, body: notice.body }))
  native.once('show', () => settled(true))
  native.once('failed', () => settled(false))
  native.show()
}
