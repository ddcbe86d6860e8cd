import { unwatchFile, watchFile } from 'node:fs'
import { cp, mkdir, readFile, rm, stat } from 'node:fs/promises'
import { basename, dirname, join, resolve } from 'node:path'
import { Low } from 'lowdb'
import type { DataKind, Database } from '../../../shared/model'
import { dataKinds, emptyDatabase } from '../../../shared/model'
import type { StoreNotice, StoreStatus } from '../../../shared/store-status'
import type { Clock } from '../clock'
import { AppFailure } from '../errors'
import type { Logger } from '../log'
import {
  backupDirOf,
  fileStamp,
  moveAside,
  newestGoodBackup,
  removeStaleBackupTempFiles,
  writeBackup,
  writeDailyBackup,
  writeStampedBackup,
} from './backups'
import type { StoreIO } from './durable-file'
import { DurableJsonFile, durableIO, removeStaleTempFiles, serialize } from './durable-file'
import type { Fingerprint } from './fingerprint'
import { changedContent, fingerprintOf } from './fingerprint'
import { parseDataFile } from './parse-data-file'
import { errorCode, storageCause, unwritableReason } from './storage-errors'
import { hasChangesMissingFrom } from './record-diff'

export interface StoreOptions {
  dataFile: string
  clock: Clock
  log: Logger
  /** How the data file is written; tests pass one that fails like a full or read-only disk. */
  io?: StoreIO
  /** How often to look for changes other programs made to the file, in ms; 0 (the default) only looks before each write. */
  watchMs?: number
  /** How often to try writing again after a write failed, in ms; 0 only when asked. */
  retryMs?: number
}

const DEFAULT_RETRY_MS = 30_000

/** A change: a pure function from the current data to the next, with its answer and what it touched. */
export type Change<T> = (data: Database, now: Date) => { data: Database; value: T; changed: DataKind[] }

const DAILY_REFRESH_MS = 15 * 60 * 1000

interface Pending {
  change: Change<unknown>
  resolve: (value: unknown) => void
  reject: (reason: unknown) => void
}

/** How long the file must stay half-written (a sync tool still copying it) before it is set aside. */
const DAMAGED_SETTLE_MS = 400

/**
 * The data file: lowdb over durable writes, one writer, validated on open, never overwritten
 * when damaged or when another program changed it since this app last wrote it. Changes queue;
 * each batch is written once and acknowledged only when on disk.
 */
export class Store {
  private committed: Database
  private db: Low<Database>
  private adapter!: DurableJsonFile<Database>
  private dataFile: string
  private readonly io: StoreIO
  private queue: Pending[] = []
  private drainScheduled = false
  /** Every disk operation runs in this chain, one at a time. */
  private chain: Promise<unknown> = Promise.resolve()
  private closed = false
  /** The file as this app last wrote or read it: anything else on disk was written by another program. */
  private known: Fingerprint | null = null
  private stopWatching: (() => void) | null = null
  private retryTimer: ReturnType<typeof setInterval> | null = null
  /** When today's daily copy was last refreshed, and whether writes happened since. */
  private dailyBackupAt: Date | null = null
  private changedSinceDailyBackup = false
  private readonly listeners = new Set<(kinds: DataKind[]) => void>()
  private readonly statusListeners = new Set<(status: StoreStatus) => void>()
  private readonly noticeListeners = new Set<(notice: StoreNotice) => void>()

  private constructor(
    private readonly options: StoreOptions,
    initial: Database,
    private currentStatus: StoreStatus,
  ) {
    this.committed = initial
    this.dataFile = options.dataFile
    this.io = options.io ?? durableIO
    this.db = this.lowdbOver(this.dataFile, initial)
  }

  private lowdbOver(file: string, data: Database): Low<Database> {
    this.adapter = new DurableJsonFile<Database>(file, this.io)
    return new Low(this.adapter, data)
  }

