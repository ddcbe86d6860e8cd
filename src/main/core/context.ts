import type { Clock } from './clock'
import type { Logger } from './log'
import type { Store } from './store/store'

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
  log: Logger
}

/** Everything a domain module needs. */
export interface CoreContext {
  store: Store
  clock: Clock
  ports: CorePorts
  app: { name: string; version: string }
  newId(): string
}
