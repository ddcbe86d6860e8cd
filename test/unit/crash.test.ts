// The short crash test (npm run crashtest runs 200): kill -9 a writing core, then nothing acknowledged may be missing.
import { mkdir, readdir, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { checkRun, parseLines } from '../../scripts/crashtest/check-run'
import { runCrashTest, summarize } from '../../scripts/crashtest/crash-test'
import type { WriterLine } from '../../scripts/crashtest/records'
import { silentLogger } from '../../src/main/core/log'
import { backupDirOf } from '../../src/main/core/store/backups'
import { Store } from '../../src/main/core/store/store'
import { dataFileIn, fixedClock } from '../helpers/core'
import { tempDirs } from '../helpers/temp'

const newDir = tempDirs()

const snapshot = (entries: Record<string, string>) => new Map(Object.entries(entries))
const ack = (op: number, effects: Extract<WriterLine, { t: 'ack' }>['effects']): WriterLine[] => [
  { t: 'begin', op, channel: 'test:write', may: effects, creates: {} },
  { t: 'ack', op, effects },
]

describe('crash test: the checker', () => {
  it('passes a file holding every acknowledged write, and a write in flight either way', () => {
    const lines: WriterLine[] = [
      ...ack(1, [{ kind: 'notes', id: 'a', fp: 'A2' }]),
      ...ack(2, [{ kind: 'notes', id: 'b', gone: true }]),
      { t: 'begin', op: 3, channel: 'notes:update', may: [{ kind: 'notes', id: 'c', fp: 'C2' }], creates: {} },
      { t: 'begin', op: 4, channel: 'notes:create', may: [], creates: { notes: 1 } },
    ]
    const before = snapshot({ 'notes:a': 'A1', 'notes:b': 'B1', 'notes:c': 'C1' })
    for (const c of ['C1', 'C2']) {
      const verdict = checkRun(before, new Set(), lines, snapshot({ 'notes:a': 'A2', 'notes:c': c, 'notes:new': 'N' }))
      expect(verdict.problems).toEqual([])
      expect(verdict).toMatchObject({ acknowledged: 2, inFlight: 2 })
    }
  })

  it.each([
    ['a lost record', { 'notes:b': 'B1' }, /^lost: notes:a/],
    ['an older version', { 'notes:a': 'A1', 'notes:b': 'B1' }, /^changed: notes:a/],
    ['an undone delete', { 'notes:a': 'A2', 'notes:b': 'B1', 'notes:c': 'C1' }, /^not deleted: notes:c/],
    ['a record no write made', { 'notes:a': 'A2', 'notes:b': 'B1', 'notes:x': 'X' }, /^unexpected: 1 notes/],
    ['a record deleted in an earlier run', { 'notes:a': 'A2', 'notes:b': 'B1', 'notes:old': 'O' }, /^came back/],
  ])('fails a file with %s', (_, after, problem) => {
    const lines = [
      ...ack(1, [{ kind: 'notes', id: 'a', fp: 'A2' }]),
      ...ack(2, [{ kind: 'notes', id: 'c', gone: true }]),
    ]
    const before = snapshot({ 'notes:a': 'A1', 'notes:b': 'B1', 'notes:c': 'C1' })
    const verdict = checkRun(before, new Set(['notes:old']), lines, snapshot(after))
    expect(verdict.problems).toEqual([expect.stringMatching(problem)])
  })

  it('ignores a line the kill cut off: it was never acknowledged', () => {
    const { lines, malformed } = parseLines('{"t":"ready","records":0,"concurrency":1}\n{"t":"ack","op":1,"eff')
    expect(lines).toEqual([{ t: 'ready', records: 0, concurrency: 1 }])
    expect(malformed).toEqual([])
  })
})

describe('crash test: kill -9 while writing', () => {
  it('loses nothing acknowledged across 20 kills, and leaves no temporary file after the next open', async () => {
    const result = await runCrashTest({ runs: 20, seed: 20_261_127 })
    console.log(summarize(result))
    expect(result.failures.map((f) => `run ${f.run}: ${f.problems.join('; ')}`)).toEqual([])
    expect(result.passed).toBe(20)
    expect(result.acknowledged).toBeGreaterThan(20)
  }, 120_000)

  it('notices a writer that acknowledges before its write is durable', async () => {
    const result = await runCrashTest({ runs: 4, seed: 3, writerArgs: ['--ack-before-durable'] })
    await rm(result.dir, { recursive: true, force: true })
    expect(result.failures.length).toBeGreaterThan(0)
    expect(result.failures.flatMap((f) => f.problems)).toContainEqual(expect.stringMatching(/^(changed|not deleted):/))
  }, 60_000)
})

describe('crash test: clean-up on the next start', () => {
  it('removes the temporary files a kill left in the backups folder, and keeps the backups', async () => {
    const dataFile = dataFileIn(await newDir())
    const open = () => Store.open({ dataFile, clock: fixedClock(), log: silentLogger })
    await (await open()).close()
    const backups = backupDirOf(dataFile)
    await mkdir(backups, { recursive: true })
    // What a kill while writing last-good.json, or while copying the daily backup, leaves behind.
    await writeFile(join(backups, 'last-good.json.2167190598'), '{"schemaVersion": 1, "men')
    await writeFile(join(backups, 'daily-2026-11-26.json.partial'), '{')
    await (await open()).close()
    expect((await readdir(backups)).sort()).toEqual(['daily-2026-11-27.json', 'last-good.json'])
  })
})