  /** Opens (or creates) the data file, recovering from damage as DESIGN.md describes. */
  static async open(options: StoreOptions): Promise<Store> {
    const { dataFile, clock, log } = options
    const now = clock.now()
    const readOnly = (reason: string, data = emptyDatabase()) =>
      new Store(options, data, { mode: 'read-only', dataFile, reason })

    try {
      await mkdir(dirname(dataFile), { recursive: true })
      const leftovers = [...(await removeStaleTempFiles(dataFile)), ...(await removeStaleBackupTempFiles(dataFile))]
      for (const leftover of leftovers) log.info('Removed a temporary file left by a crash', leftover)
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
        store = new Store(options, parsed.data, { mode: 'ok', dataFile })
        store.known = await fingerprintOf(dataFile, bytes)
        // Written while the user already sees their data; the first change waits for it (one writer).
        const lastGood = bytes
        void store.exclusive(() =>
          writeBackup(dataFile, 'last-good.json', lastGood).then(
            () => {},
            (error: unknown) => log.warn('Could not write the last-good backup', errorCode(error)),
          ),
        )
      }
    }
    if (store.currentStatus.mode !== 'ok') {
      // New, recovered or migrated: write the file now so the next start finds it whole.
      try {
        await store.writeData(store.committed)
      } catch (error) {
        log.error('Could not write the data file on opening', errorCode(error))
        store.becomeUnwritable(error)
      }
    }
    void store.exclusive(() => store.refreshDailyBackup(now))
    store.watch()
    return store
  }

  /** Resolves once every disk operation queued so far (the backups written after opening, pending changes) is done. */
  settled(): Promise<void> {
    return this.exclusive(async () => {})
  }

  /** The data as last written to disk (or read from it). Treat it as immutable. */

  get data(): Database {
    return this.committed
  }

  /** How the file was opened, or whether it can be written now. */
  get status(): StoreStatus {
    return this.currentStatus
  }

  /** True while changes can be saved. */
  get writable(): boolean {
    return this.refusal() === null
  }

  /** The data file now in use (it changes when the data is moved). */

  get file(): string {
    return this.dataFile
  }

  /** Listens for committed changes; returns the unsubscribe. */
  onChange(listener: (kinds: DataKind[]) => void): () => void {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  /** Listens for changes of status: writing failed, or works again. */
  onStatus(listener: (status: StoreStatus) => void): () => void {
    this.statusListeners.add(listener)
    return () => this.statusListeners.delete(listener)
  }

  /** Listens for what other programs did to the file: reloaded, kept both, or set aside. */
  onNotice(listener: (notice: StoreNotice) => void): () => void {
    this.noticeListeners.add(listener)
    return () => this.noticeListeners.delete(listener)
  }

  /** Applies a change and resolves once it is durable on disk; rejects (changing nothing) on failure. */
  mutate<T>(change: Change<T>): Promise<T> {
    const refused = this.refusal()
    if (refused) return Promise.reject(refused)
    return new Promise<T>((resolve, reject) => {
      this.queue.push({ change, resolve: resolve as (value: unknown) => void, reject })
      if (this.drainScheduled) return
      this.drainScheduled = true
      void this.exclusive(() => {
        this.drainScheduled = false
        return this.writeQueued()
      })
    })
  }

  /**
   * Replaces all the data at once (a restore or an import): first keeps the data as it is now as
   * a backup of `kind`, then writes what `build` makes of it. Resolves with the backup's path.
   */
  replaceAll(kind: 'before-restore' | 'before-import', build: (current: Database) => Database): Promise<string> {
    const refused = this.refusal()
    if (refused) return Promise.reject(refused)
    return this.exclusive(async () => {
      await this.absorbExternalChange(true)
      const refusedNow = this.refusal()
      if (refusedNow) throw refusedNow
      const next = build(this.committed)
      const now = this.options.clock.now()
      const safetyCopy = await writeStampedBackup(this.dataFile, kind, now, serialize(this.committed)).catch(
        (error: unknown) => {
          throw new AppFailure(
            'storage',
            `Nothing was changed: the data as it is could not be backed up first, because ${storageCause(error)}.`,
          )
        },
      )
      await this.commit(next, [...dataKinds])
      return safetyCopy
    })
  }

  /**
   * Moves the data to `folder`: writes it there, reads it back to verify it, then switches to it.
   * The old file stays where it was. Backups are copied along. `beforeSwitch` records the new place
   * for the next start; if it fails, the copy is removed and nothing changes. Resolves with the new path.
   */
  moveTo(folder: string, beforeSwitch: (target: string) => Promise<void>): Promise<string> {
    return this.exclusive(async () => {
      if (this.currentStatus.mode === 'read-only') throw this.refusal()
      await this.absorbExternalChange(true)
      const target = join(resolve(folder), basename(this.dataFile))
      if (target === resolve(this.dataFile)) {
        throw new AppFailure('invalid-input', 'The data file is in that folder already. Choose another folder.')
      }
      if (await exists(target)) {
        throw new AppFailure(
          'conflict',
          'That folder already holds a Mentor Tracker data file, and it was left as it is. Choose another folder, or move that file away first.',
        )
      }
      const content = serialize(this.committed)
      try {
        await this.io.write(target, content)
      } catch (error) {
        throw new AppFailure(
          'storage',
          `The data could not be written to that folder because ${storageCause(error)}. Nothing was changed; your data is where it was.`,
        )
      }
      const written = await readFile(target, 'utf8').catch(() => null)
      const check = written === null ? null : parseDataFile(Buffer.from(written), this.options.clock.now())
      if (written !== content || check?.kind !== 'good') {
        await rm(target, { force: true })
        throw new AppFailure(
          'storage',
          'The copy in that folder did not read back the same, so it was removed. Nothing was changed; your data is where it was.',
        )
      }
      try {
        await beforeSwitch(target)
      } catch (error) {
        this.options.log.warn('Could not record the new place of the data file', errorCode(error))
        await rm(target, { force: true })
        throw new AppFailure(
          'storage',
          'Where your data is could not be recorded for the next start, so the copy was removed. Nothing was changed; your data is where it was.',
        )
      }
      await cp(backupDirOf(this.dataFile), backupDirOf(target), { recursive: true, force: false }).catch(
        (error: unknown) => this.options.log.warn('Could not copy the backups along', errorCode(error)),
      )

      this.stopWatching?.()
      this.dataFile = target
      this.db = this.lowdbOver(target, this.committed)
      this.known = await fingerprintOf(target, content)
      this.setStatus({ mode: 'ok', dataFile: target })
      this.watch()
      return target
    })
  }

  /** Tries writing again after a failure; resolves with the status it leaves. */
  retry(): Promise<StoreStatus> {
    return this.exclusive(async () => {
      if (this.currentStatus.mode !== 'unwritable') return this.currentStatus
      await this.absorbExternalChange(true)
      if (this.currentStatus.mode !== 'unwritable') return this.currentStatus
      try {
        await this.writeData(this.committed)
        this.setStatus({ mode: 'ok', dataFile: this.dataFile })
      } catch (error) {
        this.options.log.warn('Writing the data file failed again', errorCode(error))
        this.setStatus({ ...this.currentStatus, reason: unwritableReason(error) })
      }
      return this.currentStatus
    })
  }

  /** Looks at once for changes another program made to the file (the host calls it when the window gets focus). */
  checkDisk(): Promise<void> {
    if (this.closed) return Promise.resolve()
    return this.exclusive(() => this.absorbExternalChange(false))
  }

  /** Refuses new changes and resolves when every queued one is on disk. */
  async close(): Promise<void> {
    this.closed = true
    this.stopWatching?.()
    this.stopRetrying()
    await this.exclusive(async () => {})
    if (this.changedSinceDailyBackup) await this.refreshDailyBackup(this.options.clock.now())
  }

  /** Why a change cannot be accepted now, or null when it can. */
  private refusal(): AppFailure | null {
    if (this.closed) return new AppFailure('unavailable', 'Mentor Tracker is closing, so this change was not saved.')
    const status = this.currentStatus
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

  /** Applies every queued change in order, writes the result once, then acknowledges them all. */
  private async writeQueued(): Promise<void> {
    while (this.queue.length > 0) {
      // Another program may have changed the file: take its version first, then apply the queue to it.
      const absorbed = await this.absorbExternalChange(true).then(
        () => null,
        (error: unknown) => error,
      )
      const batch = this.queue.splice(0)
      if (absorbed) {
        // Neither the other program's file nor ours could be kept safely: write nothing.
        this.options.log.error('Could not take in a change another program made to the data file', errorCode(absorbed))
        this.becomeUnwritable(absorbed)
        const failure = new AppFailure('storage', `Your change was not saved because ${storageCause(absorbed)}.`)
        for (const pending of batch) pending.reject(failure)
        continue
      }

      const refused = this.refusal()
      if (refused && !this.closed) {
        for (const pending of batch) pending.reject(refused)
        continue
      }
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
      try {
        await this.commit(next, [...kinds])
      } catch (failure) {
        for (const [pending] of applied) pending.reject(failure)
        continue
      }
      for (const [pending, value] of applied) pending.resolve(value)
    }
  }

  /** Writes `next` and tells listeners; on failure keeps the saved data, turns unwritable and throws a plain sentence. */
  private async commit(next: Database, kinds: DataKind[]): Promise<void> {
    if (next === this.committed) return
    try {
      await this.writeData(next)
    } catch (error) {
      this.options.log.error('A write to the data file failed', errorCode(error))
      this.becomeUnwritable(error)
      throw new AppFailure(
        'storage',
        `Your change was not saved because ${storageCause(error)}. Everything saved before is safe.`,
      )
    }
    this.announce(kinds)
  }

  private async writeData(next: Database): Promise<void> {
    this.db.data = next
    try {
      await this.db.write()
    } catch (error) {
      this.db.data = this.committed
      throw error
    }
    this.committed = next
    this.known = await fingerprintOf(this.dataFile, this.adapter.lastWritten ?? '')
  }

  private announce(kinds: DataKind[]): void {
    if (kinds.length === 0) return
    for (const listener of this.listeners) listener(kinds)
    this.changedSinceDailyBackup = true
    const now = this.options.clock.now()
    if (this.dailyBackupDue(now)) void this.exclusive(() => this.refreshDailyBackup(now))
  }

  private setStatus(status: StoreStatus): void {
    this.currentStatus = status
    if (status.mode !== 'unwritable') this.stopRetrying()
    for (const listener of this.statusListeners) listener(status)
  }

  private becomeUnwritable(error: unknown): void {
    const since = this.currentStatus.mode === 'unwritable' ? this.currentStatus.since : null
    this.setStatus({
      mode: 'unwritable',
      dataFile: this.dataFile,
      reason: unwritableReason(error),
      since: since ?? this.options.clock.now().toISOString(),
    })
    const every = this.options.retryMs ?? DEFAULT_RETRY_MS
    if (!this.retryTimer && every > 0 && !this.closed) {
      this.retryTimer = setInterval(() => void this.retry(), every)
      this.retryTimer.unref?.()
    }
  }

  private stopRetrying(): void {
    if (this.retryTimer) clearInterval(this.retryTimer)
    this.retryTimer = null
  }

  /** Polls the file for changes by other programs (a sync tool replacing it); cheap: one stat per interval. */
  private watch(): void {
    const every = this.options.watchMs ?? 0
    if (every <= 0 || this.closed) return
    const file = this.dataFile
    const onChange = () =>
      void this.checkDisk().catch((error: unknown) =>
        this.options.log.warn('Could not look at the data file for changes', errorCode(error)),
      )

    watchFile(file, { interval: every, persistent: false }, onChange)
    this.stopWatching = () => unwatchFile(file, onChange)
  }

  /**
   * Takes in what another program wrote to the file since this app last did. With no change it
   * costs one stat. A newer file is loaded; if this app's data has something the file lacks, that
   * is kept as a conflict backup first and the user is told. A half-written file is waited for
   * and, when `beforeWrite` and it stays broken, set aside untouched before this app writes.
   */
  private async absorbExternalChange(beforeWrite: boolean): Promise<void> {
    if (this.currentStatus.mode === 'read-only') return
    const file = this.dataFile
    let bytes = await changedContent(file, this.known)
    if (bytes === null) return
    const now = this.options.clock.now()
    if (bytes === 'missing') {
      // Deleted or moved away by someone else: write what this app has back (the write about to happen does), so nothing is lost.
      this.options.log.warn('The data file disappeared; writing it again from memory')
      if (!beforeWrite) await this.writeData(this.committed).catch((error: unknown) => this.becomeUnwritable(error))
      return
    }

    let parsed = parseDataFile(bytes, now)
    if (parsed.kind === 'damaged' && beforeWrite) {
      await delay(DAMAGED_SETTLE_MS)
      const again = await changedContent(file, this.known)
      if (again === null || again === 'missing') return this.absorbExternalChange(beforeWrite)
      bytes = again
      parsed = parseDataFile(bytes, now)
    }
    if (parsed.kind === 'damaged') {
      if (!beforeWrite) return // Perhaps still being copied; look again later.
      const movedTo = await moveAside(file, now)
      this.options.log.warn(`The data file was replaced by a damaged one: ${parsed.reason}`, { movedTo })
      this.known = null
      this.notify({
        kind: 'unusable',
        reason: `${parsed.reason} Another program wrote it. It was set aside untouched as ${basename(movedTo)}, and Mentor Tracker kept your data.`,
      })
      await this.writeData(this.committed).catch((error: unknown) => this.becomeUnwritable(error))
      return
    }
    if (parsed.kind === 'newer') {
      this.committed = parsed.data ?? this.committed
      this.setStatus({
        mode: 'read-only',
        dataFile: file,
        reason: `Another program replaced the data file with one from a newer version of Mentor Tracker (format ${parsed.version}). It is shown read-only so nothing in it changes; update Mentor Tracker to edit it.`,
      })
      this.announce([...dataKinds])
      return
    }
    const disk = parsed.data
    let notice: StoreNotice = { kind: 'reloaded' }
    if (hasChangesMissingFrom(this.committed, disk)) {
      const copy = await writeStampedBackup(file, 'conflict', now, serialize(this.committed))
      notice = { kind: 'conflict', copy: basename(copy) }
      this.options.log.warn('The data file changed here and elsewhere; kept both', { copy })
    } else {
      await writeStampedBackup(file, 'before-reload', now, serialize(this.committed)).catch((error: unknown) =>
        this.options.log.warn('Could not back up before reloading', errorCode(error)),
      )
    }
    this.committed = disk
    this.db.data = disk
    this.known = await fingerprintOf(file, bytes)
    this.announce([...dataKinds])
    this.notify(notice)
  }

  private notify(notice: StoreNotice): void {
    for (const listener of this.noticeListeners) listener(notice)
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
      await writeDailyBackup(this.dataFile, now)
      this.dailyBackupAt = now
      this.changedSinceDailyBackup = false
    } catch (error) {
      this.options.log.warn('Could not write the daily backup', errorCode(error))
    }
  }
}

const delay = (ms: number) => new Promise((done) => setTimeout(done, ms))

const exists = (file: string) =>
  stat(file).then(
    () => true,
    () => false,
  )
