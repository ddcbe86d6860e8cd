// BrowserWindow and its webContents, standing in for Electron's: they record what the app does with a
// window and behave as Electron documents (load, ready-to-show, close and its prevention, destroy).
import { EventEmitter } from 'node:events'
import { pathToFileURL } from 'node:url'
import type * as Electron from 'electron'
import type { Checked, Recorder, StandInFor } from './stand-in-kit'
import { asElectron, electronEvent, showAs, strict } from './stand-in-kit'

export interface WindowStandIns {
  BrowserWindow: StandInFor<'BrowserWindow'>
  /** Every window made, closed ones included, in order: window `id` is at `id - 1`. */
  made: readonly Electron.BrowserWindow[]
}

/** The page a window shows; the window changes it. */
interface Page {
  url: string
  destroyed: boolean
}

/** Builds the BrowserWindow stand-in, recording through `rec`. */
export function windowStandIns(rec: Recorder): WindowStandIns {
  const { call, emitted } = rec

  class WebContents extends EventEmitter implements Checked<WebContents, Electron.WebContents> {
    constructor(
      private readonly name: string,
      private readonly page: Page,
    ) {
      super()
    }
    send(channel: string, ...args: unknown[]): void {
      call(this.name, 'send', channel, ...args)
    }
    isDestroyed(): boolean {
      return this.page.destroyed
    }
    getURL(): string {
      return this.page.url
    }
    setWindowOpenHandler(handler: Parameters<Electron.WebContents['setWindowOpenHandler']>[0]): void {
      call(this.name, 'setWindowOpenHandler', handler)
    }
  }

  const made: Electron.BrowserWindow[] = []
  class BrowserWindow extends EventEmitter implements Checked<BrowserWindow, Electron.BrowserWindow> {
    static getAllWindows(): Electron.BrowserWindow[] {
      return made.filter((w) => !w.isDestroyed())
    }
    readonly id: number
    readonly webContents: Electron.WebContents
    private readonly page: Page = { url: '', destroyed: false }
    private readonly name: string
    private visible = false
    private minimized = false
    private maximized = false
    constructor(options?: Electron.BrowserWindowConstructorOptions) {
      super()
      this.id = made.length + 1
      this.name = `BrowserWindow#${this.id}`
      const contents = `webContents#${this.id}`
      this.webContents = asElectron<Electron.WebContents>(strict(contents, new WebContents(contents, this.page)))
      call('BrowserWindow', 'constructor', options)
      const window = strict(this.name, this)
      showAs(window, this.name)
      made.push(asElectron<Electron.BrowserWindow>(window))
      return window
    }
    /** As Electron: the page's file URL, with the query; ready-to-show once it has painted. */
    loadFile(filePath: string, options?: Electron.LoadFileOptions): Promise<void> {
      call(this.name, 'loadFile', filePath, options)
      const url = pathToFileURL(filePath)
      for (const [key, value] of Object.entries(options?.query ?? {})) url.searchParams.set(key, value)
      if (options?.search) url.search = options.search
      if (options?.hash) url.hash = options.hash
      this.page.url = url.href
      this.emit('ready-to-show', electronEvent())
      return Promise.resolve()
    }
    loadURL(url: string, options?: Electron.LoadURLOptions): Promise<void> {
      call(this.name, 'loadURL', url, options)
      this.page.url = url
      this.emit('ready-to-show', electronEvent())
      return Promise.resolve()
    }
    show(): void {
      call(this.name, 'show')
      this.visible = true
      this.minimized = false
    }
    hide(): void {
      call(this.name, 'hide')
      this.visible = false
    }
    focus(): void {
      call(this.name, 'focus')
    }
    restore(): void {
      call(this.name, 'restore')
      this.minimized = false
    }
    maximize(): void {
      call(this.name, 'maximize')
      this.maximized = true
    }
    isVisible(): boolean {
      return this.visible
    }
    isMinimized(): boolean {
      return this.minimized
    }
    isMaximized(): boolean {
      return this.maximized
    }
    isDestroyed(): boolean {
      return this.page.destroyed
    }
    getNormalBounds(): Electron.Rectangle {
      return { x: 40, y: 30, width: 1200, height: 800 }
    }
    setBackgroundColor(backgroundColor: string): void {
      call(this.name, 'setBackgroundColor', backgroundColor)
    }
    /** As Electron: 'close' (which the app may prevent), then the window goes and 'closed' follows. */
    close(): void {
      call(this.name, 'close')
      const event = electronEvent()
      this.emit('close', event)
      emitted(this.name, 'close', event)
      if (!event.defaultPrevented) this.destroy()
    }
    destroy(): void {
      if (this.page.destroyed) return
      call(this.name, 'destroy')
      this.page.destroyed = true
      this.emit('closed')
    }
  }

  return { BrowserWindow: strict('BrowserWindow', BrowserWindow), made }
}
