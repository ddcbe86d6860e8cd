// Power cuts at every step of a workload: whatever a disk may hold afterwards, the store opens, every
// acknowledged change is there, and nothing that was never written appears.
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { basename, join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { Database, Draft } from '../../../../src/shared/model'
import { Mentor } from '../../../../src/shared/model'
import type { Logger } from '../../../../src/main/core/log'
import { silentLogger } from '../../../../src/main/core/log'
import type { Change } from '../../../../src/main/core/store/store'
import { Store } from '../../../../src/main/core/store/store'
import { dataFileIn, fixedClock } from '../../../helpers/core'
import type { CutChoice, DiskEvent } from '../../../helpers/power-loss'
import { diskAfterCut, recordingIO } from '../../../helpers/power-loss'
import { tempDirs } from '../../../helpers/temp'

const newDir = tempDirs()
const stamp = '2026-11-01T10:00:00.000Z'

/** The workload's changes, cycling through what people do: add, edit, type a draft, delete, a setting. */
function changeNumber(i: number): Change<null> {
  return (data) => {
    const mentors = data.mentors
    switch (i % 5) {
      case 0:
      case 3: {
        const m = Mentor.parse({
          id: crypto.randomUUID(),
          name: `Mentor ${i} Zoë 李`,
          createdAt: stamp,
          updatedAt: stamp,
        })
        return { data: { ...data, mentors: [...mentors, m] }, value: null, changed: ['mentors'] }
      }
      case 1: {
        const at = i % Math.max(1, mentors.length)
        const edited = mentors.map((m, index) => (index === at ? { ...m, role: `Role after change ${i}` } : m))
        return { data: { ...data, mentors: edited }, value: null, changed: ['mentors'] }
      }
      case 2: {
        const draft: Draft = {
          key: `note:new:${i % 3}:notes`,
          values: { body: `Typing… ${i} ${'é'.repeat(i * 7)}` },
          updatedAt: stamp,
        }
        const drafts = [...data.drafts.filter((d) => d.key !== draft.key), draft]
        return { data: { ...data, drafts }, value: null, changed: ['drafts'] }
      }
      default: {
        if (i % 10 === 4 && mentors.length > 2) {
          return { data: { ...data, mentors: mentors.slice(1) }, value: null, changed: ['mentors'] }
        }
        const settings = { ...data.settings, theme: i % 2 ? ('dark' as const) : ('light' as const) }
        return { data: { ...data, settings }, value: null, changed: ['settings'] }
      }
    }
  }
}

const copy = (data: Database) => JSON.parse(JSON.stringify(data)) as Database

/** Runs the workload once on a recording disk: each change awaited, compactions started now and then alongside. */
async function recordWorkload(changes: number) {
  const dir = await newDir()
  const dataFile = dataFileIn(dir)
  const events: DiskEvent[] = []
  const mark = (name: string) => events.push({ op: 'mark', mark: name })
  const store = await Store.open({
    dataFile,
    clock: fixedClock(),
    log: silentLogger,
    io: recordingIO(events),
    watchMs: 0,
  })
  await store.settled()
  const states = [copy(store.data)]
  const compactions: Promise<void>[] = []
  for (let i = 1; i <= changes; i++) {
    if (i % 9 === 0) compactions.push(store.compact())
    mark(`issue ${i}`)
    await store.mutate(changeNumber(i))
    mark(`ack ${i}`)
    states.push(copy(store.data))
  }
  await Promise.all(compactions)
  await store.close()
  mark('closed')
  return { dataFile, events, states }
}

/** A small seeded random source, so every run checks the same cut points. */
function random(seed: number) {
  let state = seed
  return (below: number) => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31
    return below <= 0 ? 0 : state % (below + 1)
  }
}

function choices(pick: (below: number) => number): Array<[string, CutChoice]> {
  return [
    ['nothing unsynced survives', { dirOps: () => 0, writes: () => 0, lastWrite: (b) => b }],
    ['everything written survives', { dirOps: (n) => n, writes: (n) => n, lastWrite: (b) => b }],
    [
      'some of it, the last write torn',
      { dirOps: pick, writes: pick, lastWrite: (b) => b.subarray(0, pick(b.length)) },
    ],
    ['some of it, the last write zeros', { dirOps: pick, writes: pick, lastWrite: (b) => Buffer.alloc(b.length) }],
  ]
}

describe('power loss', () => {
  it('at every step of a workload, with any part of what was not yet synced lost, loses no acknowledged change', async () => {
    const { dataFile, events, states } = await recordWorkload(45)
    const pick = random(20_261_202)
    let checked = 0
    const failures: string[] = []
    for (let cut = 0; cut <= events.length; cut++) {
      const marks = events.slice(0, cut).flatMap((e) => (e.op === 'mark' ? [e.mark] : []))
      const acked = marks.filter((m) => m.startsWith('ack ')).length
      const inFlight = marks.filter((m) => m.startsWith('issue ')).length > acked
      for (const [variant, choice] of choices(pick)) {
        const disk = diskAfterCut(events, cut, choice)
        const dir = await mkdtemp(join(tmpdir(), 'mentor-tracker-power-'))
        try {
          for (const [path, bytes] of disk) {
            if (!path.includes('.tmp-')) await writeFile(join(dir, basename(path)), bytes)
          }
          const warnings: string[] = []
          const log: Logger = { ...silentLogger, warn: (m) => warnings.push(m), error: (m) => warnings.push(m) }
          const store = await Store.open({ dataFile: join(dir, basename(dataFile)), clock: fixedClock(), log })
          const found = copy(store.data)
          const status = store.status.mode
          await store.close()
          const fits = [states[acked], inFlight ? states[acked + 1] : undefined].some(
            (state) => state && JSON.stringify(state) === JSON.stringify(found),
          )
          checked++
          if (!fits || (status !== 'ok' && status !== 'new') || warnings.length > 0) {
            failures.push(
              `cut ${cut} (${variant}, after ${events[cut - 1]?.op ?? 'nothing'}): opened ${status}, ${found.mentors.length} mentors; ${acked} acknowledged; ${warnings.join('; ')}`,
            )
          }
        } finally {
          await rm(dir, { recursive: true, force: true })
        }
      }
    }
    console.log(
      `Power loss: ${checked} disk states checked at ${events.length + 1} cut points, ${failures.length} failed`,
    )
    expect(failures.slice(0, 10)).toEqual([])
    expect(checked).toBeGreaterThan(500)
  }, 240_000)
})
