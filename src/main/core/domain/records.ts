import { notFound } from '../errors'

interface Identified {
  id: string
}

/** The record with `id`, or a not-found failure naming `what`. */
export function findById<T extends Identified>(records: readonly T[], id: string, what: string): T {
  const record = records.find((r) => r.id === id)
  if (!record) throw notFound(what)
  return record
}

/** A new list with `record` in place of the one with its id. */
export function replaceById<T extends Identified>(records: readonly T[], record: T): T[] {
  return records.map((r) => (r.id === record.id ? record : r))
}

/** The entries of `changes` that carry a value: a key given as undefined changes nothing. */
export function definedOnly<T extends object>(changes: T): Partial<T> {
  return Object.fromEntries(Object.entries(changes).filter(([, value]) => value !== undefined)) as Partial<T>
}

/** `record` with the given changes applied and `updatedAt` set to `now`. */
export function applyChanges<T extends { updatedAt: string | null }>(record: T, changes: Partial<T>, now: Date): T {
  return { ...record, ...definedOnly(changes), updatedAt: now.toISOString() }
}
