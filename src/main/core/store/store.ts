import { mkdir, readFile } from 'node:fs/promises'
import { dirname } from 'node:path'
import { Low } from 'lowdb'
import type { DataKind, Database } from '../../../shared/model'
import { emptyDatabase } from '../../../shared/model'
import type { StoreStatus } from '../../../shared/store-status'
import type { Clock } from '../clock'
import { AppFailure } from '../errors'
import type { Logger } from '../log'
import { fileStamp, moveAside, newestGoodBackup, writeBackup, writeDailyBackup } from './backups'
import { DurableJsonFile, removeStaleTempFiles } from './durable-file'
import { parseDataFile } from './parse-data-file'

export interface StoreOptions {
  dataFile: string
  clock: Clock
  log: Logger
}

/** A change: a pure function from the current data to the next, with its answer and what it touched. */
export type Change<T> = (data: Database, now: Date) => { data: Database; value: T; changed: DataKind[] }

const DAILY_REFRESH_MS = 15 * 60 * 1000

interface Pending {
  change: Change<unknown>
  resolve: (value: unknown) => void
  reject: (reason: unknown) => void
}

const errorCode = (error: unknown): string => (error as NodeJS.ErrnoException | undefined)?.code ?? 'an unknown error'

/** A sentence for a failed write; never a path or a stack. */
function storageFailure(error: unknown): AppFailure {
  const code = errorCode(error)
  const cause =
    code === 'ENOSPC'
      ? 'the disk is full'
      : code === 'EACCES' || code === 'EPERM'
        ? 'permission to write the data file was denied'
        : code === 'EROFS'
          ? 'the disk is read-only'
          : `the system reported ${code}`
  return new AppFailure(
    'storage',
    `Your change was not saved because ${cause}. Everything saved before is safe. Fix the cause and try again.`,
  )
}

/**
 * The data file: lowdb over durable writes, one writer, validated on open, never overwritten
 * when damaged. Changes queue; each batch is written once and acknowledged only when on disk.
 */
export class Store {
  private committed: Database
  private readonly db: Low<Database>
  private queue: Pending[] = []
  private draining: Promise<void> | null = null
  private closed = false
  /** When today's daily copy was last refreshed, and whether writes happened since. */
  private dailyBackupAt: Date | null = null
  private changedSinceDailyBackup = false
  private readonly listeners = new Set<(kinds: DataKind[]) => void>()

  private constructor(
    private readonly options: StoreOptions,
    initial: Database,
    private currentStatus: StoreStatus,
  ) {
    this.committed = initial
    this.db = new Low(new DurableJsonFile<Database>(options.dataFile), initial)
  }

  /** Opens (or creates) the data file, recovering from damage as DESIGN.md describes. */
  static async open(options: StoreOptions): Promise<Store> {
    const { dataFile, clock, log } = options
    const now = clock.now()
    const readOnly = (reason: string, data = emptyDatabase()) =>
      new Store(options, data, { mode: 'read-only', dataFile, reason })

    try {
      await mkdir(dirname(dataFile), { recursive: true })
      for (const leftover of await removeStaleTempFiles(dataFile))
        log.info('Removed a temporary file left by a crash', leftover)
    } catch (error) {
      log.warn('Could not prepare the data folder', errorCode(error))
    }

    let bytes: Buffer | null
    try {
      bytes = await readFile(dataFile)
    } catch (error) {
      if (errorCode(error) !== 'ENOENT') {
        return readOnly(
          `The data file could not be read (${errorCode(error)}). Nothing was changed. Check the file's permissions, then restart Mentor Tracker.`,
        )
      }
      bytes = null
    }

    let store: Store
    if (bytes === null) {
      store = new Store(options, emptyDatabase(), { mode: 'new', dataFile })
    } else {
      const parsed = parseDataFile(bytes, now)
      if (parsed.kind === 'newer') {
        return readOnly(
          `This data file was written by a newer version of Mentor Tracker (format ${parsed.version}). It is open read-only so nothing in it changes; update Mentor Tracker to edit it.`,
          parsed.data ?? emptyDatabase(),
        )
      }
      if (parsed.kind === 'damaged') {
        let movedTo: string
        try {
          movedTo = await moveAside(dataFile, now)
        } catch (error) {
          return readOnly(
            `${parsed.reason} It could not be moved aside (${errorCode(error)}), so it is left exactly as it was and nothing is saved.`,
          )
        }
        const backup = await newestGoodBackup(dataFile, now)
        log.warn(`Data file damaged: ${parsed.reason}`, { movedTo, restoredFrom: backup?.file ?? null })
        store = new Store(options, backup?.data ?? emptyDatabase(), {
          mode: 'recovered',
          dataFile,
          reason: parsed.reason,
          movedTo,
          restoredFrom: backup?.file ?? null,
          restoredFromDate: backup?.writtenAt ?? null,
        })
      } else if (parsed.fromVersion < parsed.data.schemaVersion) {
        const backupFile = await writeBackup(
          dataFile,
          `before-migration-v${parsed.fromVersion}-${fileStamp(now)}.json`,
          bytes,
        )
        store = new Store(options, parsed.data, {
          mode: 'migrated',
          dataFile,
          fromVersion: parsed.fromVersion,
          backupFile,
        })
      } else {
        await writeBackup(dataFile, 'last-good.json', bytes).catch((error) =>
          log.warn('Could not write the last-good backup', errorCode(error)),
        )
        store = new Store(options, parsed.data, { mode: 'ok', dataFile })
      }
    }
    if (store.currentStatus.mode !== 'ok') {
      // New, recovered or migrated: write the file now so the next start finds it whole.
      try {
        await store.db.write()
      } catch (error) {
        return readOnly(
          `The data file could not be written (${errorCode(error)}). Nothing was changed; check that its folder is writable.`,
          store.committed,
        )
      }
    }
    await store.refreshDailyBackup(now)
    return store
  }

