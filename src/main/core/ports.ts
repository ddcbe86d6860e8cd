// What core asks of its host for the effects it cannot do itself: dialogs, printing, notifications, the system.
import type { PageSize } from '../../shared/requests/reports'
import type { Logger } from './log'
import type { AppNotification } from './reminders/notifications'

/** Where the data file is, and the file it was moved from while the user keeps that. */
export interface DataFileLocation {
  dataFile: string
  previousDataFile: string | null
}

/** A file core wants saved where the user chooses. */
export interface SaveFile {
  suggestedName: string
  content: string | Uint8Array
  filters: Array<{ name: string; extensions: string[] }>
}

/** A document to print to PDF; its header and footer are in its own CSS (page-margin boxes). */
export interface PrintJob {
  html: string
  pageSize: PageSize
  /** Millimetres; the same as the document's `@page` margins. */
  margins: { top: number; bottom: number; left: number; right: number }
  /** A tagged PDF with bookmarks from the headings: slower to print, so only for reports of moderate size. */
  tagged: boolean
  /** Aborted when the user cancels: the host stops printing and throws. */
  signal?: AbortSignal
}

/** What the host provides core for effects core cannot do itself. */
export interface CorePorts {
  /** Opens an already validated http, https or mailto URL outside the app. */
  openExternal(url: string): Promise<void>
  /** Asks where to save a file (the native save dialog) and writes it; the path, or null when the user cancelled. */
  saveFile(file: SaveFile): Promise<string | null>
  /** Prints an HTML document to PDF with Chromium (a hidden window, or headless Chromium); rejects when aborted. */
  printPdf(job: PrintJob): Promise<Uint8Array>
  /** Opens a file the app saved with the system's default app for it. */
  openFile(path: string): Promise<void>
  /** Shows a desktop notification (or records it, in the web host). */
  notify(notification: AppNotification): void
  /** Shows a file or folder in the system's file manager. */
  revealPath(path: string): Promise<void>
  /** Asks which file to open (the native open dialog): its path, or null when the user cancelled. */
  chooseFile(options: { title: string; filters: Array<{ name: string; extensions: string[] }> }): Promise<string | null>
  /** Asks for a folder (the native folder dialog): its path, or null when the user cancelled. */
  chooseFolder(options: { title: string }): Promise<string | null>
  /** Remembers where the data file is (and the copy it moved from) for the next start; rejects when it cannot. */
  saveDataLocation(location: DataFileLocation): Promise<void>

  log: Logger
}
