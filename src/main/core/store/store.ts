import type { DataKind, Database } from '../../../shared/model'
import { dataKinds } from '../../../shared/model'
import type { StoreNotice, StoreStatus } from '../../../shared/store-status'
import { AppFailure } from '../errors'
import { nodeTimers } from '../timers'
import { writeStampedBackup } from './backups'
import type { ChangedRecords } from './change-set'
import { durableIO } from './durable-file'
import { absorbDataFileChange, takeBackJournal } from './external-changes'
import type { OpenedFile } from './open-data-file'
import { openDataFile } from './open-data-file'
import { serialize } from './serialize'
import { StatusKeeper } from './status-keeper'
import { errorCode, storageCause } from './storage-errors'
import { StoreDisk, failedWrite } from './store-disk'
import type { ChangeListener, StoreOptions } from './store-options'
import type { Change, WritePath } from './write-queue'
import { WriteQueue, drainQueue } from './write-queue'

export type { Change }
export type { ChangeListener, StoreOptions }

/**
 * The data file: lowdb over a snapshot and a journal, one writer, validated on open, never overwritten
 * when damaged or when another program changed it since this app last wrote it. Changes queue; each
 * batch is appended to the journal once and acknowledged only when it is on disk.
 */
export class Store {
  private readonly disk: StoreDisk
  private readonly queue = new WriteQueue()
  /** Every disk operation runs in this chain, one at a time (a compaction's snapshot write runs beside it). */
  private chain: Promise<unknown> = Promise.resolve()
  private closed = false
  private readonly state: StatusKeeper
  private readonly listeners = new Set<ChangeListener>()
  private readonly noticeListeners = new Set<(notice: StoreNotice) => void>()

  private constructor(
    private readonly options: StoreOptions,
    opened: OpenedFile,
  ) {
    this.state = new StatusKeeper(opened.status, {
      clock: options.clock,
      timers: options.timers ?? nodeTimers,
      retryMs: options.retryMs ?? 30_000,
      retry: () => this.retry(),
    })
    this.disk = new StoreDisk(options, opened, {
      state: this.state,
      exclusive: (task) => this.exclusive(task),
      checkDisk: () => this.checkDisk(),
      announce: (kinds, records) => this.announce(kinds, records),
      notify: (notice) => {
        for (const listener of this.noticeListeners) listener(notice)
      },
    })
  }

  /** Opens (or creates) the data file and replays its journal, recovering from damage as DESIGN.md describes. */
  static async open(options: StoreOptions): Promise<Store> {
    const opened = await openDataFile({ ...options, io: options.io ?? durableIO })
    const store = new Store(options, opened)
    await store.disk.afterOpen(opened)
    return store
  }

  /** Resolves once every disk operation queued so far (backups after opening, pending changes, a compaction) is done. */
  async settled(): Promise<void> {
    await this.exclusive(async () => {})
    await this.disk.compactor.settled()
  }

  /** The data as it is durable on disk (lowdb's `data`). Treat it as immutable. */
  get data(): Database {
    return this.disk.db.data
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
    return this.disk.file
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
    return this.queue.push(change, () => void this.exclusive(() => drainQueue(this.queue, this.writePath())))
  }

  /**
   * Replaces all the data at once (a restore or an import): first keeps the data as it is now as
   * a backup of `kind`, then writes what `build` makes of it whole. Resolves with the backup's path.
   */
  replaceAll(kind: 'before-restore' | 'before-import', build: (current: Database) => Database): Promise<string> {
    const refused = this.refusal()
    if (refused) return Promise.reject(refused)
    return this.exclusive(async () => {
      await this.disk.compactor.finish()
      await absorbDataFileChange(this.disk.host(), true)
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
      await this.disk.writeWhole(next).catch((error: unknown) => {
        throw failedWrite(error)
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
      await this.disk.compactor.finish()
      await absorbDataFileChange(this.disk.host(), true)
      await this.disk.move(folder, beforeSwitch)
      this.state.set({ mode: 'ok', dataFile: this.file })
      return this.file
    })
  }

  /** Tries writing again after a failure; resolves with the status it leaves. */
  retry(): Promise<StoreStatus> {
    return this.exclusive(async () => {
      if (this.status.mode !== 'unwritable') return this.status
      try {
        await this.disk.compactor.finish()
        // A data file gone with its folder is written back here; while it cannot be, writing still fails.
        await absorbDataFileChange(this.disk.host(), true)
        if (this.status.mode !== 'unwritable') return this.status
        await this.disk.files.adapter.probe()
        this.state.set({ mode: 'ok', dataFile: this.file })
      } catch (error) {
        this.options.log.warn('Writing failed again', errorCode(error))
        this.state.stillUnwritable(error)
      }
      return this.status
    })
  }

  /**
   * Looks at once for changes another program made to the files (the host calls it when the window gets focus).
   * Never rejects: what it could not do is logged, and a write that failed shows in the status.
   */
  checkDisk(): Promise<void> {
    if (this.closed) return Promise.resolve()
    return this.exclusive(async () => {
      if (this.disk.compactor.running) return // Its own snapshot write would look like another program's.
      await absorbDataFileChange(this.disk.host(), false)
      if (this.writable && (await this.disk.files.adapter.journal.changedElsewhere()))
        await takeBackJournal(this.disk.host())
    }).catch((error: unknown) => this.options.log.warn('Could not look at the data file for changes', errorCode(error)))
  }

  /** Folds the journal into a new snapshot now (off the path of changes, which go on meanwhile); resolves when done. */
  compact(): Promise<void> {
    return this.disk.compactor.run()
  }

  /** Refuses new changes, waits until every queued one is on disk, then leaves the data file alone as the whole truth. */
  async close(): Promise<void> {
    this.closed = true
    this.state.stop()
    await this.exclusive(async () => {})
    await this.disk.close()
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

  /** How queued changes are written: after taking in other programs' changes, one journal line per batch. */
  private writePath(): WritePath {
    return {
      data: () => this.data,
      now: () => this.options.clock.now(),
      beforeBatch: async () => {
        // Its own snapshot write, under way, would look like another program's.
        if (this.disk.compactor.running) return null
        try {
          await absorbDataFileChange(this.disk.host(), true)
          return null
        } catch (error) {
          // Neither the other program's file nor ours could be kept safely: write nothing.
          this.options.log.error('Could not take in a change another program made to the data file', errorCode(error))
          this.state.unwritable(error)
          return new AppFailure('storage', `Your change was not saved because ${storageCause(error)}.`)
        }
      },
      refusal: () => (this.closed ? null : this.refusal()),
      write: (next) => this.disk.append(next),
      announce: (kinds, records) => this.announce(kinds, records),
    }
  }

  private announce(kinds: DataKind[], records: ChangedRecords | 'all'): void {
    if (kinds.length === 0) return
    for (const listener of this.listeners) listener(kinds, records)
  }
}
