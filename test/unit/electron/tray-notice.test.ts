import { describe, expect, it } from 'vitest'
import type { Notice, TrayNoticeHost } from '../../../src/main/electron/tray-notice'
import { trayNotice, trayNoticeTeller } from '../../../src/main/electron/tray-notice'

/** A host that records what the user was shown; notifications show, fail or never answer as told. */
function recordingHost(options: { supported: boolean; notification?: 'shown' | 'failed' | 'silent' }) {
  const seen: string[] = []
  let marked = 0
  let closeDialog = () => {}
  const host: TrayNoticeHost = {
    notificationsSupported: () => options.supported,
    notify: (notice: Notice, settled) => {
      if (options.notification === 'silent') return
      if (options.notification === 'shown') seen.push(`notification: ${notice.title}`)
      settled(options.notification === 'shown')
    },
    showDialog: (notice: Notice) => {
      seen.push(`dialog: ${notice.title}`)
      return new Promise<void>((resolve) => {
        closeDialog = resolve
      })
    },
    markShown: () => void marked++,
  }
  const settle = () => new Promise((resolve) => setTimeout(resolve, 0))
  return { host, seen, marked: () => marked, closeDialog: () => closeDialog(), settle }
}

describe('the "still running in the tray" notice', () => {
  it('tells by notification once, and only then counts as shown', async () => {
    const { host, seen, marked } = recordingHost({ supported: true, notification: 'shown' })
    const tell = trayNoticeTeller(host)
    tell(false)
    tell(false) // closed again before the setting was saved
    expect(seen).toEqual([`notification: ${trayNotice.title}`])
    expect(marked()).toBe(1)
  })

  it('falls back to a message box where notifications are not supported, and counts it once it was closed', async () => {
    const { host, seen, marked, closeDialog, settle } = recordingHost({ supported: false })
    const tell = trayNoticeTeller(host)
    tell(false)
    expect(seen).toEqual([`dialog: ${trayNotice.title}`])
    tell(false) // the box is still open
    expect(seen).toHaveLength(1)
    expect(marked()).toBe(0)
    closeDialog()
    await settle()
    expect(marked()).toBe(1)
  })

  it('falls back to a message box when the notification fails', async () => {
    const { host, seen, marked, closeDialog, settle } = recordingHost({ supported: true, notification: 'failed' })
    trayNoticeTeller(host)(false)
    expect(seen).toEqual([`dialog: ${trayNotice.title}`])
    closeDialog()
    await settle()
    expect(marked()).toBe(1)
  })

  it('does not count a notification the system never showed', () => {
    const { host, marked } = recordingHost({ supported: true, notification: 'silent' })
    trayNoticeTeller(host)(false)
    expect(marked()).toBe(0)
  })

  it('says nothing once the user has been told', () => {
    const { host, seen, marked } = recordingHost({ supported: false })
    trayNoticeTeller(host)(true)
    expect(seen).toEqual([])
    expect(marked()).toBe(0)
  })
})
