import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { BrowserWindow } from 'electron'
import { app, dialog, shell } from 'electron'
import type { SaveFile } from '../core/ports'

/** Core's saveFile port: the native save dialog, starting in Documents, then a plain write. */
export async function saveFileWithDialog(window: BrowserWindow | null, file: SaveFile): Promise<string | null> {
  const options = { defaultPath: join(app.getPath('documents'), file.suggestedName), filters: file.filters }
  const choice = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options)
  if (choice.canceled || !choice.filePath) return null
  await writeFile(choice.filePath, file.content)
  return choice.filePath
}

/** Core's openFile port: the system's default app for the file; shell.openPath answers an error message, or ''. */
export async function openSavedFile(path: string): Promise<void> {
  const error = await shell.openPath(path)
  if (error) throw new Error(error)
}

/** Core's chooseFile port: the native open dialog for one file. */
export async function chooseFileWithDialog(
  window: BrowserWindow | null,
  options: { title: string; filters: Array<{ name: string; extensions: string[] }> },
): Promise<string | null> {
  const dialogOptions = { title: options.title, filters: options.filters, properties: ['openFile' as const] }
  const choice = window
    ? await dialog.showOpenDialog(window, dialogOptions)
    : await dialog.showOpenDialog(dialogOptions)
  return choice.canceled ? null : (choice.filePaths[0] ?? null)
}

/** Core's chooseFolder port: the native dialog for a folder, which may be made there. */
export async function chooseFolderWithDialog(
  window: BrowserWindow | null,
  options: { title: string },
): Promise<string | null> {
  const dialogOptions = {
    title: options.title,
    properties: ['openDirectory' as const, 'createDirectory' as const],
  }
  const choice = window
    ? await dialog.showOpenDialog(window, dialogOptions)
    : await dialog.showOpenDialog(dialogOptions)
  return choice.canceled ? null : (choice.filePaths[0] ?? null)
}
