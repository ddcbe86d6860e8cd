// The Electron main-process API the app uses, standing in for Electron in a plain Node process.
// Each piece records what the app does with it and behaves as Electron documents (see stand-in-kit.ts for the typing).
import { EventEmitter } from 'node:events'
import { join } from 'node:path'
import type * as Electron from 'electron'
import { windowStandIns } from './main-windows'
import { shellStandIns } from './main-shell'
import type { Checked, Members, StandInFor, StandInRecord } from './stand-in-kit'
import { asElectron, electronEvent, electronObject, recorder, strict } from './stand-in-kit'

/** The one display the stand-in's screen has. */
const workArea = { x: 0, y: 0, width: 1920, height: 1040 }
const display: Electron.Display = {
  id: 1,
  label: 'Stand-in display',
  bounds: { x: 0, y: 0, width: 1920, height: 1080 },
  workArea,
  size: { width: 1920, height: 1080 },
  workAreaSize: { width: workArea.width, height: workArea.height },
  nativeOrigin: { x: 0, y: 0 },
  scaleFactor: 1,
  rotation: 0,
  internal: true,
  detected: true,
  monochrome: false,
  colorDepth: 24,
  colorSpace: 'srgb',
  depthPerComponent: 8,
  displayFrequency: 60,
  maximumCursorSize: { width: 64, height: 64 },
  accelerometerSupport: 'unknown',
  touchSupport: 'unknown',
}

/** What the main-process stand-in needs from its host (the boot test's child process, or a test). */
export interface MainProcessHost {
  /** What app.getPath('userData') answers; the other folders the app may ask for are made under it. */
  userData: string
  /** What app.requestSingleInstanceLock answers: false when another instance holds the lock. */
  singleInstanceLock: boolean
  /** The app's name and version, as Electron reads them from package.json. */
  name: string
  version: string
  record(entry: StandInRecord): void
  /** Ends the process, as Electron does once quitting is done or app.exit is called. */
  terminate(code: number): void
}

/** The exports of Electron the main process imports, each checked against Electron's own. */
export type MainProcessExports = {
  [
    K in
      | 'app'
      | 'BrowserWindow'
      | 'Menu'
      | 'Tray'
      | 'Notification'
      | 'ipcMain'
      | 'nativeTheme'
      | 'powerMonitor'
      | 'nativeImage'
      | 'screen'
      | 'session'
      | 'dialog'
      | 'shell'
  ]: StandInFor<K>
}

/** What the test does as the system and the user would. */
export interface MainProcessDrive {
  /** Electron is ready: whenReady resolves and 'ready' is emitted. */
  ready(): void
  /** Another instance was started with `argv` and handed over to this one. */
  secondInstance(argv: string[]): void
  /** The user quits (the tray's or the menu's Quit: app.quit()). */
  quit(): void
  /** The user closes window `id` (its close button). */
  closeWindow(id: number): void
  /** What the app's ipcMain handler for `channel` answers a request from a page at `senderUrl` (the window's own page by default). */
  invoke(channel: string, input: unknown, senderUrl?: string): Promise<unknown>
}

