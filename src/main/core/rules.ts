// The shape of a domain rule, and the wrappers each slice's registration applies to its rules once.
import type { DataKind, Database } from '../../shared/model'
import type { CoreContext } from './context'
import { createUndoShelf, restoreFromShelf } from './undo-shelf'

/** What a rule that changes data gives back: the next database, the answer, and the kinds of data it touched. */
export interface Outcome<T> {
  data: Database
  value: T
  changed: DataKind[]
}

/** What a rule is given besides the data and its input: the time, and new ids. */
export interface RuleEnv {
  now: Date
  newId(): string
}

/** A rule that changes data: a pure function of the data, its input and the time. */
export type Rule<I, T> = (data: Database, input: I, env: RuleEnv) => Outcome<T>

/** A change that can be undone: also what it took away, for its undo to put back. */
export interface Undoable<T, K> extends Outcome<T> {
  kept: K
}

/** A read: the rule's answer over the data as it is now. */
export function read<I, T>(
  { store, clock }: Pick<CoreContext, 'store' | 'clock'>,
  rule: (data: Database, input: I, now: Date) => T,
): (input: I) => Promise<T> {
  return async (input) => rule(store.data, input, clock.now())
}

/** A change: the rule applied as one durable write, answered once it is on disk. */
export function mutation<I, T>(
  { store, newId }: Pick<CoreContext, 'store' | 'newId'>,
  rule: Rule<I, T>,
): (input: I) => Promise<T> {
  return (input) => store.mutate((data, now) => rule(data, input, { now, newId }))
}

/**
 * Changes that can be undone for a few minutes (deletes, imports), and their undo. What a change took
 * away is kept in memory under a key, once the change is on disk; `expired` is what the user is told
 * when it is no longer kept.
 */
export function undoable<K>(ctx: Pick<CoreContext, 'store' | 'clock' | 'newId'>, expired: string) {
  const shelf = createUndoShelf<K>(ctx.clock)
  return {
    /** The change, keeping what it took away under `key`. */
    change<I, T>(rule: (data: Database, input: I, env: RuleEnv) => Undoable<T, K>, key: (input: I, value: T) => string) {
      return async (input: I): Promise<T> => {
        let kept: { value: K } | null = null
        const value = await ctx.store.mutate((data, now) => {
          const { kept: taken, ...outcome } = rule(data, input, { now, newId: ctx.newId })
          kept = { value: taken }
          return outcome
        })
        if (kept) shelf.put(key(input, value), (kept as { value: K }).value)
        return value
      }
    },
    /** The undo: puts back what the change under `key` kept; on failure it stays kept, to be tried again. */
    undo<I, R>(key: (input: I) => string, rule: Rule<K, R>) {
      return (input: I): Promise<R> =>
        restoreFromShelf(shelf, key(input), expired, (value) => mutation(ctx, rule)(value))
    },
  }
}

/** The undo key of a change to one record: its id. */
export const byId = ({ id }: { id: string }) => id

/** The message for a delete whose undo has expired. */
export const deleteExpired = (what: string) =>
  `This ${what} can no longer be brought back: undo works for a few minutes after a delete.`
