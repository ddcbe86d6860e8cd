import type { Store } from '../store/store'
import { SearchIndex } from './search-index'

/** The search index kept in step with the store, and when it is ready. */
export interface LiveSearch {
  index: SearchIndex
  /** Resolves once the index holds all the data; starts building it at once if it has not started. */
  ready(): Promise<void>
  close(): void
}

/**
 * Indexes the data in slices once start-up's first screens are served (`delayMs` after opening, or at the
 * first search, which waits for it); once built, each change's own records are applied as they happen.
 */
export function createLiveSearch(store: Store, delayMs: number): LiveSearch {
  const index = new SearchIndex()
  let indexing: Promise<void> | null = null
  let indexed = false
  const ready = () =>
    (indexing ??= index.build(store.data).then(() => {
      // Changes made while it was building are caught up here.
      index.sync(store.data)
      indexed = true
    }))
  const timer = setTimeout(() => void ready(), delayMs)
  timer.unref?.()
  const stop = store.onChange((_kinds, records) => {
    if (!indexed) return
    if (records === 'all') index.sync(store.data)
    else index.apply(records)
  })
  return {
    index,
    ready,
    close: () => {
      clearTimeout(timer)
      stop()
    },
  }
}
