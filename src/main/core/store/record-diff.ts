import type { Database, RecordCollection as Collection } from '../../../shared/model'
import { recordCollections as collections } from '../../../shared/model'
import type { RecordCounts } from '../../../shared/requests/data'
import { ordinal } from '../../../shared/text'

/** The collections a person counts: what previews and summaries name. */
const counted = ['mentors', 'notes', 'sessions', 'actionItems', 'goals'] as const satisfies ReadonlyArray<Collection>

/** A record as the comparison sees it: drafts are named by `key`, everything else by `id`. */
interface Stamped {
  id?: string
  key?: string
  mentorId?: string | null
  updatedAt: string | null
}

/** Kinds a mentor has at most one of: two files' records for one mentor are the same record, whatever their ids. */
const onePerMentor: ReadonlySet<Collection> = new Set(['agreements', 'wrapUps'])

const identityIn = (collection: Collection) => (record: Stamped) =>
  (onePerMentor.has(collection) ? record.mentorId : undefined) ?? record.id ?? record.key ?? ''
const byId = <T extends Stamped>(records: readonly T[], identity: (record: Stamped) => string) =>
  new Map(records.map((r) => [identity(r), r]))
/** Equal as JSON: key order does not matter, and a key holding undefined is the same as no key. */
function same(a: unknown, b: unknown): boolean {
  if (a === b) return true
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false
  if (Array.isArray(a) || Array.isArray(b)) {
    return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((v, i) => same(v, b[i]))
  }
  const left = Object.entries(a).filter(([, v]) => v !== undefined)
  const right = b as Record<string, unknown>
  const rightKeys = Object.keys(right).filter((k) => right[k] !== undefined)
  return left.length === rightKeys.length && left.every(([k, v]) => same(v, right[k]))
}

/** True when `a` differs from `b` and is not older: a tie counts, so a difference is never dropped unseen. */
const isLaterEdit = (a: Stamped, b: Stamped) => !same(a, b) && ordinal(a.updatedAt ?? '', b.updatedAt ?? '') >= 0
/** True when `a` is a strictly later edit than `b`: what a merge takes from the file. */
const isNewerEdit = (a: Stamped, b: Stamped) => ordinal(a.updatedAt ?? '', b.updatedAt ?? '') > 0 && !same(a, b)

/** How many of each counted kind `data` holds. */
export function recordCounts(data: Database): RecordCounts {
  return Object.fromEntries(counted.map((c) => [c, data[c].length])) as RecordCounts
}

/**
 * True when `local` holds something `disk` lacks: a record `disk` does not have, or a later edit
 * of one. Then replacing `local` by `disk` would lose words, so both must be kept.
 */
export function hasChangesMissingFrom(local: Database, disk: Database): boolean {
  for (const collection of collections) {
    const identity = identityIn(collection)
    const theirs = byId<Stamped>(disk[collection], identity)
    for (const record of local[collection] as Stamped[]) {
      const other = theirs.get(identity(record))
      if (!other || isLaterEdit(record, other)) return true
    }
  }
  if (isLaterEdit(local.profile as Stamped, disk.profile as Stamped)) return true
  if (isLaterEdit(local.settings as Stamped, disk.settings as Stamped)) return true
  return local.sample !== null && !same(local.sample, disk.sample)
}

/** What a merge would do, counted over the collections a person sees. */
export interface MergeSummary {
  added: number
  updated: number
  unchanged: number
}

/**
 * Merges `incoming` into `current`: records only `incoming` has are added, records it has a later
 * edit of are replaced by it (on a tie, ours stay), and nothing is deleted. A mentor's agreement and wrap-up are
 * one each: the later edit of the two is kept. Profile, settings and sample-data bookkeeping stay as they are here.
 */
export function mergeDatabases(current: Database, incoming: Database): { data: Database; summary: MergeSummary } {
  const summary: MergeSummary = { added: 0, updated: 0, unchanged: 0 }
  const next: Database = { ...current }
  for (const collection of collections) {
    const identity = identityIn(collection)
    const merged = byId<Stamped>(current[collection], identity)
    for (const record of incoming[collection] as Stamped[]) {
      const mine = merged.get(identity(record))
      const outcome = !mine ? 'added' : isNewerEdit(record, mine) ? 'updated' : 'unchanged'
      if (outcome !== 'unchanged') merged.set(identity(record), record)

      if ((counted as readonly Collection[]).includes(collection)) summary[outcome]++
    }
    ;(next as Record<Collection, unknown>)[collection] = [...merged.values()]
  }
  return { data: next, summary }
}
