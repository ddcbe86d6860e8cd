import type { AppNotification } from './reminders/notifications'
import type { Clock } from './clock'
import type { Logger } from './log'
import type { PrintJob } from './report/print-job'
import type { Store } from './store/store'

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

/** Everything a domain module needs. */
export interface CoreContext {
  store: Store
  clock: Clock
  ports: CorePorts
  app: { name: string; version: string }
  newId(): string
  /** Paths this app saved in this run: the only files `app:openFile` opens. */
  savedFiles: Set<string>
  /** The user's time zone, for "9 in the morning" and quiet hours. */
  zone(): string
  /** The file the data was moved from, kept until the user removes it; a move changes it. */
  moved: { previousDataFile: string | null }
}
