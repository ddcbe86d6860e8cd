// lowdb's adapter over two files: the data file (a readable snapshot) and the journal of changes since it.
import type { Adapter } from 'lowdb'
import type { Database } from '../../../shared/model'
import { SCHEMA_VERSION } from '../../../shared/model'
import type { ChangedRecords } from './change-set'
import { diffDatabases } from './change-set'
import type { StoreIO } from './durable-file'
import { JournalFile } from './journal-file'
import type { JournalHeader } from './journal-format'
import { encodeEntry } from './journal-format'
import type { SnapshotMeta } from './snapshot'
import { deepFreeze, prepareRecordBytes } from './serialize'
import { journalPathOf, newSnapshotMeta, snapshotBytes } from './snapshot'

/** Where a data file stands on disk after opening: the snapshot's facts, the journal's, and the last change's number. */
export interface DiskState {
  snapshot: SnapshotMeta | null
  journal: { header: JournalHeader | null; size: number }
  seq: number
}

/** A compaction under way: the snapshot being written in the background, and what it will hold. */
export interface Compaction {
  meta: SnapshotMeta
  /** Resolves with the bytes once the new snapshot is durable. */
  written: Promise<Uint8Array>
}

/**
 * Persists each change as one journal line (only the records it replaced, found by identity), and
 * the whole data as a snapshot when compacting. `data` is what is durable on disk, nothing newer.
 */
export class JournaledFile implements Adapter<Database> {
  readonly journal: JournalFile
  /** The snapshot the data file holds; null when it has none yet (then the next change writes one). */
  snapshot: SnapshotMeta | null
  /** The number of the last durable change. */
  seq: number
  /** The lines appended while a compaction writes its snapshot: they go on into its new journal. */
  private carried: string[] | null = null

  constructor(
    readonly dataFile: string,
    private readonly io: StoreIO,
    public data: Database,
    state: DiskState,
  ) {
    this.journal = new JournalFile(journalPathOf(dataFile), io, state.journal)
    this.snapshot = state.snapshot
    this.seq = state.seq
  }

  /** lowdb reads what is durable: the store opened and replayed it already. */
  async read(): Promise<Database> {
    return this.data
  }

  async write(data: Database): Promise<void> {
    await this.writeChange(data)
  }

  /**
   * Makes `next` durable: appends what changed since `data` as one line and flushes it. Without a
   * snapshot to follow yet, writes `next` whole instead. Resolves with what changed (null: nothing).
   */
  async writeChange(next: Database): Promise<{ records: ChangedRecords; whole: Uint8Array | null } | null> {
    const diff = diffDatabases(this.data, next)
    if (!diff) {
      this.data = next
      return null
    }
    if (!this.snapshot) {
      return { records: diff.records, whole: await this.writeWhole(next) }
    }
    await this.appendLine(this.snapshot, encodeEntry({ seq: this.seq + 1, changes: diff.changes }))
    this.data = next
    for (const records of Object.values(diff.records.put)) records.forEach((record) => deepFreeze(record as object))
    return { records: diff.records, whole: null }
  }

  /** Tries writing after a failure: appends a change that changes nothing (or writes the snapshot, when there is none). */
  async probe(): Promise<void> {
    await this.journal.repair()
    if (!this.snapshot) await this.writeWhole(this.data)
    else await this.appendLine(this.snapshot, encodeEntry({ seq: this.seq + 1, changes: { lists: {}, values: {} } }))
  }

  private async appendLine(snapshot: SnapshotMeta, line: string): Promise<void> {
    if (!this.journal.header) await this.journal.start(this.headerFor(snapshot), [line])
    else await this.journal.append(line)
    this.carried?.push(line)
    this.seq++
  }

  /** Writes `data` whole as a new snapshot, then drops the journal it makes obsolete; resolves with the bytes. */
  async writeWhole(data: Database): Promise<Uint8Array> {
    const meta = newSnapshotMeta(this.seq + 1, this.journal.header?.snapshot ?? null)
    const bytes = snapshotBytes(data, meta)
    await this.io.replace(this.dataFile, bytes)
    this.snapshot = meta
    this.seq = meta.seq
    this.data = data
    this.carried = null
    await this.journal.remove().catch(() => {
      // The snapshot's `replaces` makes the journal's changes count once; it is removed at the next compaction.
    })
    return bytes
  }

  /** Starts writing the durable data as a new snapshot, off the path of the changes that keep coming. */
  beginCompaction(): Compaction {
    const meta = newSnapshotMeta(this.seq, this.journal.header?.snapshot ?? null)
    const data = this.data
    this.carried = []
    // Serialized in slices: records new since the last compaction are turned to text between requests.
    const written = prepareRecordBytes(data).then(async () => {
      const bytes = snapshotBytes(data, meta)
      await this.io.replace(this.dataFile, bytes)
      return bytes
    })
    return { meta, written }
  }

  /**
   * Ends a compaction once its snapshot is durable: the journal is replaced by one holding only the
   * changes made meanwhile (or removed). Nothing of the old journal is lost if this fails: the new
   * snapshot says which of its changes it holds.
   */
  async finishCompaction(compaction: Compaction): Promise<Uint8Array | null> {
    const carried = this.carried ?? []
    this.carried = null
    const bytes = await compaction.written.catch(() => null)
    if (!bytes) return null
    this.snapshot = compaction.meta
    if (carried.length > 0) await this.journal.start(this.headerFor(compaction.meta), carried)
    else await this.journal.remove()
    return bytes
  }

  /** Takes `data` as what is durable, from a snapshot another program wrote (`meta`, null when it has none). */
  adopt(data: Database, meta: SnapshotMeta | null): void {
    this.data = data
    this.snapshot = meta
    // The next change follows that snapshot's last one, so the journal's numbers run on from it.
    this.seq = meta?.seq ?? this.seq
  }

  private headerFor(snapshot: SnapshotMeta): JournalHeader {
    return { journal: 1, snapshot: snapshot.id, schemaVersion: SCHEMA_VERSION }
  }
}
