import { randomUUID } from 'node:crypto'
import type { EventName } from '../../shared/channel-names'
import type { EventPayloads } from '../../shared/ipc'
import type { Result } from '../../shared/result'
import type { StoreStatus } from '../../shared/store-status'
import type { Clock } from './clock'
import { systemClock } from './clock'
import type { CoreContext, CorePorts } from './context'
import { actionHandlers } from './domain/actions'
import { appHandlers } from './domain/app'
import { draftHandlers } from './domain/drafts'
import { goalHandlers } from './domain/goals'
import { icsHandlers } from './domain/ics'
import { mentorHandlers } from './domain/mentors'
import { noteHandlers } from './domain/notes'
import { extendSeries, seriesHandlers } from './domain/series'
import { sessionHandlers } from './domain/sessions'
import { settingsHandlers } from './domain/settings'
import type { Handlers, ValidatedHandlers } from './handlers'
import { createInvoke, validateHandlers } from './handlers'
import { consoleLogger } from './log'
import { Store } from './store/store'

export interface CoreOptions {
  /** The data file; created when missing. */
  dataFile: string
  clock?: Clock
  ports?: Partial<CorePorts>
  app?: { name: string; version: string }
}

type Listener<E extends EventName> = (payload: EventPayloads[E]) => void

/** Everything the app does, with no Electron: hosts connect a transport to `invoke` and `on`. */
export interface Core {
  /** Each channel's handler: validates raw input, answers with a Result. */
  handlers: ValidatedHandlers
  /** Dispatches a channel given by name. */
  invoke(channel: unknown, input: unknown): Promise<Result<unknown>>
  /** Subscribes to core's events; returns the unsubscribe. */
  on<E extends EventName>(event: E, listener: Listener<E>): () => void
  status(): StoreStatus
  /** Refuses new changes and waits until every pending write is on disk. */
  close(): Promise<void>
}

const unsupported = (what: string) => async () => {
  throw new Error(`This host cannot ${what}`)
}

/** Opens the data file and builds the handlers over it. */
export async function createCore(options: CoreOptions): Promise<Core> {
  const clock = options.clock ?? systemClock
  const ports: CorePorts = {
    openExternal: unsupported('open external links'),
    saveFile: unsupported('save files'),
    log: consoleLogger,
    ...options.ports,
  }
  const store = await Store.open({ dataFile: options.dataFile, clock, log: ports.log })
  const context: CoreContext = {
    store,
    clock,
    ports,
    app: options.app ?? { name: 'Mentor Tracker', version: '0.0.0' },
    newId: randomUUID,
  }
  const handlers: Handlers = {
    ...appHandlers(context),
    ...settingsHandlers(context),
    ...mentorHandlers(context),
    ...noteHandlers(context),
    ...draftHandlers(context),
    ...sessionHandlers(context),
    ...icsHandlers(context),
    ...seriesHandlers(context),
    ...actionHandlers(context),
    ...goalHandlers(context),
  }
  const validated = validateHandlers(handlers, ports.log)

  const listeners = new Map<EventName, Set<(payload: never) => void>>()
  const emit = <E extends EventName>(event: E, payload: EventPayloads[E]) => {
    for (const listener of listeners.get(event) ?? []) (listener as Listener<E>)(payload)
  }
  store.onChange((kinds) => emit('data:changed', { kinds }))
  await planSeriesAhead(store, ports)

  return {
    handlers: validated,
    invoke: createInvoke(validated),
    on: (event, listener) => {
      const set = listeners.get(event) ?? new Set()
      listeners.set(event, set)
      set.add(listener as (payload: never) => void)
      return () => set.delete(listener as (payload: never) => void)
    },
    status: () => store.status,
    close: () => store.close(),
  }
}

/** Plans the occurrences of recurring sessions that came into the horizon since the file was last open. */
async function planSeriesAhead(store: Store, ports: CorePorts): Promise<void> {
  if (store.status.mode === 'read-only' || store.data.series.length === 0) return
  try {
    await store.mutate((data, now) => {
      const next = extendSeries(data, now, randomUUID)
      return { data: next, value: null, changed: next === data ? [] : ['sessions'] }
    })
  } catch (error) {
    ports.log.warn('Could not plan the next occurrences of recurring sessions', error)
  }
}
