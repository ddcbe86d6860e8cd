import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { BrowserWindow } from 'electron'
import { app, dialog, shell } from 'electron'
import type { SaveFile } from '../core/context'

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
