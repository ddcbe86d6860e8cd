import { BrowserWindow, dialog, nativeTheme, screen } from 'electron'
import type { AppOrigin } from './guards'
import { hardenContents } from './security'
import { appearanceQuery, systemAppearance, windowBackground } from './system-appearance'
import { mainWindowOptions } from './window-options'
import { loadWindowState, restoreWindowState, saveWindowStateSync } from './window-state'

export interface MainWindowInput {
  origin: AppOrigin
  preload: string
  icon?: string
  windowStateFile: string
  openExternal(url: string): void
  /** True when closing the window should only hide it (the app stays in the tray). */
  keepInTray(): boolean
  /** Called when the window was hidden instead of closed. */
  onHiddenToTray(): void
}

/** Opens the main window where it was last, hardened, and remembers its bounds when it closes. */
export async function createMainWindow(input: MainWindowInput): Promise<BrowserWindow> {
  const saved = await loadWindowState(input.windowStateFile)
  const state = restoreWindowState(
    saved,
    screen.getAllDisplays().map((d) => d.workArea),
  )
  const appearance = systemAppearance(nativeTheme)
  const window = new BrowserWindow(
    mainWindowOptions({
      preload: input.preload,
      bounds: { x: state.x, y: state.y, width: state.width, height: state.height },
      ...(input.icon ? { icon: input.icon } : {}),
      backgroundColor: windowBackground(appearance),
    }),
  )
  hardenContents(window.webContents, input.origin, input.openExternal)
  // The page asks before it is closed over unsaved changes (beforeunload); Electron leaves the asking to us.
  window.webContents.on('will-prevent-unload', (event) => {
    const choice = dialog.showMessageBoxSync(window, {
      type: 'question',
      buttons: ['Discard Changes and Close', 'Keep Editing'],
      defaultId: 1,
      cancelId: 1,
      title: 'Unsaved changes',
      message: 'You have changes that are not saved.',
      detail: 'If you close the window now, they are lost.',
    })
    if (choice === 0) event.preventDefault()
  })
  window.once('ready-to-show', () => {
    if (state.maximized) window.maximize()
    window.show()
  })
  window.on('close', (event) => {
    try {
      saveWindowStateSync(input.windowStateFile, { ...window.getNormalBounds(), maximized: window.isMaximized() })
    } catch {
      // Only the window's place is lost; it opens at the default size next time.
    }
    if (input.keepInTray()) {
      event.preventDefault()
      window.hide()
      input.onHiddenToTray()
    }
  })

  // A change of contrast theme reaches the page through Chromium's media queries; the frame follows here.
  const followTheme = () => window.setBackgroundColor(windowBackground(systemAppearance(nativeTheme)))
  nativeTheme.on('updated', followTheme)
  window.once('closed', () => nativeTheme.off('updated', followTheme))

  const query = appearanceQuery(appearance)
  if (input.origin.devServerUrl) {
    const url = new URL(input.origin.devServerUrl)
    for (const [key, value] of Object.entries(query)) url.searchParams.set(key, value)
    await window.loadURL(url.toString())
  } else await window.loadFile(input.origin.rendererFile, { query })
  return window
}
