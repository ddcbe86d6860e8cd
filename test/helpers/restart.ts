// What the app finds after a restart: the data file and its journal as they are on disk now, opened anew.
import { copyFile, mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { basename, join } from 'node:path'
import type { Database } from '../../src/shared/model'
import type { StoreStatus } from '../../src/shared/store-status'
import { silentLogger } from '../../src/main/core/log'
import { journalPathOf } from '../../src/main/core/store/snapshot'
import { Store } from '../../src/main/core/store/store'
import { fixedClock } from './core'

/**
 * The data a restart would show if the app stopped right now, without a clean quit (a crash, a
 * power cut after the last acknowledged change): a copy of both files, opened in another folder,
 * so the running store is not disturbed.
 */
export async function dataAfterRestart(dataFile: string): Promise<Database> {
  return (await openedAfterRestart(dataFile)).data
}

/** How a restart right now would open the data (see dataAfterRestart): its status and its data. */
export async function openedAfterRestart(dataFile: string): Promise<{ status: StoreStatus; data: Database }> {
  const dir = await mkdtemp(join(tmpdir(), 'mentor-tracker-restart-'))
  const copy = join(dir, basename(dataFile))
  await copyFile(dataFile, copy).catch(() => {})
  await copyFile(journalPathOf(dataFile), journalPathOf(copy)).catch(() => {})
  try {
    const store = await Store.open({ dataFile: copy, clock: fixedClock(), log: silentLogger })
    const opened = { status: store.status, data: store.data }
    await store.close()
    return opened
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
}

/** Everything stored for `dataFile` right now, byte for byte: the data file, then its journal (empty when none). */
export async function storedBytes(dataFile: string): Promise<Buffer> {
  const read = (file: string) => readFile(file).catch(() => Buffer.alloc(0))
  return Buffer.concat([await read(dataFile), Buffer.from('\n-- journal --\n'), await read(journalPathOf(dataFile))])
}
