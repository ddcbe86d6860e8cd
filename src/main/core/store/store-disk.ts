// The store's two files and how they are written: appends, whole writes, compaction, backups and watching.
import { Low } from 'lowdb'
import type { DataKind, Database } from '../../../shared/model'
import { dataKinds } from '../../../shared/model'
import type { StoreNotice } from '../../../shared/store-status'
import { AppFailure } from '../errors'
import { nodeTimers } from '../timers'
import { DailyBackups, writeBackup } from './backups'
import type { ChangedRecords } from './change-set'
import { Compactor } from './compactor'
import { DiskWatcher } from './disk-watcher'
import { durableIO } from './durable-file'
import type { ExternalChangeHost, StoreFiles } from './external-changes'
import { takeBackJournal } from './external-changes'
import { fingerprintOf } from './fingerprint'
import { JournaledFile } from './journaled-file'
import { moveDataFile } from './move-data-file'
import type { OpenedFile } from './open-data-file'
import type { StatusKeeper } from './status-keeper'
import { errorCode, storageCause } from './storage-errors'
import type { ChangeListener, StoreOptions } from './store-options'

/** What the disk side needs of the store around it. */
export interface StoreDiskDeps {
  state: StatusKeeper
  /** Runs a task in the store's chain of disk operations. */
  exclusive<T>(task: () => Promise<T>): Promise<T>
  /** Looks for other programs' changes (the watcher calls it). */
  checkDisk(): Promise<void>
  announce: ChangeListener
  notify(notice: StoreNotice): void
}

/** The failure a caller sees when a write did not happen: what, and that nothing saved is lost. */
export const failedWrite = (error: unknown) =>
  new AppFailure(
    'storage',
    `Your change was not saved because ${storageCause(error)}. Everything saved before is safe.`,
  )

/** lowdb over the journaled data file, with compaction, the daily copy and the watch for other programs. */
export class StoreDisk {
  readonly db: Low<Database>
  readonly files: StoreFiles
  readonly compactor: Compactor
  private readonly daily: DailyBackups
  private readonly watcher: DiskWatcher

  constructor(
    private readonly options: StoreOptions,
    opened: OpenedFile,
    private readonly deps: StoreDiskDeps,
  ) {
    const timers = options.timers ?? nodeTimers
    const adapter = new JournaledFile(options.dataFile, options.io ?? durableIO, opened.data, opened.disk)
    this.files = { adapter, known: opened.known }
    this.db = new Low(adapter, opened.data)
    this.daily = new DailyBackups(options.log)
    this.watcher = new DiskWatcher(timers, options.watchMs ?? 0, () => deps.checkDisk())
    this.compactor = new Compactor({
      adapter: () => this.files.adapter,
      exclusive: deps.exclusive,
      canWrite: () => !['read-only', 'unwritable'].includes(deps.state.current.mode),
      timers,
      atBytes: options.compactAtBytes ?? 4 * 1024 * 1024,
      idleMs: options.compactWhenIdleMs ?? 30_000,
      log: options.log,
      trace: options.trace,
      compacted: async (bytes) => {
        this.files.known = await fingerprintOf(this.file, bytes)
        this.daily.pending = true
        const now = options.clock.now()
        if (this.daily.due(now)) await this.daily.refresh(this.file, now)
      },
    })
  }

  get file(): string {
    return this.files.adapter.dataFile
  }

  /** After opening: written whole if it must be, then the backups and a compaction in the background. */
  async afterOpen(opened: OpenedFile): Promise<void> {
    const { log, clock } = this.options
    await this.files.adapter.journal.remember()
    if (opened.writeWhole) {
      // New, recovered, upgraded or a journal set aside: written whole now, so the next start finds it so.
      await this.writeWhole(opened.data).catch((error: unknown) => {
        log.error('Could not write the data file on opening', errorCode(error))
        this.deps.state.unwritable(error)
      })
    }
    if (this.deps.state.current.mode === 'read-only') return // Nothing is ever written, not even a backup.
    // Written while the user already sees their data; the first change waits for it (one writer).
    const lastGood = opened.lastGood
    if (lastGood) {
      void this.deps.exclusive(() =>
        writeBackup(this.file, 'last-good.json', lastGood).then(
          () => {},
          (error: unknown) => log.warn('Could not write the last-good backup', errorCode(error)),
        ),
      )
    }
    // The last run did not end cleanly: its journal is folded into the snapshot once the app is idle.
    if (opened.replayed > 0) this.compactor.changed()
    void this.deps.exclusive(() => this.daily.refresh(this.file, clock.now()))
    this.watcher.start()
  }

  /** Makes `next` durable as one journal line; on failure keeps the saved data, turns unwritable and throws a plain sentence. */
  async append(next: Database): Promise<ChangedRecords | null> {
    const { adapter } = this.files
    try {
      if (await adapter.journal.changedElsewhere()) await takeBackJournal(this.host())
      this.options.trace?.('append-begin')
      const written = await adapter.writeChange(next)
      this.db.data = adapter.data
      if (!written) return null
      this.options.trace?.('append')
      if (written.whole) this.files.known = await fingerprintOf(this.file, written.whole)
      this.compactor.changed()
      return written.records
    } catch (error) {
      this.options.log.error('A write to the data file failed', errorCode(error))
      this.deps.state.unwritable(error)
      throw failedWrite(error)
    }
  }

  /** Writes `data` whole as a new snapshot, dropping the journal, and notes the file as this app's own. */
  async writeWhole(data: Database): Promise<void> {
    await this.compactor.finish() // Never two snapshot writes at once.
    const bytes = await this.files.adapter.writeWhole(data)
    this.db.data = data
    this.files.known = await fingerprintOf(this.file, bytes)
  }

  /** Moves both files to `folder` (see moveDataFile) and goes on there. */
  async move(folder: string, beforeSwitch: (target: string) => Promise<void>): Promise<void> {
    const io = this.options.io ?? durableIO
    const moved = await moveDataFile({ ...this.options, adapter: this.files.adapter, io, folder, beforeSwitch })
    this.watcher.stop()
    Object.assign(this.files, moved)
    this.db.adapter = moved.adapter
    this.watcher.start()
  }

  /** On a clean quit: stops watching and compacting, then leaves the data file alone as the whole truth. */
  async close(): Promise<void> {
    this.watcher.stop()
    this.compactor.stop()
    await this.compactor.settled()
    if (this.deps.state.current.mode !== 'read-only') await this.compactor.run({ evenWhenUnwritable: true })
    if (this.daily.pending) await this.daily.refresh(this.file, this.options.clock.now())
  }

  /** What the code that takes in other programs' changes needs. */
  host(): ExternalChangeHost {
    return {
      files: this.files,
      state: this.deps.state,
      clock: this.options.clock,
      log: this.options.log,
      writeWhole: (data) => this.writeWhole(data),
      replaced: () => {
        this.db.data = this.files.adapter.data
        this.deps.announce([...dataKinds] as DataKind[], 'all')
      },
      notify: this.deps.notify,
    }
  }
}
