import { randomUUID } from 'node:crypto'
import type { EventName } from '../../shared/channel-names'
import type { EventPayloads } from '../../shared/ipc'
import type { Result } from '../../shared/result'
import type { StoreStatus } from '../../shared/store-status'
import { userTimeZone } from '../../shared/time'
import type { Clock } from './clock'
import { systemClock } from './clock'
import type { CoreContext, CorePorts } from './context'
import { actionHandlers } from './domain/actions'
import { appHandlers } from './domain/app'
import { dataHandlers } from './domain/data'
import { draftHandlers } from './domain/drafts'
import { goalHandlers } from './domain/goals'
import { icsHandlers } from './domain/ics'
import { calendarHandlers } from './import/calendar-handlers'
import { contactsHandlers } from './import/contacts-handlers'
import { mentorHandlers } from './domain/mentors'
import { noteHandlers } from './domain/notes'
import { extendSeries, seriesHandlers } from './domain/series'
import { sessionHandlers } from './domain/sessions'
import { settingsHandlers } from './domain/settings'
import { reportHandlers } from './report/report-handlers'
import type { Handlers, ValidatedHandlers } from './handlers'
import { createInvoke, validateHandlers } from './handlers'
import { consoleLogger } from './log'
import { reminderHandlers } from './domain/reminders'
import { sampleHandlers } from './domain/sample'
import { searchHandlers } from './domain/search'
import { SearchIndex } from './search/search-index'

import type { Plan } from './reminders/plan'
import { planReminders } from './reminders/plan'
import { createScheduler } from './reminders/scheduler'
import type { Timers } from './timers'
import { nodeTimers } from './timers'
import type { StoreIO } from './store/durable-file'
import type { StoreOptions } from './store/store'
import { Store } from './store/store'

export interface CoreOptions {
  /** The data file; created when missing. */
  dataFile: string
  clock?: Clock
  ports?: Partial<CorePorts>
  app?: { name: string; version: string }
  /** The timers of the reminder scheduler and the store (tests pass fakes). */
  timers?: Timers
  /** The user's time zone (the computer's, by default): when "9 in the morning" and quiet hours are. */
  timeZone?: () => string
  /** The file the data was moved from, which the user has not removed yet (the host remembers it). */
  previousDataFile?: string | null
  /** How often to look for changes other programs made to the data file, in ms (default 2 s; 0: only before writes). */
  watchMs?: number
  /** How the store writes the data file and its journal; tests pass one that fails like a sick disk. */
  storeIO?: StoreIO
  /** When the store compacts its journal, and a trace of its steps (the crash test's). */
  store?: Pick<StoreOptions, 'compactAtBytes' | 'compactWhenIdleMs' | 'trace'>
  /** How long after start-up to begin indexing for search, in ms (default 2 s); a search starts it at once. */
  searchIndexDelayMs?: number
}

/** Start-up's first screens are served before the search index takes the CPU. */
const SEARCH_INDEX_DELAY_MS = 2_000

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
  /** The reminders as planned now: what is due, what comes next. */
  reminderPlan(): Plan
  /** Re-plans reminders at once: after sleep, a clock change, or when the host thinks time moved. */
  wake(): Promise<void>
  /** Looks at once whether another program changed the data file (the host calls it when the window gets focus). */
  checkDataFile(): Promise<void>

  /** Stops the reminders, refuses new changes and waits until every pending write is on disk. */
  close(): Promise<void>
}

/** The computer's time zone. */
const systemZone = userTimeZone

const unsupported = (what: string) => async () => {
  throw new Error(`This host cannot ${what}`)
}

