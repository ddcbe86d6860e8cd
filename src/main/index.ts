// The composition root: app lifecycle, the single-instance lock, and core wired to the Electron host.
import { join } from 'node:path'
import { BrowserWindow, Menu, Notification, app, dialog, ipcMain, session, shell } from 'electron'
import icon from '../../resources/icon-512.png?asset'
import type { Settings } from '../shared/model'
import { userTimeZone } from '../shared/time'
import type { Core } from './core/create-core'
import { createCore } from './core/create-core'
import { locationFileIn, readDataLocation, resolveDataFile, writeDataLocation } from './electron/data-file'
import type { AppOrigin } from './electron/guards'
import { isAppUrl } from './electron/guards'
import { forwardEvents, registerIpc } from './electron/ipc'
import { createMainWindow } from './electron/main-window'
import { applicationMenuTemplate } from './electron/menu-template'
import type { ReminderHost } from './electron/reminders-host'
import { connectReminders, notifier } from './electron/reminders-host'
import { showNotice } from './electron/notifications'
import { printPdfInHiddenWindow } from './electron/print-pdf'
import { chooseFileWithDialog, chooseFolderWithDialog, openSavedFile, saveFileWithDialog } from './electron/save-file'
import { hardenSession, openExternalLink } from './electron/security'
import { HIDDEN_ARG, loginItemSettings, startsHidden, syncAutostartEntry } from './electron/start-at-login'
import { trayNoticeTeller } from './electron/tray-notice'

const development = !app.isPackaged && Boolean(process.env.ELECTRON_RENDERER_URL)
const origin: AppOrigin = {
  devServerUrl: development ? process.env.ELECTRON_RENDERER_URL : undefined,
  rendererFile: join(import.meta.dirname, '../renderer/index.html'),
}

/** Hands a link to the system browser or mail client, after checking it is one. */
function openExternal(url: string): Promise<void> {
  return openExternalLink(shell, url)
}

let mainWindow: BrowserWindow | null = null
let core: Core | null = null
let quitting = false
/** The settings the host acts on itself (close to tray, start at login), kept current from core. */
let settings: Settings | null = null

async function showMainWindow(): Promise<BrowserWindow> {
  if (mainWindow && !mainWindow.isDestroyed()) {
    if (mainWindow.isMinimized()) mainWindow.restore()
    mainWindow.show()
    mainWindow.focus()
    return mainWindow
  }
  const window = await createMainWindow({
    origin,
    preload: join(import.meta.dirname, '../preload/index.cjs'),
    icon,
    windowStateFile: join(app.getPath('userData'), 'window-state.json'),
    openExternal: (url) => void openExternal(url).catch(() => {}),
    keepInTray: () => !quitting && (settings?.closeToTray ?? true),
    onHiddenToTray,
  })
  window.on('closed', () => {
    mainWindow = null
  })
  // Coming back to the window is when a sync tool has most likely changed the file: look at once.
  window.on('focus', () => void core?.checkDataFile())

  mainWindow = window
  return window
}

/** The first time the window goes to the tray, the app says where it went (a message box where notifications fail). */
const tellStillRunning = trayNoticeTeller({
  notificationsSupported: () => Notification.isSupported(),
  notify: showNotice,
  showDialog: (notice) =>
    dialog.showMessageBox({ type: 'info', title: notice.title, message: notice.title, detail: notice.body }),
  markShown: () => void core?.invoke('settings:update', { trayNoticeShown: true }),
})

function onHiddenToTray(): void {
  if (settings) tellStillRunning(settings.trayNoticeShown)
}

/** Registers (or removes) the start at login: a login item on macOS and Windows, an autostart entry on Linux. */
async function applyStartAtLogin(openAtLogin: boolean): Promise<void> {
  if (process.platform === 'linux') {
    await syncAutostartEntry(openAtLogin, { env: process.env, home: app.getPath('home'), execPath: process.execPath })
  } else {
    app.setLoginItemSettings(loginItemSettings(process.platform, openAtLogin))
  }
}

const reminderHost: ReminderHost = {
  open: (target) => void showMainWindow().then((w) => w.webContents.send('navigate', { path: target })),
  logSession: () => void showMainWindow().then((w) => w.webContents.send('app:command', { command: 'log-session' })),
  quit: () => app.quit(),
  zone: userTimeZone,
  core: () => core,
}

/** Reads the settings again and applies what the host owns. */
async function applySettings(): Promise<void> {
  const result = await core?.handlers['settings:get']()
  if (!result?.ok) return
  const openAtLogin = result.value.startAtLogin
  const changed = settings?.startAtLogin !== openAtLogin
  settings = result.value
  if (changed) await applyStartAtLogin(openAtLogin).catch((error: unknown) => console.warn('Start at login', error))
}

async function start(): Promise<void> {
  hardenSession(session.defaultSession, development)
  const locationFile = locationFileIn(app.getPath('userData'))
  const remembered = await readDataLocation(locationFile)
  const dataFile = resolveDataFile(process.env, app.getPath('userData'), remembered)
  core = await createCore({
    dataFile,
    previousDataFile: remembered?.dataFile === dataFile ? remembered.previousDataFile : null,
    app: { name: app.getName(), version: app.getVersion() },
    timeZone: reminderHost.zone,
    ports: {
      openExternal,
      saveFile: (file) => saveFileWithDialog(mainWindow, file),
      printPdf: printPdfInHiddenWindow,
      openFile: openSavedFile,
      revealPath: async (path) => shell.showItemInFolder(path),
      chooseFile: (options) => chooseFileWithDialog(mainWindow, options),
      chooseFolder: (options) => chooseFolderWithDialog(mainWindow, options),
      saveDataLocation: (location) => writeDataLocation(locationFile, location),
      notify: notifier(reminderHost),
      log: console,
    },
  })
  await applySettings()
  core.on('data:changed', ({ kinds }) => {
    if (kinds.includes('settings')) void applySettings()
  })
  registerIpc(ipcMain, core, (url) => isAppUrl(url, origin))
  forwardEvents(core, () => BrowserWindow.getAllWindows().map((w) => w.webContents))
  connectReminders(core, reminderHost)
  const menu = applicationMenuTemplate(process.platform, development, {
    navigate: (path) => reminderHost.open(path),
    revealDataFile: () => void core?.invoke('data:reveal', { target: 'dataFile' }),
  })
  Menu.setApplicationMenu(Menu.buildFromTemplate(menu))
  // Started at login: stay in the tray until the user opens the window.
  const wasOpenedAtLogin = process.platform === 'darwin' && app.getLoginItemSettings().wasOpenedAtLogin
  if (!startsHidden({ platform: process.platform, argv: process.argv, wasOpenedAtLogin })) await showMainWindow()
}

if (!app.requestSingleInstanceLock()) {
  // One writer per data file: a second launch hands over to the first and leaves.
  app.quit()
} else {
  // Windows shows notifications only for an app with its user model id.
  app.setAppUserModelId('app.mentortracker.desktop')
  // A second start hands over to this one; a start at login while the app already runs leaves the window closed.
  app.on('second-instance', (_event, argv) => {
    if (!argv.includes(HIDDEN_ARG)) void showMainWindow()
  })
  app.on('activate', () => void showMainWindow())
  app.on('window-all-closed', () => {
    // With the tray on, windows are hidden rather than closed; this runs when the user turned it off.
    if (process.platform !== 'darwin') app.quit()
  })
  app.on('before-quit', (event) => {
    quitting = true
    if (!core) return
    // Hold the quit until every acknowledged change is on disk.
    event.preventDefault()
    const closing = core
    core = null
    void closing.close().finally(() => app.quit())
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
