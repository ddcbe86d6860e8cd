import type { CoreContext } from '../context'
import type { HandlerSlice } from '../handlers'

/** `app:*`: what the renderer needs to know about the app and its data file. */
export function appHandlers({ store, ports, app }: CoreContext) {
  return {
    'app:info': async () => ({
      name: app.name,
      version: app.version,
      dataFile: store.status.dataFile,
      status: store.status,
    }),
    'app:openExternal': async ({ url }) => {
      await ports.openExternal(url)
      return { opened: true }
    },
  } satisfies HandlerSlice<'app'>
}
