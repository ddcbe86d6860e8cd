import type { Clock } from './clock'
import { AppFailure } from './errors'

/**
 * Keeps what a delete removed for a while, so the user can undo it. In memory only: undo is
 * for the moments after a delete, not a recycle bin that outlives the app.
 */
export interface UndoShelf<T> {
  put(id: string, value: T): void
  /** Takes the value back off the shelf; undefined when it expired or was never there. */
  take(id: string): T | undefined
}

/** Creates a shelf that forgets entries after `keepMs`. */
export function createUndoShelf<T>(clock: Clock, keepMs = 10 * 60_000): UndoShelf<T> {
  const items = new Map<string, { value: T; at: number }>()
  const prune = () => {
    const oldest = clock.now().getTime() - keepMs
    for (const [id, item] of items) if (item.at < oldest) items.delete(id)
  }
  return {
    put(id, value) {
      prune()
      items.set(id, { value, at: clock.now().getTime() })
    },
    take(id) {
      prune()
      const item = items.get(id)
      items.delete(id)
      return item?.value
    },
  }
}

/** Takes `id` off the shelf and restores it; on failure it goes back on the shelf so undo can be tried again. */
export async function restoreFromShelf<T, R>(
  shelf: UndoShelf<T>,
  id: string,
  expired: string,
  restore: (value: T) => Promise<R>,
): Promise<R> {
  const value = shelf.take(id)
  if (value === undefined) throw new AppFailure('not-found', expired)
  try {
    return await restore(value)
  } catch (error) {
    shelf.put(id, value)
    throw error
  }
}
