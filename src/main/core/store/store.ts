import { Low } from 'lowdb'
import type { DataKind, Database } from '../../../shared/model'
import { dataKinds } from '../../../shared/model'
import type { StoreNotice, StoreStatus } from '../../../shared/store-status'
import type { Clock } from '../clock'
import { AppFailure } from '../errors'
import type { Logger } from '../log'
import type { Timers } from '../timers'
import { nodeTimers } from '../timers'
import { DailyBackups, writeBackup, writeStampedBackup } from './backups'
import type { ChangedRecords } from './change-set'
import { Compactor } from './compactor'
import type { StoreIO } from './durable-file'
import { durableIO } from './durable-file'
import type { ExternalChangeHost } from './external-changes'
import { absorbDataFileChange, takeBackJournal } from './external-changes'
import type { Fingerprint } from './fingerprint'
import { fingerprintOf } from './fingerprint'
import { JournaledFile } from './journaled-file'
import { moveDataFile } from './move-data-file'
import { openDataFile } from './open-data-file'
import { serialize } from './serialize'
import { StatusKeeper } from './status-keeper'
import { errorCode, storageCause } from './storage-errors'
import type { Change } from './write-queue'
import { WriteQueue, applyBatch } from './write-queue'

export type { Change }

export interface StoreOptions {
  dataFile: string
  clock: Clock
  log: Logger
  /** How the data file and journal are written; tests pass one that fails like a full or read-only disk. */
  io?: StoreIO
  /** The timers behind watching, retrying and idle compaction; tests pass fakes. */
  timers?: Timers
  /** How often to look for changes other programs made to the files, in ms; 0 (the default) only looks before each write. */
  watchMs?: number
  /** How often to try writing again after a write failed, in ms; 0 only when asked. */
  retryMs?: number
  /** Compact once the journal is this long, in bytes (default 4 MB). */
  compactAtBytes?: number
  /** Compact once no change came for this long, in ms (default 30 s). */
  compactWhenIdleMs?: number
  /** Told of each step of the store's life (`append`, `compaction-begin`…), for the crash test. */
  trace?: (step: string) => void
}

/** What a change listener is told: the kinds of data touched, and the records, or 'all' when everything may have. */
export type ChangeListener = (kinds: DataKind[], records: ChangedRecords | 'all') => void

/**
 * The data file: lowdb over a snapshot and a journal, one writer, validated on open, never overwritten
 * when damaged or when another program changed it since this app last wrote it. Changes queue; each
 * batch is appended to the journal once and acknowledged only when it is on disk.
 */
export class Store {
  private readonly db: Low<Database>
  private adapter: JournaledFile
  private readonly queue = new WriteQueue()
  /** Every disk operation runs in this chain, one at a time (a compaction's snapshot write runs beside it). */
  private chain: Promise<unknown> = Promise.resolve()
  private closed = false
  /** The data file as this app last wrote or read it: anything else on disk was written by another program. */
  private known: Fingerprint | null
  private readonly state: StatusKeeper
  private readonly compactor: Compactor
  private readonly daily: DailyBackups
  private watchTimer: unknown = null
  /** The current watch; a look that ends after it was stopped or restarted does not go on. */
  private watching: object | null = null
  private readonly timers: Timers
  private readonly listeners = new Set<ChangeListener>()
  private readonly noticeListeners = new Set<(notice: StoreNotice) => void>()

  private constructor(
    private readonly options: StoreOptions,
    opened: Awaited<ReturnType<typeof openDataFile>>,
  ) {
    const io = options.io ?? durableIO
    this.timers = options.timers ?? nodeTimers
    this.adapter = new JournaledFile(options.dataFile, io, opened.data, opened.disk)
    this.db = new Low(this.adapter, opened.data)
    this.known = opened.known
    this.state = new StatusKeeper(opened.status, {
      clock: options.clock,
      timers: this.timers,
      retryMs: options.retryMs ?? 30_000,
      retry: () => this.retry(),
    })
    this.daily = new DailyBackups(options.log)
    this.compactor = new Compactor({
      adapter: () => this.adapter,
      exclusive: (task) => this.exclusive(task),
      canWrite: () => this.state.current.mode !== 'read-only' && this.state.current.mode !== 'unwritable',
      timers: this.timers,
      atBytes: options.compactAtBytes ?? 4 * 1024 * 1024,
      idleMs: options.compactWhenIdleMs ?? 30_000,
      log: options.log,
      trace: options.trace,
      compacted: async (bytes) => {
        this.known = await fingerprintOf(this.adapter.dataFile, bytes)
        this.daily.pending = true
        const now = options.clock.now()
        if (this.daily.due(now)) await this.daily.refresh(this.adapter.dataFile, now)
      },
    })
  }