  /** The data as last written to disk. Treat it as immutable. */
  get data(): Database {
    return this.committed
  }

  /** How the file was opened. */
  get status(): StoreStatus {
    return this.currentStatus
  }

  /** Listens for committed changes; returns the unsubscribe. */
  onChange(listener: (kinds: DataKind[]) => void): () => void {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  /** Applies a change and resolves once it is durable on disk; rejects (changing nothing) on failure. */
  mutate<T>(change: Change<T>): Promise<T> {
    if (this.currentStatus.mode === 'read-only') {
      return Promise.reject(new AppFailure('read-only', `Nothing was saved. ${this.currentStatus.reason}`))
    }
    if (this.closed) {
      return Promise.reject(new AppFailure('unavailable', 'Mentor Tracker is closing, so this change was not saved.'))
    }
    return new Promise<T>((resolve, reject) => {
      this.queue.push({ change, resolve: resolve as (value: unknown) => void, reject })
      this.drain()
    })
  }

  /** Refuses new changes and resolves when every queued one is on disk. */
  async close(): Promise<void> {
    this.closed = true
    while (this.draining) await this.draining
    if (this.changedSinceDailyBackup) await this.refreshDailyBackup(this.options.clock.now())
  }

  private drain(): void {
    if (this.draining) return
    this.draining = this.writeQueued().finally(() => {
      this.draining = null
      if (this.queue.length > 0) this.drain()
    })
  }

  /** Applies every queued change in order, writes the result once, then acknowledges them all. */
  private async writeQueued(): Promise<void> {
    while (this.queue.length > 0) {
      const batch = this.queue.splice(0)
      const now = this.options.clock.now()
      let next = this.committed
      const applied: Array<[Pending, unknown]> = []
      const kinds = new Set<DataKind>()
      for (const pending of batch) {
        try {
          const outcome = pending.change(next, now)
          if (outcome.data !== next) outcome.changed.forEach((kind) => kinds.add(kind))
          next = outcome.data
          applied.push([pending, outcome.value])
        } catch (error) {
          pending.reject(error)
        }
      }
      if (next !== this.committed) {
        try {
          this.db.data = next
          await this.db.write()
        } catch (error) {
          this.db.data = this.committed
          this.options.log.error('A write to the data file failed', errorCode(error))
          const failure = storageFailure(error)
          for (const [pending] of applied) pending.reject(failure)
          continue
        }
        this.committed = next
      }
      for (const [pending, value] of applied) pending.resolve(value)
      if (kinds.size > 0) {
        for (const listener of this.listeners) listener([...kinds])
        this.changedSinceDailyBackup = true
        if (this.dailyBackupDue(now)) await this.refreshDailyBackup(now)
      }
    }
  }

  /** A new day, or a quarter hour since the last copy: keeps a crash's loss in the backups small without copying on every write. */
  private dailyBackupDue(now: Date): boolean {
    const last = this.dailyBackupAt
    return (
      !last ||
      last.toISOString().slice(0, 10) !== now.toISOString().slice(0, 10) ||
      now.getTime() - last.getTime() >= DAILY_REFRESH_MS
    )
  }

  private async refreshDailyBackup(now: Date): Promise<void> {
    try {
      await writeDailyBackup(this.options.dataFile, now)
      this.dailyBackupAt = now
      this.changedSinceDailyBackup = false
    } catch (error) {
      this.options.log.warn('Could not write the daily backup', errorCode(error))
    }
  }
}
