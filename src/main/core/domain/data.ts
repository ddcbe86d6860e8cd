import { readFile, readdir, rm, stat } from 'node:fs/promises'
import { basename } from 'node:path'
import type { Database } from '../../../shared/model'
import type { ImportPreview } from '../../../shared/requests/data'
import type { CoreContext } from '../context'
import { AppFailure } from '../errors'
import type { HandlerSlice } from '../handlers'
import { backupDirOf, listBackups } from '../store/backups'
import { serialize } from '../store/serialize'
import { parseDataFile } from '../store/parse-data-file'
import { journalPathOf } from '../store/snapshot'
import { mergeDatabases, recordCounts } from '../store/record-diff'

/** The largest file an import reads: far beyond decades of notes, short of exhausting memory. */
export const IMPORT_MAX_BYTES = 200 * 1024 * 1024

const jsonFilters = [{ name: 'Mentor Tracker data', extensions: ['json'] }]

/** The newest `updatedAt` in a file: when it was last changed, as its records tell. */
function newestChange(data: Database): string | null {
  let newest: string | null = null
  for (const records of [data.mentors, data.notes, data.sessions, data.actionItems, data.goals]) {
    for (const record of records) if (!newest || record.updatedAt > newest) newest = record.updatedAt
  }
  return newest
}

/** Reads and validates a file to import or restore; refuses anything else in a sentence, changing nothing. */
async function readDataFile(path: string, now: Date, what: 'file' | 'backup'): Promise<Database> {
  const size = await stat(path).then(
    (info) => (info.isFile() ? info.size : null),
    () => null,
  )
  if (size === null) throw new AppFailure('not-found', `That ${what} could not be opened. Nothing was changed.`)
  if (size > IMPORT_MAX_BYTES) {
    throw new AppFailure('invalid-input', `That ${what} is too large to be Mentor Tracker data. Nothing was changed.`)
  }
  const parsed = parseDataFile(await readFile(path), now)
  if (parsed.kind === 'newer') {
    throw new AppFailure(
      'invalid-input',
      `That ${what} was written by a newer version of Mentor Tracker (format ${parsed.version}). Update Mentor Tracker to use it. Nothing was changed.`,
    )
  }
  if (parsed.kind === 'damaged') {
    throw new AppFailure(
      'invalid-input',
      `That ${what} cannot be used: ${parsed.reason.replace(/^The data file/, 'it')} Nothing was changed.`,
    )
  }
  return parsed.data
}

/** `data:*`: where the data is, backups and restore, export and import, moving the file, and retrying after a write failed. */
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
    return (await stat(previous).catch(() => null))?.isFile() ? previous : null
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
      const restored = await readDataFile(await backupPath(name), clock.now(), 'backup')
      const safetyCopy = await store.replaceAll('before-restore', () => restored)
      return { restored: name, now: recordCounts(store.data), safetyCopy: basename(safetyCopy) }
    },
    'data:exportJson': async () => {
      const content = serialize(store.data)
      const path = await files.save({
        suggestedName: `mentor-tracker-export-${clock.now().toISOString().slice(0, 10)}.json`,
        content,
        filters: jsonFilters,
      })
      return { path, bytes: Buffer.byteLength(content) }
    },
    'data:importPreview': async ({ source }) => {
      let path: string | null
      if (source.kind === 'backup') path = await backupPath(source.name)
      else path = await ports.chooseFile({ title: 'Import Mentor Tracker data', filters: jsonFilters })
      if (!path) return null
      const incoming = await readDataFile(path, clock.now(), source.kind)
      preview = { id: newId(), data: incoming }
      return {
        previewId: preview.id,
        fileName: basename(path),
        newestChange: newestChange(incoming),
        incoming: recordCounts(incoming),
        current: recordCounts(store.data),
        merge: mergeDatabases(store.data, incoming).summary,
      } satisfies ImportPreview
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
      await rm(previous, { force: true })
      await rm(journalPathOf(previous), { force: true })
      // Its backups too, but only once every one of them was copied along to the new place.
      const oldBackups = await readdir(backupDirOf(previous)).catch(() => [] as string[])
      const newBackups = new Set(await readdir(backupDirOf(store.file)).catch(() => [] as string[]))
      if (oldBackups.every((name) => newBackups.has(name))) {
        await rm(backupDirOf(previous), { recursive: true, force: true })
      }
      return { removed: true }
    },
    'data:retry': () => store.retry(),
  } satisfies HandlerSlice<'data'>
}
