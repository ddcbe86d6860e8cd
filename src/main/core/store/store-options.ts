// How a store is opened, and what its change listeners are told.
import type { DataKind } from '../../../shared/model'
import type { Clock } from '../clock'
import type { Logger } from '../log'
import type { Timers } from '../timers'
import type { ChangedRecords } from './change-set'
import type { StoreIO } from './durable-file'

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
