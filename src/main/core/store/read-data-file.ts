// Reading a Mentor Tracker data file that is not the open one: a file to import, or a backup to restore.
import { readFile, stat } from 'node:fs/promises'
import type { Database } from '../../../shared/model'
import { AppFailure } from '../errors'
import { parseDataFile } from './parse-data-file'

/** The largest file an import reads: far beyond decades of notes, short of exhausting memory. */
export const IMPORT_MAX_BYTES = 200 * 1024 * 1024

/** Reads and validates a file to import or restore; refuses anything else in a sentence, changing nothing. */
export async function readOtherDataFile(path: string, now: Date, what: 'file' | 'backup'): Promise<Database> {
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
