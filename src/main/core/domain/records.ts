import { notFound } from '../errors'

interface Identified {
  id: string
}

/**
 * Where each record sits in a list, by id, per list. Lists in the database are never changed in place (a
 * change makes a new list), so a list's index stays right for as long as the list lives; each hit is still
 * checked against the list, and a list whose length changed is indexed again. Finding a record is then one
 * lookup instead of a walk over thousands of records of many shapes (slow property reads, on every change).
 */
const positions = new WeakMap<readonly Identified[], { length: number; at: Map<string, number> }>()

function positionOf(records: readonly Identified[], id: string): number {
  let index = positions.get(records)
  if (!index || index.length !== records.length) {
    const at = new Map<string, number>()
    records.forEach((r, i) => at.set(r.id, i))
    positions.set(records, (index = { length: records.length, at }))
  }
  const found = index.at.get(id)
  if (found !== undefined && records[found]?.id === id) return found
  return records.findIndex((r) => r.id === id)
}

/** The record with `id`, or a not-found failure naming `what`. */
export function findById<T extends Identified>(records: readonly T[], id: string, what: string): T {
  const record = records[positionOf(records, id)]
  if (!record) throw notFound(what)
  return record
}

/** A new list with `record` in place of the one with its id (the list as it was when there is none). */
export function replaceById<T extends Identified>(records: readonly T[], record: T): T[] {
  const at = positionOf(records, record.id)
  const replaced = records.slice()
  if (at < 0) return replaced
  replaced[at] = record
  // Every other record keeps its place: the new list shares the index.
  const index = positions.get(records)
  if (index) positions.set(replaced, index)
  return replaced
}

/** The entries of `changes` that carry a value: a key given as undefined changes nothing. */
export function definedOnly<T extends object>(changes: T): Partial<T> {
  return Object.fromEntries(Object.entries(changes).filter(([, value]) => value !== undefined)) as Partial<T>
}

/** `record` with the given changes applied and `updatedAt` set to `now`. */
export function applyChanges<T extends { updatedAt: string | null }>(record: T, changes: Partial<T>, now: Date): T {
  return { ...record, ...definedOnly(changes), updatedAt: now.toISOString() }
}
