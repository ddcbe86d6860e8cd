// What `import { app, BrowserWindow, ... } from 'electron'` gives the built main process in the boot
// test's child. The main process's exports only: as in Electron, its renderer modules are not here.
import { standIn } from './child-stand-in'

export const {
  app,
  BrowserWindow,
  Menu,
  Tray,
  Notification,
  ipcMain,
  nativeTheme,
  powerMonitor,
  nativeImage,
  screen,
  session,
  dialog,
  shell,
} = standIn.electron
