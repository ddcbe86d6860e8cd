// What the app finds after a restart: the data file and its journal as they are on disk now, opened anew.
import { copyFile, mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { basename, join } from 'node:path'
import type { Database } from '../../src/shared/model'
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
  const dir = await mkdtemp(join(tmpdir(), 'mentor-tracker-restart-'))
  const copy = join(dir, basename(dataFile))
  await copyFile(dataFile, copy).catch(() => {})
  await copyFile(journalPathOf(dataFile), journalPathOf(copy)).catch(() => {})
  try {
    const store = await Store.open({ dataFile: copy, clock: fixedClock(), log: silentLogger })
    const data = store.data
    await store.close()
    return data
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
}
