// The Electron API a sandboxed preload uses (contextBridge, ipcRenderer), standing in for Electron in a vm.
import { EventEmitter } from 'node:events'
import type * as Electron from 'electron'
import type { Checked, Members, StandInFor, StandInRecord } from './stand-in-kit'
import { asElectron, electronEvent, recorder, strict } from './stand-in-kit'

/** What the renderer-side stand-in needs from its host (a test). */
export interface RendererProcessHost {
  record(entry: StandInRecord): void
  /** What the main process answers an `ipcRenderer.invoke`; nothing by default. */
  answer?(channel: string, args: unknown[]): unknown
}

/** The exports of Electron the preload requires, each checked against Electron's own. */
export type RendererProcessExports = { [K in 'contextBridge' | 'ipcRenderer']: StandInFor<K> }

/** What the test does as the page and the main process would. */
export interface RendererProcessDrive {
  /** What the preload put on `window` through the context bridge, by key. */
  exposed: ReadonlyMap<string, unknown>
  /** The main process sends `channel` to the page (webContents.send). */
  send(channel: string, ...args: unknown[]): void
}

/** Builds the renderer-side stand-in: `exports` for the preload's `require('electron')`, `drive` for the test. */
export function rendererProcessStandIn(host: RendererProcessHost): {
  exports: RendererProcessExports
  drive: RendererProcessDrive
} {
  const { call } = recorder(host.record)
  const exposed = new Map<string, unknown>()

  class IpcRenderer extends EventEmitter implements Checked<IpcRenderer, Electron.IpcRenderer> {
    invoke(channel: string, ...args: unknown[]): Promise<unknown> {
      call('ipcRenderer', 'invoke', channel, ...args)
      return Promise.resolve(host.answer?.(channel, args))
    }
  }
  const ipcRenderer = strict('ipcRenderer', new IpcRenderer())

  const exports: RendererProcessExports = {
    contextBridge: strict('contextBridge', {
      exposeInMainWorld(apiKey: string, api: unknown): void {
        call('contextBridge', 'exposeInMainWorld', apiKey)
        exposed.set(apiKey, api)
      },
    } satisfies Members<Electron.ContextBridge>),
    ipcRenderer,
  }

  const drive: RendererProcessDrive = {
    exposed,
    send(channel, ...args) {
      const sender = asElectron<Electron.IpcRenderer>(ipcRenderer)
      ipcRenderer.emit(
        channel,
        asElectron<Electron.IpcRendererEvent>(Object.assign(electronEvent(), { sender, ports: [] })),
        ...args,
      )
    },
  }
  return { exports, drive }
}
