// The store's status (ok, read-only, unwritable…), who follows it, and the retry timer while writing fails.
import type { StoreStatus } from '../../../shared/store-status'
import type { Clock } from '../clock'
import type { Timers } from '../timers'
import { unwritableReason } from './storage-errors'

/** Keeps the status, tells listeners when it changes, and retries every `retryMs` while nothing can be written. */
export class StatusKeeper {
  private readonly listeners = new Set<(status: StoreStatus) => void>()
  private retryTimer: unknown = null
  private stopped = false

  constructor(
    public current: StoreStatus,
    private readonly options: { clock: Clock; timers: Timers; retryMs: number; retry: () => Promise<unknown> },
  ) {}

  /** Listens for changes of status; returns the unsubscribe. */
  on(listener: (status: StoreStatus) => void): () => void {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  set(status: StoreStatus): void {
    this.current = status
    if (status.mode !== 'unwritable') this.stopRetrying()
    for (const listener of this.listeners) listener(status)
  }

  /** Writing failed: says why, in words a user understands, and starts retrying. */
  unwritable(error: unknown): void {
    const since = this.current.mode === 'unwritable' ? this.current.since : this.options.clock.now().toISOString()
    this.set({ mode: 'unwritable', dataFile: this.current.dataFile, reason: unwritableReason(error), since })
    this.scheduleRetry()
  }

  /** Writing failed again on a retry: the reason may have changed, the time it began has not. */
  stillUnwritable(error: unknown): void {
    if (this.current.mode !== 'unwritable') return this.unwritable(error)
    this.set({ ...this.current, reason: unwritableReason(error) })
    this.scheduleRetry()
  }

  /** Stops retrying for good (the store is closing). */
  stop(): void {
    this.stopped = true
    this.stopRetrying()
  }

  private scheduleRetry(): void {
    const { retryMs, timers } = this.options
    if (this.retryTimer !== null || retryMs <= 0 || this.stopped) return
    this.retryTimer = timers.setTimeout(() => {
      this.retryTimer = null
      // A retry that fails reports it in the status; nothing is left to fail where nobody listens.
      void this.options
        .retry()
        .catch(() => {})
        .finally(() => {
          if (this.current.mode === 'unwritable') this.scheduleRetry()
        })
    }, retryMs)
  }

  private stopRetrying(): void {
    if (this.retryTimer !== null) this.options.timers.clearTimeout(this.retryTimer)
    this.retryTimer = null
  }
}
