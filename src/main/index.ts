// The composition root: app lifecycle, the single-instance lock, and core wired to the Electron host.
import { join } from 'node:path'
import { BrowserWindow, Menu, app, dialog, ipcMain, session, shell } from 'electron'
import icon from '../../resources/icon-512.png?asset'
import { isExternalLink } from '../shared/model/common'
import type { Core } from './core/create-core'
import { createCore } from './core/create-core'
import { resolveDataFile } from './electron/data-file'
import type { AppOrigin } from './electron/guards'
import { isAppUrl } from './electron/guards'
import { forwardEvents, registerIpc } from './electron/ipc'
import { createMainWindow } from './electron/main-window'
import { saveFileWithDialog } from './electron/save-file'
import { applicationMenuTemplate } from './electron/menu-template'
import { hardenSession } from './electron/security'

const development = !app.isPackaged && Boolean(process.env.ELECTRON_RENDERER_URL)
const origin: AppOrigin = {
  devServerUrl: development ? process.env.ELECTRON_RENDERER_URL : undefined,
  rendererFile: join(import.meta.dirname, '../renderer/index.html'),
}

/** Hands a link to the system browser or mail client, after checking it is one. */
function openExternal(url: string): Promise<void> {
  if (!isExternalLink(url)) return Promise.reject(new Error('Refused to open a link that is not http, https or mailto'))
  return shell.openExternal(url)
}

let mainWindow: BrowserWindow | null = null
let core: Core | null = null

async function showMainWindow(): Promise<void> {
  if (mainWindow && !mainWindow.isDestroyed()) {
    if (mainWindow.isMinimized()) mainWindow.restore()
    mainWindow.show()
    mainWindow.focus()
    return
  }
  mainWindow = await createMainWindow({
    origin,
    preload: join(import.meta.dirname, '../preload/index.cjs'),
    icon,
    windowStateFile: join(app.getPath('userData'), 'window-state.json'),
    openExternal: (url) => void openExternal(url).catch(() => {}),
  })
  mainWindow.on('closed', () => {
    mainWindow = null
  })
}

async function start(): Promise<void> {
  hardenSession(session.defaultSession, development)
  const dataFile = resolveDataFile(process.env, app.getPath('userData'))
  core = await createCore({
    dataFile,
    app: { name: app.getName(), version: app.getVersion() },
    ports: { openExternal, saveFile: (file) => saveFileWithDialog(mainWindow, file), log: console },
  })
  registerIpc(ipcMain, core, (url) => isAppUrl(url, origin))
  forwardEvents(core, () => BrowserWindow.getAllWindows().map((w) => w.webContents))
  const menu = applicationMenuTemplate(process.platform, development, {
    navigate: (path) => {
      void showMainWindow().then(() => mainWindow?.webContents.send('navigate', { path }))
    },
    revealDataFile: () => shell.showItemInFolder(dataFile),
  })
  Menu.setApplicationMenu(Menu.buildFromTemplate(menu))
  await showMainWindow()
}

if (!app.requestSingleInstanceLock()) {
  // One writer per data file: a second launch hands over to the first and leaves.
  app.quit()
} else {
  app.setAppUserModelId('app.mentortracker.desktop')
  app.on('second-instance', () => void showMainWindow())
  app.on('activate', () => void showMainWindow())
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit()
  })
  let quitting = false
  app.on('before-quit', (event) => {
    if (!core || quitting) return
    // Hold the quit until every acknowledged change is on disk.
    event.preventDefault()
    quitting = true
    void core.close().finally(() => app.quit())
  })
  app
    .whenReady()
    .then(start)
    .catch((error: unknown) => {
      dialog.showErrorBox(
        'Mentor Tracker could not start',
        `${error instanceof Error ? error.message : String(error)}\n\nYour data file was not changed.`,
      )
      app.exit(1)
    })
}
