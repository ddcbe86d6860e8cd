// Connects core to ipcMain. Electron's objects are passed in, so this file imports only its types.
import type { IpcMain, IpcMainInvokeEvent, WebContents } from 'electron'
import { channelNames, eventNames } from '../../shared/channel-names'
import type { Result } from '../../shared/result'
import type { Core } from '../core/create-core'

const forbidden: Result<never> = {
  ok: false,
  error: { code: 'forbidden', message: 'This request did not come from Mentor Tracker and was refused.', issues: [] },
}

/** Registers one ipcMain handler per channel; each refuses senders that are not the app's own pages. */
export function registerIpc(
  ipcMain: Pick<IpcMain, 'handle' | 'removeHandler'>,
  core: Pick<Core, 'invoke'>,
  isTrustedSender: (frameUrl: string) => boolean,
): () => void {
  for (const channel of channelNames) {
    ipcMain.handle(channel, (event: Pick<IpcMainInvokeEvent, 'senderFrame'>, input: unknown) => {
      const url = event.senderFrame?.url
      if (!url || !isTrustedSender(url)) return forbidden
      return core.invoke(channel, input)
    })
  }
  return () => channelNames.forEach((channel) => ipcMain.removeHandler(channel))
}

/** Sends every core event to the app's windows; returns the unsubscribe. */
export function forwardEvents(
  core: Pick<Core, 'on'>,
  targets: () => Array<Pick<WebContents, 'send' | 'isDestroyed'>>,
): () => void {
  const unsubscribes = eventNames.map((event) =>
    core.on(event, (payload) => {
      for (const target of targets()) if (!target.isDestroyed()) target.send(event, payload)
    }),
  )
  return () => unsubscribes.forEach((unsubscribe) => unsubscribe())
}
