// Opening replays the journal after the snapshot: what fits is applied, what does not is set aside, never dropped.
import type { Database } from '../../../shared/model'
import { Database as DatabaseSchema } from '../../../shared/model'
import { ChangeDoesNotFit, applyChangeSets, recordKey, recordsIn } from './change-set'
import type { DecodedJournal, JournalEntry, JournalHeader } from './journal-format'
import { salvageEntries } from './journal-format'
import type { SnapshotMeta } from './snapshot'

/** Journal content that was not applied: kept aside byte for byte, and the user told unless it was never acknowledged. */
export interface SetAside {
  /** `torn`: a last line cut off by a crash, never acknowledged, so nothing to tell. The others lose nothing only because they are kept. */
  kind: 'torn' | 'damaged' | 'foreign'
  /** Everything from the first line not applied on. */
  bytes: Buffer
  /** The changes among those bytes that can still be read, to offer back as a merge. */
  entries: JournalEntry[]
  /** What happened, in a sentence a user understands. */
  reason: string
}

/** The snapshot's content with the journal's changes applied, and what of the journal could not be. */
export interface Replayed {
  raw: Record<string, unknown>
  /** How many changes were applied, and the number of the last one (the snapshot's own when none). */
  applied: number
  seq: number
  setAside: SetAside | null
  /** The journal to go on appending to (its header, and the length of its good part), or null to start a new one. */
  journal: { header: JournalHeader; size: number } | null
}

const damagedReason = (detail: string) =>
  `Part of the journal of recent changes could not be read (${detail}; a disk fault or another program may have changed it).`

/** Applies the journal's changes that follow `snapshot` to `raw`, a data file's content of format `version`. */
export function replayJournal(
  raw: Record<string, unknown>,
  version: number,
  snapshot: SnapshotMeta | null,
  journal: { bytes: Buffer; decoded: DecodedJournal } | null,
  limit = Infinity,
): Replayed {
  const seq = snapshot?.seq ?? 0
  const none: Replayed = { raw, applied: 0, seq, setAside: null, journal: null }
  if (!journal || journal.bytes.length === 0) return none
  const { header, entries, problem, goodLength } = journal.decoded
  const follows = header && snapshot && (header.snapshot === snapshot.id || header.snapshot === snapshot.replaces)
  if (!header || !follows || header.schemaVersion !== version) {
    // Not this snapshot's: applied nowhere, kept aside whole. With no change in it there is nothing to tell.
    const salvaged = salvageEntries(journal.bytes)
    const reason = header
      ? 'The journal of recent changes beside the data file belongs to another copy of it (a sync tool or a restore may have replaced the data file), so it was not applied.'
      : damagedReason('its first line is damaged')
    const kind = salvaged.length === 0 ? 'torn' : header ? 'foreign' : 'damaged'
    return { ...none, setAside: { kind, bytes: journal.bytes, entries: salvaged, reason } }
  }

  const later = entries.filter((entry) => entry.seq > seq)
  const firstMissing = later.length > 0 && later[0]!.seq !== seq + 1
  let fits = firstMissing ? 0 : Math.min(limit, later.length)
  let next: Record<string, unknown>
  try {
    next = applyChangeSets(raw, changesOf(later.slice(0, fits)))
  } catch (error) {
    if (!(error instanceof ChangeDoesNotFit)) throw error
    fits = longestPrefix(fits, (count) => fitsIn(raw, later.slice(0, count)))
    next = applyChangeSets(raw, changesOf(later.slice(0, fits)))
  }
  const applied = later.slice(0, fits)
  const replayed: Replayed = {
    raw: next,
    applied: applied.length,
    seq: applied.at(-1)?.seq ?? seq,
    setAside: null,
    journal: { header, size: goodLength },
  }
  if (fits < later.length) {
    const from = later[fits]!
    const bytes = journal.bytes.subarray(from.offset)
    replayed.journal = null
    replayed.setAside = {
      kind: 'damaged',
      bytes: Buffer.from(bytes),
      entries: salvageEntries(bytes),
      reason: damagedReason(
        firstMissing ? `the changes after number ${seq} are missing` : `change ${from.seq} does not fit the data`,
      ),
    }
  } else if (problem) {
    if (problem.kind === 'damaged') replayed.journal = null
    replayed.setAside = {
      kind: problem.kind,
      bytes: problem.bytes,
      entries: problem.kind === 'torn' ? [] : salvageEntries(problem.bytes),
      reason: damagedReason(`line ${problem.line}: ${problem.reason}`),
    }
  }
  return replayed
}

const changesOf = (entries: readonly JournalEntry[]) => entries.map((entry) => entry.changes)

const fitsIn = (raw: Record<string, unknown>, entries: readonly JournalEntry[]) => {
  try {
    applyChangeSets(raw, changesOf(entries))
    return true
  } catch {
    return false
  }
}

/** The largest `n` up to `count` for which `holds(n)` is true, when it is true for every smaller one too. */
export function longestPrefix(count: number, holds: (n: number) => boolean): number {
  let low = 0
  let high = count
  while (low < high) {
    const middle = Math.ceil((low + high) / 2)
    if (holds(middle)) low = middle
    else high = middle - 1
  }
  return low
}

/**
 * `data` with every record the set-aside changes hold put back by key, the latest last: a file the
 * user can merge from ("Bring my changes back"), which adds or takes newer records and deletes nothing.
 * Null when nothing can be read from them or the result would not be valid data.
 */
export function dataWithSetAside(data: Database, entries: readonly JournalEntry[]): Database | null {
  if (entries.length === 0) return null
  const next: Record<string, unknown> = { ...data }
  for (const entry of entries) {
    const { lists, values } = recordsIn(entry.changes)
    for (const [collection, records] of Object.entries(lists)) {
      const byKey = new Map(((next[collection] as unknown[] | undefined) ?? []).map((r) => [recordKey(r), r]))
      for (const record of records) byKey.set(recordKey(record), record)
      next[collection] = [...byKey.values()]
    }
    Object.assign(next, values)
  }
  const parsed = DatabaseSchema.safeParse(next)
  return parsed.success ? parsed.data : null
}
