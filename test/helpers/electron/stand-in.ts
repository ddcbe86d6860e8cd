// A stand-in for the `electron` module, typed against Electron's own API (see stand-in-kit.ts), so the
// built app can run in plain Node where the Electron binary cannot be downloaded or launched.
import type { MainProcessDrive, MainProcessExports, MainProcessHost } from './main-process'
import { mainProcessStandIn } from './main-process'
import type { RendererProcessDrive, RendererProcessExports, RendererProcessHost } from './renderer-process'
import { rendererProcessStandIn } from './renderer-process'

export type StandInHost = MainProcessHost & RendererProcessHost

export interface ElectronStandIn {
  /** The module: what `import { app } from 'electron'` and the preload's `require('electron')` get. */
  electron: MainProcessExports & RendererProcessExports
  /** The system and the user: events the test sends, and what the page was given. */
  drive: MainProcessDrive & RendererProcessDrive
}

/** A fresh stand-in for Electron, recording what the app does with it through `host.record`. */
export function createElectronStandIn(host: StandInHost): ElectronStandIn {
  const main = mainProcessStandIn(host)
  const renderer = rendererProcessStandIn(host)
  return { electron: { ...main.exports, ...renderer.exports }, drive: { ...main.drive, ...renderer.drive } }
}