/** Builds the main-process stand-in: `exports` for `import ... from 'electron'`, `drive` for the test. */
export function mainProcessStandIn(host: MainProcessHost): { exports: MainProcessExports; drive: MainProcessDrive } {
  const rec = recorder(host.record)
  const { call, emitted } = rec
  const windows = windowStandIns(rec)

  let readyNow: () => void = () => {}
  const ready = new Promise<void>((resolve) => (readyNow = resolve))

  class App extends EventEmitter implements Checked<App, Electron.App> {
    readonly isPackaged = false
    getPath(name: Parameters<Electron.App['getPath']>[0]): string {
      return name === 'userData' ? host.userData : join(host.userData, `_${name}`)
    }
    getName(): string {
      return host.name
    }
    getVersion(): string {
      return host.version
    }
    requestSingleInstanceLock(additionalData?: Record<string, unknown>): boolean {
      call('app', 'requestSingleInstanceLock', additionalData)
      return host.singleInstanceLock
    }
    setAppUserModelId(id: string): void {
      call('app', 'setAppUserModelId', id)
    }
    setLoginItemSettings(settings: Electron.Settings): void {
      call('app', 'setLoginItemSettings', settings)
    }
    getLoginItemSettings(): Electron.LoginItemSettings {
      const settings = { openAtLogin: false, wasOpenedAtLogin: false, executableWillLaunchAtLogin: false }
      return { ...settings, status: 'not-registered', launchItems: [] }
    }
    whenReady(): Promise<void> {
      return ready
    }
    /** As Electron: before-quit (which may hold the quit), every window closed, will-quit, quit, the end. */
    quit(): void {
      call('app', 'quit')
      const beforeQuit = electronEvent()
      this.emit('before-quit', beforeQuit)
      emitted('app', 'before-quit', beforeQuit)
      if (beforeQuit.defaultPrevented) return
      for (const window of windows.made.filter((w) => !w.isDestroyed())) {
        window.close()
        if (!window.isDestroyed()) return
      }
      const willQuit = electronEvent()
      this.emit('will-quit', willQuit)
      emitted('app', 'will-quit', willQuit)
      if (willQuit.defaultPrevented) return
      this.emit('quit', electronEvent(), 0)
      host.terminate(0)
    }
    exit(exitCode = 0): void {
      call('app', 'exit', exitCode)
      host.terminate(exitCode)
    }
  }
  const app = strict('app', new App())

  const handlers = new Map<string, (event: Electron.IpcMainInvokeEvent, ...args: unknown[]) => unknown>()
  class IpcMain extends EventEmitter implements Checked<IpcMain, Electron.IpcMain> {
    /** As Electron: a second handler for one channel is an error. */
    handle(channel: string, listener: (event: Electron.IpcMainInvokeEvent, ...args: unknown[]) => unknown): void {
      call('ipcMain', 'handle', channel, listener)
      if (handlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`)
      handlers.set(channel, listener)
    }
    removeHandler(channel: string): void {
      call('ipcMain', 'removeHandler', channel)
      handlers.delete(channel)
    }
  }

  class NativeTheme extends EventEmitter implements Checked<NativeTheme, Electron.NativeTheme> {
    readonly shouldUseDarkColors = false
    readonly shouldUseHighContrastColors = false
    readonly shouldUseInvertedColorScheme = false
  }
  class PowerMonitor extends EventEmitter implements Checked<PowerMonitor, Electron.PowerMonitor> {}

  const session = (name: string) =>
    electronObject<Electron.Session>(name, {
      setPermissionRequestHandler: (handler) => call(name, 'setPermissionRequestHandler', handler),
      setPermissionCheckHandler: (handler) => call(name, 'setPermissionCheckHandler', handler),
      setDevicePermissionHandler: (handler) => call(name, 'setDevicePermissionHandler', handler),
      webRequest: electronObject<Electron.WebRequest>(`${name}.webRequest`, {
        onHeadersReceived: (...args: unknown[]) => call(`${name}.webRequest`, 'onHeadersReceived', ...args),
      }),
    })

  const exports: MainProcessExports = {
    app,
    BrowserWindow: windows.BrowserWindow,
    ...shellStandIns(rec),
    ipcMain: strict('ipcMain', new IpcMain()),
    nativeTheme: strict('nativeTheme', new NativeTheme()),
    powerMonitor: strict('powerMonitor', new PowerMonitor()),
    screen: strict('screen', { getAllDisplays: () => [display] } satisfies Members<Electron.Screen>),
    session: strict('session', { defaultSession: session('session.defaultSession') }),
    dialog: strict('dialog', {
      showErrorBox: (title: string, content: string) => call('dialog', 'showErrorBox', title, content),
    } satisfies Members<Electron.Dialog>),
    shell: strict('shell', {} satisfies Members<Electron.Shell>),
  }

  const drive: MainProcessDrive = {
    ready() {
      readyNow()
      const event = electronEvent()
      app.emit('ready', event, {})
      emitted('app', 'ready', event)
    },
    secondInstance(argv) {
      app.emit('second-instance', electronEvent(), argv, host.userData, {})
    },
    quit: () => app.quit(),
    closeWindow(id) {
      const window = windows.made[id - 1]
      if (!window) throw new Error(`There is no window ${id}`)
      window.close()
    },
    async invoke(channel, input, senderUrl) {
      const handler = handlers.get(channel)
      if (!handler) throw new Error(`No ipcMain handler for '${channel}'`)
      const sender = windows.made[0]?.webContents
      const url = senderUrl ?? sender?.getURL() ?? ''
      const event = asElectron<Electron.IpcMainInvokeEvent>(
        Object.assign(electronEvent(), {
          processId: 1,
          frameId: 1,
          ...(sender ? { sender } : {}),
          senderFrame: electronObject<Electron.WebFrameMain>('senderFrame', { url }),
        }),
      )
      return handler(event, input)
    },
  }
  return { exports, drive }
}
