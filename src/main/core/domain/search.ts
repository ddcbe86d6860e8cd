// `search:query`: the search index answers (search/search-index.ts holds its rules); the slice only waits for it.
import type { CoreContext } from '../context'
import type { HandlerSlice } from '../handlers'
import type { LiveSearch } from '../search/live-search'

/** `search:query`: one box that finds anything the user wrote, once the index holds it all. */
export function searchHandlers({ store, search }: Pick<CoreContext, 'store'> & { search: LiveSearch }) {
  return {
    'search:query': async ({ text, limit }) => {
      await search.ready()
      return search.index.search(text, store.data, limit)
    },
  } satisfies HandlerSlice<'search'>
}