/** Opens the data file and builds the handlers over it. */
export async function createCore(options: CoreOptions): Promise<Core> {
  const clock = options.clock ?? systemClock
  const ports: CorePorts = {
    openExternal: unsupported('open external links'),
    saveFile: unsupported('save files'),
    printPdf: unsupported('print PDFs'),
    openFile: unsupported('open files'),
    notify: () => {},
    revealPath: unsupported('show files'),
    chooseFile: unsupported('open files'),
    chooseFolder: unsupported('choose folders'),
    saveDataLocation: unsupported('remember where the data is'),
    log: consoleLogger,
    ...options.ports,
  }
  const zone = options.timeZone ?? systemZone
  const store = await Store.open({
    ...options.store,
    dataFile: options.dataFile,
    clock,
    log: ports.log,
    io: options.storeIO,
    timers: options.timers,
    watchMs: options.watchMs ?? 2_000,
  })
  const context: CoreContext = {
    store,
    clock,
    ports,
    app: options.app ?? { name: 'Mentor Tracker', version: '0.0.0' },
    newId: randomUUID,
    savedFiles: new Set(),
    zone,
    moved: { previousDataFile: options.previousDataFile ?? null },
  }
  const plan = () => planReminders(store.data, clock.now(), zone())
  // Indexed in slices once start-up's first screens are served (or at the first search, which waits
  // for it); changes are applied as they happen.
  const search = new SearchIndex()
  let indexing: Promise<void> | null = null
  let indexed = false
  const searchReady = () =>
    (indexing ??= search.build(store.data).then(() => {
      search.sync(store.data)
      indexed = true
    }))
  const indexTimer = setTimeout(() => void searchReady(), options.searchIndexDelayMs ?? SEARCH_INDEX_DELAY_MS)
  indexTimer.unref?.()
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
    // `emit` is declared below; reports call it only once the core is running.
    ...reportHandlers({ ...context, emit: (event, payload) => emit(event, payload) }),
    ...reminderHandlers({ ...context, plan }),
    ...sampleHandlers(context),
    ...searchHandlers({ ...context, search, searchReady }),
    ...dataHandlers(context),
    ...contactsHandlers(context),
    ...calendarHandlers(context),
  }
  const validated = validateHandlers(handlers, ports.log)

  const listeners = new Map<EventName, Set<(payload: never) => void>>()
  const emit = <E extends EventName>(event: E, payload: EventPayloads[E]) => {
    for (const listener of listeners.get(event) ?? []) (listener as Listener<E>)(payload)
  }
  store.onChange((kinds) => emit('data:changed', { kinds }))
  store.onStatus((status) => emit('store:status', status))
  store.onNotice((notice) => emit('store:notice', notice))
  // Once built, the index takes in each change's own records; until then, the sync after building catches up.
  store.onChange((_kinds, records) => {
    if (!indexed) return
    if (records === 'all') search.sync(store.data)
    else search.apply(records)
  })
  await planSeriesAhead(store, ports)
  let dueCount = -1
  const scheduler = createScheduler({
    store,
    clock,
    zone,
    timers: options.timers ?? nodeTimers,
    log: ports.log,
    notify: (notification) => ports.notify(notification),
    // A recurring series always has its next half year planned, also in an app left running for months.
    onNewDay: () => planSeriesAhead(store, ports),
    onPlan: (current) => {
      if (current.due.length === dueCount) return
      dueCount = current.due.length
      emit('reminders:due', { count: dueCount })
    },
  })
  await scheduler.ready

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
    reminderPlan: scheduler.plan,
    wake: scheduler.wake,
    checkDataFile: () => store.checkDisk(),
    close: async () => {
      clearTimeout(indexTimer)
      scheduler.stop()
      await store.close()
    },
  }
}

/** Plans recurring sessions' occurrences that came into the horizon since the file was opened or the day changed. */
async function planSeriesAhead(store: Store, ports: CorePorts): Promise<void> {
  if (!store.writable || store.data.series.length === 0) return
  try {
    await store.mutate((data, now) => {
      const next = extendSeries(data, now, randomUUID)
      return { data: next, value: null, changed: next === data ? [] : ['sessions'] }
    })
  } catch (error) {
    ports.log.warn('Could not plan the next occurrences of recurring sessions', error)
  }
}
