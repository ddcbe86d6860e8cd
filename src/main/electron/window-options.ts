import type { BrowserWindowConstructorOptions, Rectangle } from 'electron'

/** The main window's options: every security switch set explicitly, never left to defaults. */
export function mainWindowOptions(input: {
  preload: string
  bounds: Partial<Rectangle>
  icon?: string
  /** The window's colour before the page paints (see windowBackground). */
  backgroundColor: string
}): BrowserWindowConstructorOptions {
  return {
    ...input.bounds,
    minWidth: 880,
    minHeight: 560,
    show: false,
    title: 'Mentor Tracker',
    ...(input.icon ? { icon: input.icon } : {}),
    // Matches the renderer's first paint so the window never flashes white in dark mode.
    backgroundColor: input.backgroundColor,
    autoHideMenuBar: false,
    webPreferences: {
      preload: input.preload,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: true,
      devTools: true,
    },
  }
}
