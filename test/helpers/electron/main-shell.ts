// What the app shows outside its window, standing in for Electron's: menus, the tray, notifications and
// the images they use. Each records what the app does with it (a menu as its template, an image as its file).
import { existsSync } from 'node:fs'
import { EventEmitter } from 'node:events'
import type * as Electron from 'electron'
import type { Checked, Members, Recorder, StandInFor } from './stand-in-kit'
import { asElectron, electronEvent, electronObject, plainData, showAs, strict } from './stand-in-kit'

export interface ShellStandIns {
  Menu: StandInFor<'Menu'>
  Tray: StandInFor<'Tray'>
  Notification: StandInFor<'Notification'>
  nativeImage: StandInFor<'nativeImage'>
}

/** Builds the menu, tray, notification and image stand-ins, recording through `rec`. */
export function shellStandIns({ call }: Recorder): ShellStandIns {
  class Menu extends EventEmitter implements Checked<Menu, Electron.Menu> {
    static buildFromTemplate(template: Array<Electron.MenuItemConstructorOptions | Electron.MenuItem>): Electron.Menu {
      const menu = strict('Menu', new Menu())
      showAs(menu, { menu: plainData(template) })
      return asElectron<Electron.Menu>(menu)
    }
    static setApplicationMenu(menu: Electron.Menu | null): void {
      call('Menu', 'setApplicationMenu', menu)
    }
  }

  let trays = 0
  class Tray extends EventEmitter implements Checked<Tray, Electron.Tray> {
    private readonly name = `Tray#${++trays}`
    constructor(image: Electron.NativeImage | string, guid?: string) {
      super()
      call('Tray', 'constructor', image, guid)
      return strict(this.name, this)
    }
    setImage(image: Electron.NativeImage | string): void {
      call(this.name, 'setImage', image)
    }
    setToolTip(toolTip: string): void {
      call(this.name, 'setToolTip', toolTip)
    }
    setContextMenu(menu: Electron.Menu | null): void {
      call(this.name, 'setContextMenu', menu)
    }
    destroy(): void {
      call(this.name, 'destroy')
    }
  }

  let notifications = 0
  class Notification extends EventEmitter implements Checked<Notification, Electron.Notification> {
    static isSupported(): boolean {
      return true
    }
    private readonly name = `Notification#${++notifications}`
    constructor(options?: Electron.NotificationConstructorOptions) {
      super()
      call('Notification', 'constructor', options)
      const notification = strict(this.name, this)
      showAs(notification, this.name)
      return notification
    }
    /** As Electron: the system shows it a moment later, and says so with 'show'. */
    show(): void {
      call(this.name, 'show')
      setImmediate(() => this.emit('show', electronEvent()))
    }
  }

  const nativeImage = {
    /** As Electron: an image of the file, empty when there is no such file. */
    createFromPath(path: string): Electron.NativeImage {
      const image = electronObject<Electron.NativeImage>('NativeImage', { isEmpty: () => !existsSync(path) })
      showAs(image, { image: path })
      return image
    },
  } satisfies Members<typeof Electron.nativeImage>

  return {
    Menu: strict('Menu', Menu),
    Tray: strict('Tray', Tray),
    Notification: strict('Notification', Notification),
    nativeImage: strict('nativeImage', nativeImage),
  }
}
