// `app:*`: what the renderer needs to know about the app and its data file, and the links and files it opens.
import type { AppInfo } from '../../../shared/requests/app'
import type { StoreStatus } from '../../../shared/store-status'
import type { CoreContext } from '../context'
import { AppFailure } from '../errors'
import type { HandlerSlice } from '../handlers'
import type { SavedFiles } from '../saved-files'

/** The app's name and version, and where its data file is and how it was opened. */
export function appInfo(app: CoreContext['app'], status: StoreStatus): AppInfo {
  return { name: app.name, version: app.version, dataFile: status.dataFile, status }
}

/** Refuses a path this app did not save since it started: a path from anywhere else could run a program. */
export function assertSavedHere(files: Pick<SavedFiles, 'has'>, path: string): void {
  if (!files.has(path)) {
    throw new AppFailure('forbidden', 'Mentor Tracker opens only files it saved itself since it started.')
  }
}

/** `app:*` over the host's ports. */
export function appHandlers({ store, ports, app, files }: CoreContext) {
  return {
    'app:info': async () => appInfo(app, store.status),
    'app:openExternal': async ({ url }) => {
      await ports.openExternal(url)
      return { opened: true }
    },
    'app:openFile': async ({ path }) => {
      assertSavedHere(files, path)
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
