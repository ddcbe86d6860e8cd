import type { Clock } from './clock'
import type { Logger } from './log'
import type { Store } from './store/store'

/** What the host provides core for effects core cannot do itself. */
export interface CorePorts {
  /** Opens an already validated http, https or mailto URL outside the app. */
  openExternal(url: string): Promise<void>
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
