// What one change did to the data, found by identity: records are immutable and replaced, never edited in place.
import type { Database, RecordCollection } from '../../../shared/model'
import { recordCollections } from '../../../shared/model'

/** The whole values a change can replace at once. */
const singletons = ['profile', 'settings', 'sample'] as const
type Singleton = (typeof singletons)[number]

/** One stretch of a list given back by position: `count` records of the replaced stretch, from `from`. */
type Kept = [from: number, count: number]

/**
 * How a list changed: from position `at`, the `remove` records there were replaced by `insert`,
 * whose items are new records or stretches of the records removed (a record that only moved).
 * `length` is the list's length before, checked when the change is applied.
 */
export interface ListSplice {
  at: number
  length: number
  remove: number
  insert: Array<Kept | Record<string, unknown>>
}

/** A change as the journal keeps it: the lists it spliced and the whole values it replaced. */
export interface ChangeSet {
  lists: Partial<Record<RecordCollection, ListSplice>>
  values: Partial<Record<Singleton, unknown>>
}

/** What a change did in terms of records, for the listeners that follow it (the search index). */
export interface ChangedRecords {
  /** Records added or replaced, by collection. */
  put: Partial<Record<RecordCollection, readonly unknown[]>>
  /** The keys (`id`, or a draft's `key`) of records removed, by collection. */
  removed: Partial<Record<RecordCollection, readonly string[]>>
}

/** The key that names a record: drafts are named by `key`, everything else by `id`. */
export const recordKey = (record: unknown): string => {
  const named = record as { id?: unknown; key?: unknown }
  return String(named.id ?? named.key ?? '')
}

/**
 * The splice that turns `before` into `after`, comparing records by identity. It walks the common
 * start and end by reference (cheap) and describes only the stretch between, where a record that
 * merely moved is given as a position, not its content.
 */
export function diffList(
  before: readonly object[],
  after: readonly object[],
): { splice: ListSplice; put: object[]; removed: string[] } | null {
  if (before === after) return null
  const shortest = Math.min(before.length, after.length)
  let start = 0
  while (start < shortest && before[start] === after[start]) start++
  let end = 0
  while (end < shortest - start && before[before.length - 1 - end] === after[after.length - 1 - end]) end++
  const removedStretch = before.slice(start, before.length - end)
  const insertedStretch = after.slice(start, after.length - end)
  if (removedStretch.length === 0 && insertedStretch.length === 0) return null

  const positions = new Map(removedStretch.map((record, index) => [record, index]))
  const insert: ListSplice['insert'] = []
  const put: object[] = []
  const kept = new Set<object>()
  for (const record of insertedStretch) {
    const from = positions.get(record)
    if (from === undefined) {
      insert.push(record as Record<string, unknown>)
      put.push(record)
      continue
    }
    kept.add(record)
    const last = insert.at(-1)
    if (Array.isArray(last) && last[0] + last[1] === from) last[1]++
    else insert.push([from, 1])
  }
  const stillThere = new Set(put.map(recordKey))
  const removed = removedStretch
    .filter((record) => !kept.has(record) && !stillThere.has(recordKey(record)))
    .map(recordKey)
  return { splice: { at: start, length: before.length, remove: removedStretch.length, insert }, put, removed }
}

/** What changed from `before` to `after`: null when nothing did. Costs a walk of the lists that changed. */
export function diffDatabases(
  before: Database,
  after: Database,
): { changes: ChangeSet; records: ChangedRecords } | null {
  if (before === after) return null
  const changes: ChangeSet = { lists: {}, values: {} }
  const records: ChangedRecords = { put: {}, removed: {} }
  let any = false
  for (const collection of recordCollections) {
    const diff = diffList(before[collection], after[collection])
    if (!diff) continue
    any = true
    changes.lists[collection] = diff.splice
    if (diff.put.length > 0) records.put[collection] = diff.put
    if (diff.removed.length > 0) records.removed[collection] = diff.removed
  }
  for (const key of singletons) {
    if (before[key] === after[key]) continue
    any = true
    changes.values[key] = after[key]
  }
  return any ? { changes, records } : null
}

/** Why a journal's change cannot be applied to the data it is replayed on. */
export class ChangeDoesNotFit extends Error {}

/**
 * Applies `changes`, in order, to raw file content (JSON as read, before validation), returning new
 * content; `raw` is left as it was. Each list is copied once, then spliced in place, so replaying
 * many changes costs about what they hold. Throws ChangeDoesNotFit, naming the failing change's
 * index, when a list does not have the length or shape a change expects.
 */
export function applyChangeSets(raw: Record<string, unknown>, changes: readonly ChangeSet[]): Record<string, unknown> {
  const next = { ...raw }
  const copied = new Set<string>()
  changes.forEach((change, index) => {
    for (const [collection, splice] of Object.entries(change.lists) as Array<[RecordCollection, ListSplice]>) {
      if (!copied.has(collection)) {
        next[collection] = Array.isArray(next[collection]) ? [...(next[collection] as unknown[])] : []
        copied.add(collection)
      }
      spliceList(next[collection] as unknown[], splice, collection, index)
    }
    for (const [key, value] of Object.entries(change.values)) next[key] = value
  })
  return next
}

function spliceList(list: unknown[], splice: ListSplice, collection: string, index: number): void {
  const misfit = (why: string) => new ChangeDoesNotFit(`Change ${index + 1} does not fit the ${collection}: ${why}.`)
  if (list.length !== splice.length || splice.at < 0 || splice.at + splice.remove > list.length) {
    throw misfit(`it expected ${splice.length} records, there are ${list.length}`)
  }
  const removed = list.slice(splice.at, splice.at + splice.remove)
  const inserted: unknown[] = []
  for (const item of splice.insert) {
    if (!Array.isArray(item)) {
      inserted.push(item)
      continue
    }
    const [from, count] = item
    if (!(from >= 0 && count >= 1 && from + count <= removed.length)) throw misfit('it names records it did not remove')
    for (let i = from; i < from + count; i++) inserted.push(removed[i])
  }
  if (inserted.length <= SPREAD_LIMIT) {
    list.splice(splice.at, splice.remove, ...inserted)
    return
  }
  // Too many to pass as arguments: rebuild the end of the list instead.
  const tail = list.slice(splice.at + splice.remove)
  list.length = splice.at
  for (const record of inserted) list.push(record)
  for (const record of tail) list.push(record)
}

/** The most records passed to one splice call; far below what overflows the stack. */
const SPREAD_LIMIT = 10_000

/** Every record a change holds in full, by collection, and the whole values it sets: what a merge can bring back. */
export function recordsIn(changes: ChangeSet): {
  lists: Partial<Record<RecordCollection, Array<Record<string, unknown>>>>
  values: ChangeSet['values']
} {
  const lists: Partial<Record<RecordCollection, Array<Record<string, unknown>>>> = {}
  for (const [collection, splice] of Object.entries(changes.lists) as Array<[RecordCollection, ListSplice]>) {
    const full = splice.insert.filter((item): item is Record<string, unknown> => !Array.isArray(item))
    if (full.length > 0) lists[collection] = full
  }
  return { lists, values: changes.values }
}
