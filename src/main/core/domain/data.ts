// `data:*`: where the data is, backups and restore, export and import, moving the file, and retrying after a
// write failed. The rules over data are the functions first; the file work is in store/, the registration last.
import { basename } from 'node:path'
import type { Database } from '../../../shared/model'
import type { ImportPreview } from '../../../shared/requests/data'
import type { CoreContext } from '../context'
import { AppFailure } from '../errors'
import type { HandlerSlice } from '../handlers'
import { backupDirOf, listBackups } from '../store/backups'
import { isExistingFile, removeMovedCopy } from '../store/move-data-file'
import { readOtherDataFile } from '../store/read-data-file'
import { mergeDatabases, recordCounts } from '../store/record-diff'
import { serialize } from '../store/serialize'

const jsonFilters = [{ name: 'Mentor Tracker data', extensions: ['json'] }]

/** The newest `updatedAt` in a file: when it was last changed, as its records tell. */
export function newestChange(data: Database): string | null {
  let newest: string | null = null
  for (const records of [data.mentors, data.notes, data.sessions, data.actionItems, data.goals]) {
    for (const record of records) if (!newest || record.updatedAt > newest) newest = record.updatedAt
  }
  return newest
}

/** What importing `incoming` into `current` would do, for the user to see before anything changes. */
export function importPreviewOf(
  current: Database,
  incoming: Database,
  previewId: string,
  fileName: string,
): ImportPreview {
  return {
    previewId,
    fileName,
    newestChange: newestChange(incoming),
    incoming: recordCounts(incoming),
    current: recordCounts(current),
    merge: mergeDatabases(current, incoming).summary,
  }
}

/** The name an export of the whole data suggests, e.g. mentor-tracker-export-2026-11-27.json. */
export const exportFileName = (now: Date) => `mentor-tracker-export-${now.toISOString().slice(0, 10)}.json`

/** `data:*` over the store and the host's dialogs. */
export function dataHandlers({ store, ports, clock, newId, files, moved }: CoreContext) {
  /** The one import being previewed: what was read, so the import writes exactly what the user saw. */
  let preview: { id: string; data: Database } | null = null

  const backupPath = async (name: string) => {
    const found = (await listBackups(store.file)).find((b) => basename(b.file) === name)
    if (!found) throw new AppFailure('not-found', 'That backup is no longer there. Nothing was changed.')
    return found.file
  }

  /** The previous copy, while it is still there. */
  const previousCopy = async () => {
    const previous = moved.previousDataFile
    if (!previous || previous === store.file) return null
    return (await isExistingFile(previous)) ? previous : null
  }

  return {
    'data:location': async () => ({
      dataFile: store.file,
      backupsFolder: backupDirOf(store.file),
      previousDataFile: await previousCopy(),
    }),
    'data:reveal': async ({ target }) => {
      const path =
        target === 'dataFile' ? store.file : target === 'backupsFolder' ? backupDirOf(store.file) : await previousCopy()
      if (!path) throw new AppFailure('not-found', 'The previous copy is no longer there.')
      try {
        await ports.revealPath(path)
      } catch {
        throw new AppFailure('unavailable', 'The file manager could not show it. It may have been moved or deleted.')
      }
      return { shown: true }
    },
    'data:backups': async () => {
      await store.settled() // The backups written just after opening are listed too.
      return (await listBackups(store.file)).map((b) => ({
        name: basename(b.file),
        kind: b.kind,
        writtenAt: b.writtenAt,
        bytes: b.bytes,
      }))
    },
    'data:restoreBackup': async ({ name }) => {
      const restored = await readOtherDataFile(await backupPath(name), clock.now(), 'backup')
      const safetyCopy = await store.replaceAll('before-restore', () => restored)
      return { restored: name, now: recordCounts(store.data), safetyCopy: basename(safetyCopy) }
    },
    'data:exportJson': async () => {
      const content = serialize(store.data)
      const path = await files.save({ suggestedName: exportFileName(clock.now()), content, filters: jsonFilters })
      return { path, bytes: Buffer.byteLength(content) }
    },
    'data:importPreview': async ({ source }) => {
      const path =
        source.kind === 'backup'
          ? await backupPath(source.name)
          : await ports.chooseFile({ title: 'Import Mentor Tracker data', filters: jsonFilters })
      if (!path) return null
      const incoming = await readOtherDataFile(path, clock.now(), source.kind)
      preview = { id: newId(), data: incoming }
      return importPreviewOf(store.data, incoming, preview.id, basename(path))
    },
    'data:import': async ({ previewId, mode }) => {
      if (!preview || preview.id !== previewId) {
        throw new AppFailure('conflict', 'That preview is out of date. Choose the file again. Nothing was changed.')
      }
      const incoming = preview.data
      const safetyCopy = await store.replaceAll('before-import', (current) =>
        mode === 'replace' ? incoming : mergeDatabases(current, incoming).data,
      )
      preview = null
      return { mode, now: recordCounts(store.data), safetyCopy: basename(safetyCopy) }
    },
    'data:move': async () => {
      const folder = await ports.chooseFolder({ title: 'Move your data to a folder' })
      if (!folder) return null
      const from = store.file
      await store.moveTo(folder, (to) => ports.saveDataLocation({ dataFile: to, previousDataFile: from }))
      moved.previousDataFile = from
      return { dataFile: store.file, backupsFolder: backupDirOf(store.file), previousDataFile: from }
    },
    'data:removeOldCopy': async () => {
      const previous = await previousCopy()
      if (!previous) throw new AppFailure('not-found', 'There is no previous copy to remove.')
      await ports.saveDataLocation({ dataFile: store.file, previousDataFile: null }).catch(() => {
        throw new AppFailure('storage', 'The previous copy was kept: where your data is could not be recorded.')
      })
      moved.previousDataFile = null
      await removeMovedCopy(previous, store.file)
      return { removed: true }
    },
    'data:retry': () => store.retry(),
  } satisfies HandlerSlice<'data'>
}
