import type { EventName } from '../../shared/channel-names'
import type { EventPayloads } from '../../shared/ipc'
import type { Clock } from './clock'
import type { CorePorts } from './ports'
import type { SavedFiles } from './saved-files'
import type { Store } from './store/store'

/** Everything a domain slice needs to register its handlers. */
export interface CoreContext {
  store: Store
  clock: Clock
  ports: CorePorts
  app: { name: string; version: string }
  newId(): string
  /** Saves files where the user chooses, and knows which ones it saved. */
  files: SavedFiles
  /** The user's time zone, for "9 in the morning" and quiet hours. */
  zone(): string
  /** The file the data was moved from, kept until the user removes it; a move changes it. */
  moved: { previousDataFile: string | null }
  /** Tells every listener of core's events (the renderer, through the host). */
  emit<E extends EventName>(event: E, payload: EventPayloads[E]): void
}
