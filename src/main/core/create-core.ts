// Builds core: opens the store, registers every domain slice once, and starts reminders and search over it.
import { randomUUID } from 'node:crypto'
import type { EventName } from '../../shared/channel-names'
import type { Result } from '../../shared/result'
import type { StoreStatus } from '../../shared/store-status'
import { userTimeZone } from '../../shared/time'
import type { Clock } from './clock'
import { systemClock } from './clock'
import type { CoreContext } from './context'
import { actionHandlers } from './domain/actions'
import { outcomeHandlers } from './domain/outcomes'
import { agreementHandlers } from './domain/agreements'
import { appHandlers } from './domain/app'
import { calendarHandlers } from './domain/calendar'
import { checkInHandlers } from './domain/check-ins'
import { contactsHandlers } from './domain/contacts'
import { dataHandlers } from './domain/data'
import { draftHandlers } from './domain/drafts'
import { goalHandlers } from './domain/goals'
import { icsHandlers } from './domain/ics'
import { mentorHandlers } from './domain/mentors'
import { noteHandlers } from './domain/notes'
import { reminderHandlers } from './domain/reminders'
import { reportHandlers } from './domain/reports'
import { sampleHandlers } from './domain/sample'
import { searchHandlers } from './domain/search'
import { extendSeries, seriesHandlers } from './domain/series'
import { sessionHandlers } from './domain/sessions'
import { settingsHandlers } from './domain/settings'
import type { Listener } from './events'
import { createEvents } from './events'
import type { Handlers, ValidatedHandlers } from './handlers'
import { briefHandlers } from './domain/briefs'
import { combineSlices, createInvoke, validateHandlers } from './handlers'
import { consoleLogger } from './log'
import type { CorePorts } from './ports'
import type { Plan } from './reminders/plan'
import { planReminders } from './reminders/plan'
import { createScheduler } from './reminders/scheduler'
import { createSavedFiles } from './saved-files'
import { createLiveSearch } from './search/live-search'
import type { StoreIO } from './store/durable-file'
import type { StoreOptions } from './store/store'
import { Store } from './store/store'
import type { Timers } from './timers'
import { nodeTimers } from './timers'
import { wrapUpHandlers } from './domain/wrap-ups'

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

const unsupported = (what: string) => async () => {
  throw new Error(`This host cannot ${what}`)
}

/** What a host that offers nothing gives: each effect core cannot do itself refuses, until the host's own port replaces it. */
const hostless: CorePorts = {
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
}

/** Opens the data file and builds the handlers over it. */
export async function createCore(options: CoreOptions): Promise<Core> {
  const clock = options.clock ?? systemClock
  const ports: CorePorts = { ...hostless, ...options.ports }
  const zone = options.timeZone ?? userTimeZone
  const store = await Store.open({
    ...options.store,
    dataFile: options.dataFile,
    clock,
    log: ports.log,
    io: options.storeIO,
    timers: options.timers,
    watchMs: options.watchMs ?? 2_000,
  })
  const events = createEvents()
  store.onChange((kinds) => events.emit('data:changed', { kinds }))
  store.onStatus((status) => events.emit('store:status', status))
  store.onNotice((notice) => events.emit('store:notice', notice))
  const context: CoreContext = {
    store,
    clock,
    ports,
    app: options.app ?? { name: 'Mentor Tracker', version: '0.0.0' },
    newId: randomUUID,
    files: createSavedFiles(ports),
    zone,
    moved: { previousDataFile: options.previousDataFile ?? null },
    emit: events.emit,
  }
  const plan = () => planReminders(store.data, clock.now(), zone())
  const search = createLiveSearch(store, options.searchIndexDelayMs ?? SEARCH_INDEX_DELAY_MS)
  const handlers: Handlers = combineSlices(
    appHandlers(context),
    settingsHandlers(context),
    mentorHandlers(context),
    noteHandlers(context),
    draftHandlers(context),
    sessionHandlers(context),
    briefHandlers(context),
    icsHandlers(context),
    seriesHandlers(context),
    actionHandlers(context),
    outcomeHandlers(context),
    goalHandlers(context),
    agreementHandlers(context),
    reportHandlers(context),
    reminderHandlers({ ...context, plan }),
    sampleHandlers(context),
    searchHandlers({ ...context, search }),
    dataHandlers(context),
    contactsHandlers(context),
    calendarHandlers(context),
    wrapUpHandlers(context),
    checkInHandlers(context),
  )
  const validated = validateHandlers(handlers, ports.log)

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
      events.emit('reminders:due', { count: dueCount })
    },
  })
  await scheduler.ready

  return {
    handlers: validated,
    invoke: createInvoke(validated),
    on: events.on,
    status: () => store.status,
    reminderPlan: scheduler.plan,
    wake: scheduler.wake,
    checkDataFile: () => store.checkDisk(),
    close: async () => {
      search.close()
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
