// `search:query`: the search index answers (search/search-index.ts holds its rules); the slice only waits for it.
import type { CoreContext } from '../context'
import type { HandlerSlice } from '../handlers'
import type { SearchIndex } from '../search/search-index'

/** `search:query`: one box that finds anything the user wrote. */
export function searchHandlers({
  store,
  search,
  searchReady,
}: CoreContext & { search: SearchIndex; searchReady: () => Promise<void> }) {
  return {
    'search:query': async ({ text, limit }) => {
      await searchReady()
      return search.search(text, store.data, limit)
    },
  } satisfies HandlerSlice<'search'>
}
