// Changes wait in one queue; each batch is applied in order, written once, then acknowledged together.
import type { DataKind, Database } from '../../../shared/model'
import type { AppFailure } from '../errors'
import type { ChangedRecords } from './change-set'

/** A change: a pure function from the current data to the next, with its answer and what it touched. */
export type Change<T> = (data: Database, now: Date) => { data: Database; value: T; changed: DataKind[] }

/** A change waiting to be written, and how to answer its caller. */
export interface Pending {
  change: Change<unknown>
  resolve: (value: unknown) => void
  reject: (reason: unknown) => void
}

/** The changes asked for and not yet taken into a batch. */
export class WriteQueue {
  private waiting: Pending[] = []
  private scheduled = false

  /** Queues `change`; `schedule` is called once to drain the queue when it was empty. */
  push<T>(change: Change<T>, schedule: () => void): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      this.waiting.push({ change, resolve: resolve as (value: unknown) => void, reject })
      if (this.scheduled) return
      this.scheduled = true
      schedule()
    })
  }

  /** Takes every waiting change; the next push schedules a new drain once this returns empty. */
  take(): Pending[] {
    const batch = this.waiting.splice(0)
    if (batch.length === 0) this.scheduled = false
    return batch
  }
}

/**
 * Applies `batch` in order to `data`: a change that throws is rejected and the others go on.
 * Returns the data after all of them, each applied change with its answer, and the kinds touched.
 */
export function applyBatch(data: Database, batch: readonly Pending[], now: Date) {
  let next = data
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
  return { next, applied, kinds: [...kinds] }
}

/** What draining the queue needs of the store. */
export interface WritePath {
  data(): Database
  now(): Date
  /** Before each batch: takes in another program's change to the file; when that fails, the batch is refused with it. */
  beforeBatch(): Promise<AppFailure | null>
  /** Why no change can be accepted now (read-only, unwritable), or null. */
  refusal(): AppFailure | null
  /** Makes `next` durable; throws a plain sentence when it cannot. */
  write(next: Database): Promise<ChangedRecords | null>
  announce(kinds: DataKind[], records: ChangedRecords): void
}

/** Applies every queued change in order, writes each batch once, then acknowledges it; until the queue is empty. */
export async function drainQueue(queue: WriteQueue, path: WritePath): Promise<void> {
  for (let batch = queue.take(); batch.length > 0; batch = queue.take()) {
    const refused = (await path.beforeBatch()) ?? path.refusal()
    if (refused) {
      for (const pending of batch) pending.reject(refused)
      continue
    }
    const { next, applied, kinds } = applyBatch(path.data(), batch, path.now())
    let records: ChangedRecords | null
    try {
      records = await path.write(next)
    } catch (failure) {
      for (const [pending] of applied) pending.reject(failure)
      continue
    }
    if (records) path.announce(kinds, records)
    for (const [pending, value] of applied) pending.resolve(value)
  }
}
