// The first-close notice "still running in the tray": shown once, and only counted as shown when the user saw it.
// No Electron import: the host passes the notification and dialog functions in.

export interface Notice {
  title: string
  body: string
}

/** What the user is told the first time closing the window leaves the app in the tray. */
export const trayNotice: Notice = {
  title: 'Mentor Tracker is still running',
  body: 'Reminders keep coming. Open it again or quit from the icon in the tray. You can change this in Settings.',
}

export interface TrayNoticeHost {
  notificationsSupported(): boolean
  /** Shows a desktop notification; `settled(true)` once the system showed it, `settled(false)` if it could not. */
  notify(notice: Notice, settled: (shown: boolean) => void): void
  /** Shows the notice in a message box; resolves once the user closed it. */
  showDialog(notice: Notice): Promise<unknown>
  /** Remembers (in the settings) that the user has been told. */
  markShown(): void
}

/**
 * Returns the function to call when the window went to the tray: it tells the user by a notification,
 * or by a message box where notifications are unavailable or fail, and marks the notice shown only then.
 */
export function trayNoticeTeller(host: TrayNoticeHost): (alreadyShown: boolean) => void {
  // Closing the window again while the notice is on its way (or its setting is being saved) does not tell twice.
  let telling = false
  let told = false
  const done = () => {
    told = true
    host.markShown()
  }
  const viaDialog = () =>
    void host.showDialog(trayNotice).then(done, () => {
      telling = false
    })
  return (alreadyShown) => {
    if (alreadyShown || telling || told) return
    telling = true
    if (!host.notificationsSupported()) return viaDialog()
    let settled = false
    host.notify(trayNotice, (shown) => {
      if (settled) return
      settled = true
      if (shown) done()
      else viaDialog()
    })
  }
}
