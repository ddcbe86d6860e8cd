import { powerMonitor } from 'electron'
import type { Core } from '../core/create-core'
import type { AppNotification } from '../core/reminders/notifications'
import { showNotification } from './notifications'
import { createTray } from './tray'

export interface ReminderHost {
  open(target: string): void
  logSession(): void
  quit(): void
  zone(): string
  core(): Core | null
}

/** Snoozes what a notification is about: its reminder, or everything due for a summary. */
async function snooze(core: Core | null, notification: AppNotification) {
  await core?.invoke(
    'reminders:snooze',
    notification.summary ? { all: true, for: '1h' } : { key: notification.keys[0], for: '1h' },
  )
}

/** Core's notify port: one desktop notification per reminder (or summary), wired to the app. */
export function notifier(host: ReminderHost) {
  return (notification: AppNotification) =>
    showNotification(notification, {
      open: host.open,
      snooze: (n) => void snooze(host.core(), n),
      done: (n) => void host.core()?.invoke('reminders:done', { key: n.keys[0] }),
    })
}

/** The tray, kept in step with the reminders; the scheduler re-plans when the computer wakes. */
export function connectReminders(core: Core, host: ReminderHost) {
  const tray = createTray(
    {
      open: host.open,
      logSession: host.logSession,
      snoozeAll: () => void core.invoke('reminders:snooze', { all: true, for: '1h' }),
      quit: host.quit,
    },
    host.zone,
  )
  const refresh = () => {
    const plan = core.reminderPlan()
    tray.update({ due: plan.due, upcoming: plan.upcoming })
  }
  const unsubscribe = [core.on('reminders:due', refresh), core.on('data:changed', refresh)]
  // "In 25 min" in the menu goes stale; redraw every minute.
  const timer = setInterval(refresh, 60_000)
  timer.unref()
  const wake = () => void core.wake()
  powerMonitor.on('resume', wake)
  powerMonitor.on('unlock-screen', wake)
  refresh()
  return {
    destroy: () => {
      unsubscribe.forEach((off) => off())
      clearInterval(timer)
      powerMonitor.off('resume', wake)
      powerMonitor.off('unlock-screen', wake)
      tray.destroy()
    },
  }
}
