// Moving the data to another folder (a synced one, say): compact here, copy, read the copy back, then switch.
import { cp, readFile, readdir, rm, stat } from 'node:fs/promises'
import { basename, join, resolve } from 'node:path'
import type { Clock } from '../clock'
import { AppFailure } from '../errors'
import type { Logger } from '../log'
import { backupDirOf } from './backups'
import type { StoreIO } from './durable-file'
import type { Fingerprint } from './fingerprint'
import { fingerprintOf } from './fingerprint'
import { JournaledFile } from './journaled-file'
import { parseDataFile } from './parse-data-file'
import { journalPathOf, newSnapshotMeta, snapshotBytes } from './snapshot'
import { errorCode, storageCause } from './storage-errors'

export interface MoveOptions {
  adapter: JournaledFile
  io: StoreIO
  folder: string
  clock: Clock
  log: Logger
  /** Records the new place for the next start; when it fails, the copy is removed and nothing changes. */
  beforeSwitch(target: string): Promise<void>
}

const exists = (file: string) =>
  stat(file).then(
    () => true,
    () => false,
  )

/**
 * Writes the data to `folder`, checks the copy, and returns the files to use from now on. The old
 * file stays where it was, whole: it is compacted first (unless its folder cannot be written, which
 * is why one moves). Backups are copied along.
 */
export async function moveDataFile(
  options: MoveOptions,
): Promise<{ adapter: JournaledFile; known: Fingerprint | null }> {
  const { adapter, io, log } = options
  const target = join(resolve(options.folder), basename(adapter.dataFile))
  if (target === resolve(adapter.dataFile)) {
    throw new AppFailure('invalid-input', 'The data file is in that folder already. Choose another folder.')
  }
  if ((await exists(target)) || (await exists(journalPathOf(target)))) {
    throw new AppFailure(
      'conflict',
      'That folder already holds a Mentor Tracker data file, and it was left as it is. Choose another folder, or move that file away first.',
    )
  }
  let content: Uint8Array
  try {
    content = await adapter.writeWhole(adapter.data)
  } catch (error) {
    log.warn('Could not compact the data file before moving it; the copy is made from memory', errorCode(error))
    content = snapshotBytes(adapter.data, newSnapshotMeta(adapter.seq, null))
  }
  try {
    await io.replace(target, content)
  } catch (error) {
    throw new AppFailure(
      'storage',
      `The data could not be written to that folder because ${storageCause(error)}. Nothing was changed; your data is where it was.`,
    )
  }
  const written = await readFile(target).catch(() => null)
  const check = written === null ? null : parseDataFile(written, options.clock.now())
  if (!written?.equals(content) || check?.kind !== 'good') {
    await rm(target, { force: true })
    throw new AppFailure(
      'storage',
      'The copy in that folder did not read back the same, so it was removed. Nothing was changed; your data is where it was.',
    )
  }
  try {
    await options.beforeSwitch(target)
  } catch (error) {
    log.warn('Could not record the new place of the data file', errorCode(error))
    await rm(target, { force: true })
    throw new AppFailure(
      'storage',
      'Where your data is could not be recorded for the next start, so the copy was removed. Nothing was changed; your data is where it was.',
    )
  }
  await cp(backupDirOf(adapter.dataFile), backupDirOf(target), { recursive: true, force: false }).catch(
    (error: unknown) => log.warn('Could not copy the backups along', errorCode(error)),
  )
  const moved = new JournaledFile(target, io, adapter.data, {
    snapshot: check.snapshot,
    journal: { header: null, size: 0 },
    seq: check.snapshot?.seq ?? adapter.seq,
  })
  return { adapter: moved, known: await fingerprintOf(target, content) }
}

/** True when `path` is a file that is there. */
export const isExistingFile = (path: string): Promise<boolean> =>
  stat(path).then(
    (info) => info.isFile(),
    () => false,
  )

/** Removes the copy the data was moved from, and its journal; its backups too, once each was copied to `current`'s. */
export async function removeMovedCopy(previous: string, current: string): Promise<void> {
  await rm(previous, { force: true })
  await rm(journalPathOf(previous), { force: true })
  const oldBackups = await readdir(backupDirOf(previous)).catch(() => [] as string[])
  const newBackups = new Set(await readdir(backupDirOf(current)).catch(() => [] as string[]))
  if (oldBackups.every((name) => newBackups.has(name))) await rm(backupDirOf(previous), { recursive: true, force: true })
}
