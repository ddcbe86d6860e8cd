// What the journal itself costs: the floor of one append, opening with changes to replay, and compaction.
import { copyFile, open, rm, stat } from 'node:fs/promises'
import { silentLogger } from '../src/main/core/log'
import { journalPathOf } from '../src/main/core/store/snapshot'
import { Store } from '../src/main/core/store/store'
import type { Database } from '../src/shared/model'
import { fixedClock } from '../test/helpers/core'
import { benchNow } from './dataset'
import type { Sample } from './stats'
import { pause, summarize } from './stats'
import { makeChanges, openTimedCore } from './store-mutations'

/** The least a durable journal line costs on this disk: 2 KB appended and fdatasynced, nothing else. */
export async function measureAppendFloor(file: string, runs: number, pauseMs: number): Promise<Sample> {
  const line = Buffer.alloc(2_048, 'x')
  const times: number[] = []
  for (let i = 0; i < runs; i++) {
    await pause(pauseMs)
    const start = performance.now()
    const handle = await open(file, 'a')
    try {
      await handle.write(line)
      await handle.datasync()
    } finally {
      await handle.close()
    }
    times.push(performance.now() - start)
  }
  await rm(file, { force: true })
  return summarize(times)
}

const copyBoth = async (from: string, to: string) => {
  await copyFile(from, to)
  await copyFile(journalPathOf(from), journalPathOf(to))
}

/**
 * Opening after a run that did not end cleanly: `file` (the dataset) with a journal of `changes`
 * changes made through the handlers. Each run opens a fresh copy of both files; the time is until
 * the data can be shown (the compaction that follows runs in the background).
 */
export async function measureOpenWithJournal(file: string, data: Database, changes: number, runs: number) {
  const work = `${file}.replay.json`
  const kept = `${file}.kept.json`
  await copyFile(file, work)
  const opened = await openTimedCore(work, { compactAtBytes: Number.MAX_SAFE_INTEGER, compactWhenIdleMs: 3_600_000 })
  await makeChanges(opened.core, data, changes)
  await copyBoth(work, kept) // What a crash right now would leave.
  await opened.core.close()
  const clock = fixedClock(benchNow.toISOString())
  const times: number[] = []
  let journalMB = 0
  for (let i = 0; i < runs; i++) {
    await copyBoth(kept, work)
    journalMB = (await stat(journalPathOf(work))).size / 1e6
    const start = performance.now()
    const store = await Store.open({ dataFile: work, clock, log: silentLogger })
    times.push(performance.now() - start)
    if (store.status.mode !== 'ok') throw new Error(`The replayed file opened as ${store.status.mode}`)
    await store.close()
  }
  for (const f of [work, kept]) await Promise.all([rm(f, { force: true }), rm(journalPathOf(f), { force: true })])
  return { sample: summarize(times), journalMB }
}

/** A compaction after one change: the snapshot serialized and written whole, the journal swapped; `runs` times. */
export async function measureCompaction(file: string, runs: number): Promise<Sample> {
  const store = await Store.open({ dataFile: file, clock: fixedClock(benchNow.toISOString()), log: silentLogger })
  try {
    const times: number[] = []
    for (let i = 0; i < runs; i++) {
      await store.mutate((data) => ({
        data: { ...data, profile: { ...data.profile, name: `Compaction ${i}` } },
        value: null,
        changed: ['profile'],
      }))
      const start = performance.now()
      await store.compact()
      times.push(performance.now() - start)
    }
    return summarize(times)
  } finally {
    await store.close()
  }
}