  /** Opens (or creates) the data file and replays its journal, recovering from damage as DESIGN.md describes. */
  static async open(options: StoreOptions): Promise<Store> {
    const opened = await openDataFile({ ...options, io: options.io ?? durableIO })
    const store = new Store(options, opened)
    const { log } = options
    if (opened.writeWhole) {
      // New, recovered, upgraded or a journal set aside: written whole now, so the next start finds it so.
      await store.writeWhole(opened.data).catch((error: unknown) => {
        log.error('Could not write the data file on opening', errorCode(error))
        store.state.unwritable(error)
      })
    }
    if (store.status.mode === 'read-only') return store // Nothing is ever written, not even a backup.
    // Written while the user already sees their data; the first change waits for it (one writer).
    const lastGood = opened.lastGood
    if (lastGood) {
      void store.exclusive(() =>
        writeBackup(store.file, 'last-good.json', lastGood).then(
          () => {},
          (error: unknown) => log.warn('Could not write the last-good backup', errorCode(error)),
        ),
      )
    }
    // The last run did not end cleanly: fold its journal into the snapshot soon.
    if (opened.replayed > 0) void store.compactor.run()
    void store.exclusive(() => store.daily.refresh(store.file, options.clock.now()))
    store.watch()
    return store
  }

  /** Resolves once every disk operation queued so far (backups after opening, pending changes, a compaction) is done. */
  async settled(): Promise<void> {
    await this.exclusive(async () => {})
    await this.compactor.settled()
  }

  /** The data as it is durable on disk (lowdb's `data`). Treat it as immutable. */
  get data(): Database {
    return this.db.data
  }

  /** How the file was opened, or whether it can be written now. */
  get status(): StoreStatus {
    return this.state.current
  }

  /** True while changes can be saved. */
  get writable(): boolean {
    return this.refusal() === null
  }

  /** The data file now in use (it changes when the data is moved). */
  get file(): string {
    return this.adapter.dataFile
  }

  /** The journal's length in bytes (0 when there is none). */
  get journalBytes(): number {
    return this.adapter.journal.size
  }

