import type { CoreContext } from '../context'
import { AppFailure } from '../errors'
import type { HandlerSlice } from '../handlers'

/** `app:*`: what the renderer needs to know about the app and its data file. */
export function appHandlers({ store, ports, app, files }: CoreContext) {
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
    'app:openFile': async ({ path }) => {
      // Only a file this app itself just saved: a path from anywhere else could run a program.
      if (!files.has(path)) {
        throw new AppFailure('forbidden', 'Mentor Tracker opens only files it saved itself since it started.')
      }
      try {
        await ports.openFile(path)
      } catch {
        throw new AppFailure(
          'unavailable',
          'The file could not be opened. It may have been moved or deleted, or no app on this computer opens it.',
        )
      }
      return { opened: true }
    },
  } satisfies HandlerSlice<'app'>
}
