// Compaction: the journal folded into a new snapshot when it grows, when the app is idle, and on quit.
import type { Logger } from '../log'
import type { Timers } from '../timers'
import type { Compaction, JournaledFile } from './journaled-file'
import { errorCode } from './storage-errors'

export interface CompactorOptions {
  adapter: () => JournaledFile
  /** Runs a task in the store's chain of disk operations. */
  exclusive: <T>(task: () => Promise<T>) => Promise<T>
  canWrite: () => boolean
  timers: Timers
  /** Compact once the journal is this long, in bytes. */
  atBytes: number
  /** Compact once no change came for this long, in ms. */
  idleMs: number
  log: Logger
  trace?: (step: string) => void
  /** Told once a compaction is complete, with the new snapshot's bytes. */
  compacted(bytes: Uint8Array): Promise<void>
}

/**
 * Runs compactions one at a time. The snapshot is written beside the chain of disk operations, so
 * changes go on being appended and acknowledged meanwhile; the journal is swapped in the chain.
 */
export class Compactor {
  private current: Compaction | null = null
  private pending: Promise<void> | null = null
  private idleTimer: unknown = null
  private stopped = false

  constructor(private readonly options: CompactorOptions) {}

  /** True while a new snapshot is being written. */
  get running(): boolean {
    return this.current !== null
  }

  /** After each change: compacts when the journal passed its size, and again once the app is idle. */
  changed(): void {
    if (this.stopped) return
    const { timers, idleMs, atBytes } = this.options
    if (this.idleTimer !== null) timers.clearTimeout(this.idleTimer)
    this.idleTimer = timers.setTimeout(() => {
      this.idleTimer = null
      void this.run()
    }, idleMs)
    if (this.options.adapter().journal.size >= atBytes) void this.run()
  }

  /** Compacts now, unless one is under way (then resolves when that one is done). */
  run(options: { evenWhenUnwritable?: boolean } = {}): Promise<void> {
    this.pending ??= this.compactOnce(options).finally(() => {
      this.pending = null
    })
    return this.pending
  }

  private async compactOnce({ evenWhenUnwritable = false }: { evenWhenUnwritable?: boolean }): Promise<void> {
    const { exclusive, trace } = this.options
    const compaction = await exclusive(async () => {
      const adapter = this.options.adapter()
      if (!adapter.journal.header) return null // Nothing to fold in.
      if (!evenWhenUnwritable && !this.options.canWrite()) return null
      trace?.('compaction-begin')
      this.current = adapter.beginCompaction()
      return this.current
    })
    if (!compaction) return
    await compaction.written.then(
      () => trace?.('compaction-snapshot-durable'),
      () => {},
    )
    await exclusive(() => this.finish())
  }

  /** Ends the compaction under way, if any, once its snapshot is durable; only from inside the chain. */
  async finish(): Promise<void> {
    const compaction = this.current
    if (!compaction) return
    this.current = null
    const { log, trace } = this.options
    try {
      const bytes = await this.options.adapter().finishCompaction(compaction)
      if (!bytes) {
        log.warn('Compacting the journal failed; it stays, and is tried again later')
        return
      }
      trace?.('compaction-done')
      await this.options.compacted(bytes)
    } catch (error) {
      log.warn(
        'Could not replace the journal after compacting; the snapshot says which changes it holds',
        errorCode(error),
      )
    }
  }

  /** Resolves once no compaction is under way. */
  async settled(): Promise<void> {
    await this.pending
  }

  /** No more compactions on size or idle (the store is closing). */
  stop(): void {
    this.stopped = true
    if (this.idleTimer !== null) this.options.timers.clearTimeout(this.idleTimer)
    this.idleTimer = null
  }
}