  /** Listens for committed changes; returns the unsubscribe. */
  onChange(listener: ChangeListener): () => void {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  /** Listens for changes of status: writing failed, or works again. */
  onStatus(listener: (status: StoreStatus) => void): () => void {
    return this.state.on(listener)
  }

  /** Listens for what other programs did to the files: reloaded, kept both, or set aside. */
  onNotice(listener: (notice: StoreNotice) => void): () => void {
    this.noticeListeners.add(listener)
    return () => this.noticeListeners.delete(listener)
  }

  /** Applies a change and resolves once it is durable on disk; rejects (changing nothing) on failure. */
  mutate<T>(change: Change<T>): Promise<T> {
    const refused = this.refusal()
    if (refused) return Promise.reject(refused)
    return this.queue.push(change, () => void this.exclusive(() => this.writeQueued()))
  }

  /**
   * Replaces all the data at once (a restore or an import): first keeps the data as it is now as
   * a backup of `kind`, then writes what `build` makes of it whole. Resolves with the backup's path.
   */
  replaceAll(kind: 'before-restore' | 'before-import', build: (current: Database) => Database): Promise<string> {
    const refused = this.refusal()
    if (refused) return Promise.reject(refused)
    return this.exclusive(async () => {
      await this.compactor.finish()
      await absorbDataFileChange(this.host(), true)
      const refusedNow = this.refusal()
      if (refusedNow) throw refusedNow
      const next = build(this.data)
      const safetyCopy = await writeStampedBackup(
        this.file,
        kind,
        this.options.clock.now(),
        serialize(this.data),
      ).catch((error: unknown) => {
        throw new AppFailure(
          'storage',
          `Nothing was changed: the data as it is could not be backed up first, because ${storageCause(error)}.`,
        )
      })
      await this.writeWhole(next).catch((error: unknown) => {
        throw this.failedWrite(error)
      })
      this.announce([...dataKinds], 'all')
      return safetyCopy
    })
  }

  /**
   * Moves the data to `folder`: compacts it here, writes it there, reads it back to verify it, then
   * switches to it. The old file stays where it was. `beforeSwitch` records the new place for the
   * next start; if it fails, the copy is removed and nothing changes. Resolves with the new path.
   */
  moveTo(folder: string, beforeSwitch: (target: string) => Promise<void>): Promise<string> {
    return this.exclusive(async () => {
      if (this.status.mode === 'read-only') throw this.refusal()
      await this.compactor.finish()
      await absorbDataFileChange(this.host(), true)
      const io = this.options.io ?? durableIO
      const moved = await moveDataFile({
        adapter: this.adapter,
        io,
        folder,
        clock: this.options.clock,
        log: this.options.log,
        beforeSwitch,
      })
      this.stopWatching()
      this.adapter = moved.adapter
      this.db.adapter = moved.adapter
      this.known = moved.known
      this.state.set({ mode: 'ok', dataFile: moved.adapter.dataFile })
      this.watch()
      return moved.adapter.dataFile
    })
  }

  /** Tries writing again after a failure; resolves with the status it leaves. */
  retry(): Promise<StoreStatus> {
    return this.exclusive(async () => {
      if (this.status.mode !== 'unwritable') return this.status
      await this.compactor.finish()
      await absorbDataFileChange(this.host(), true)
      if (this.status.mode !== 'unwritable') return this.status
      try {
        await this.adapter.probe()
        this.state.set({ mode: 'ok', dataFile: this.file })
      } catch (error) {
        this.options.log.warn('Writing failed again', errorCode(error))
        this.state.stillUnwritable(error)
      }
      return this.status
    })
  }

  /** Looks at once for changes another program made to the files (the host calls it when the window gets focus). */
  checkDisk(): Promise<void> {
    if (this.closed) return Promise.resolve()
    return this.exclusive(async () => {
      if (this.compactor.running) return // Its own snapshot write would look like another program's.
      await absorbDataFileChange(this.host(), false)
      if (this.writable && (await this.adapter.journal.changedElsewhere())) await takeBackJournal(this.host())
    })
  }

  /** Folds the journal into a new snapshot now (off the path of changes, which go on meanwhile); resolves when done. */
  compact(): Promise<void> {
    return this.compactor.run()
  }

  /** Refuses new changes, waits until every queued one is on disk, then leaves the data file alone as the whole truth. */
  async close(): Promise<void> {
    this.closed = true
    this.stopWatching()
    this.state.stop()
    this.compactor.stop()
    await this.exclusive(async () => {})
    await this.compactor.settled()
    if (this.status.mode !== 'read-only') await this.compactor.run({ evenWhenUnwritable: true })
    if (this.daily.pending) await this.daily.refresh(this.file, this.options.clock.now())
  }

  /** Why a change cannot be accepted now, or null when it can. */
  private refusal(): AppFailure | null {
    if (this.closed) return new AppFailure('unavailable', 'Mentor Tracker is closing, so this change was not saved.')
    const status = this.status
    if (status.mode === 'read-only' || status.mode === 'unwritable') {
      return new AppFailure('read-only', `Nothing was saved. ${status.reason}`)
    }
    return null
  }

  /** Runs `task` after every disk operation before it. */
  private exclusive<T>(task: () => Promise<T>): Promise<T> {
    const result = this.chain.then(task)
    this.chain = result.catch(() => {})
    return result
  }

  /** Applies every queued change in order, appends the result once, then acknowledges them all. */
  private async writeQueued(): Promise<void> {
    for (let batch = this.queue.take(); batch.length > 0; batch = this.queue.take()) {
      // Another program may have changed the file: take its version first, then apply the queue to it.
      const absorbed = this.compactor.running
        ? null
        : await absorbDataFileChange(this.host(), true).then(
            () => null,
            (error: unknown) => error,
          )
      if (absorbed) {
        // Neither the other program's file nor ours could be kept safely: write nothing.
        this.options.log.error('Could not take in a change another program made to the data file', errorCode(absorbed))
        this.state.unwritable(absorbed)
        const failure = new AppFailure('storage', `Your change was not saved because ${storageCause(absorbed)}.`)
        for (const pending of batch) pending.reject(failure)
        continue
      }
      const refused = this.refusal()
      if (refused && !this.closed) {
        for (const pending of batch) pending.reject(refused)
        continue
      }
      const { next, applied, kinds } = applyBatch(this.data, batch, this.options.clock.now())
      let records: ChangedRecords | null
      try {
        records = await this.append(next)
      } catch (failure) {
        for (const [pending] of applied) pending.reject(failure)
        continue
      }
      if (records) this.announce(kinds, records)
      for (const [pending, value] of applied) pending.resolve(value)
    }
  }

  /** Makes `next` durable as one journal line; on failure keeps the saved data, turns unwritable and throws a plain sentence. */
  private async append(next: Database): Promise<ChangedRecords | null> {
    try {
      if (await this.adapter.journal.changedElsewhere()) await takeBackJournal(this.host())
      const written = await this.adapter.writeChange(next)
      this.db.data = this.adapter.data
      if (!written) return null
      this.options.trace?.('append')
      if (written.whole) this.known = await fingerprintOf(this.file, written.whole)
      this.compactor.changed()
      return written.records
    } catch (error) {
      this.options.log.error('A write to the data file failed', errorCode(error))
      this.state.unwritable(error)
      throw this.failedWrite(error)
    }
  }

  private failedWrite(error: unknown): AppFailure {
    return new AppFailure(
      'storage',
      `Your change was not saved because ${storageCause(error)}. Everything saved before is safe.`,
    )
  }

  /** Writes `data` whole as a new snapshot, dropping the journal, and notes the file as this app's own. */
  private async writeWhole(data: Database): Promise<void> {
    const bytes = await this.adapter.writeWhole(data)
    this.db.data = data
    this.known = await fingerprintOf(this.file, bytes)
  }

  private announce(kinds: DataKind[], records: ChangedRecords | 'all'): void {
    if (kinds.length === 0) return
    for (const listener of this.listeners) listener(kinds, records)
  }

  /** What the code that takes in other programs' changes needs of this store. */
  private host(): ExternalChangeHost {
    // eslint-disable-next-line @typescript-eslint/no-this-alias
    const store = this
    return {
      get adapter() {
        return store.adapter
      },
      get known() {
        return store.known
      },
      set known(value) {
        store.known = value
      },
      get status() {
        return store.status
      },
      clock: this.options.clock,
      log: this.options.log,
      setStatus: (status) => this.state.set(status),
      unwritable: (error) => this.state.unwritable(error),
      writeWhole: async (data) => {
        await this.compactor.finish() // Never two snapshot writes at once.
        await this.writeWhole(data)
      },
      replaced: () => {
        this.db.data = this.adapter.data
        this.announce([...dataKinds], 'all')
      },
      notify: (notice) => {
        for (const listener of this.noticeListeners) listener(notice)
      },
    }
  }

  /** Looks at the files every `watchMs` for other programs' changes (a sync tool replacing them): one stat each. */
  private watch(): void {
    const every = this.options.watchMs ?? 0
    if (every <= 0 || this.closed) return
    const watching = {}
    this.watching = watching
    const look = () => {
      this.watchTimer = this.timers.setTimeout(() => {
        void this.checkDisk()
          .catch((error: unknown) =>
            this.options.log.warn('Could not look at the data file for changes', errorCode(error)),
          )
          .finally(() => {
            if (this.watching === watching) look()
          })
      }, every)
    }
    look()
  }

  private stopWatching(): void {
    this.watching = null
    if (this.watchTimer !== null) this.timers.clearTimeout(this.watchTimer)
    this.watchTimer = null
  }
}
