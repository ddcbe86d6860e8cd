// The journal: a change is one appended line, compaction folds it into the data file, and a damaged,
// torn or foreign journal is never applied blindly nor dropped.
import { appendFile, copyFile, readFile, readdir, stat, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { Database } from '../../../../src/shared/model'
import { Mentor } from '../../../../src/shared/model'
import type { StoreNotice } from '../../../../src/shared/store-status'
import { silentLogger } from '../../../../src/main/core/log'
import { backupDirOf } from '../../../../src/main/core/store/backups'
import type { StoreIO } from '../../../../src/main/core/store/durable-file'
import { durableIO } from '../../../../src/main/core/store/durable-file'
import { journalPathOf } from '../../../../src/main/core/store/snapshot'
import type { Change, StoreOptions } from '../../../../src/main/core/store/store'
import { Store } from '../../../../src/main/core/store/store'
import { dataFileIn, fixedClock, openCore, valueOf } from '../../../helpers/core'
import { dataAfterRestart } from '../../../helpers/restart'
import { tempDirs } from '../../../helpers/temp'
import { fakeTimers } from '../../../helpers/reminder-harness'

const newDir = tempDirs()
const stamp = '2026-11-01T10:00:00.000Z'
const open = (dataFile: string, options: Partial<StoreOptions> = {}) =>
  Store.open({ dataFile, clock: fixedClock(), log: silentLogger, ...options })
const addMentor =
  (name: string): Change<Mentor> =>
  (data) => {
    const m = Mentor.parse({ id: crypto.randomUUID(), name, createdAt: stamp, updatedAt: stamp })
    return { data: { ...data, mentors: [...data.mentors, m] }, value: m, changed: ['mentors'] }
  }
const names = (data: Database) => data.mentors.map((m) => m.name)
const fileNames = async (file: string) => names(JSON.parse(await readFile(file, 'utf8')) as Database)
const size = async (file: string) => (await stat(file).catch(() => null))?.size ?? 0
/** A store with some mentors saved, left running (its journal not yet compacted). */
async function withJournal(count = 3, options: Partial<StoreOptions> = {}) {
  const dir = await newDir()
  const file = dataFileIn(dir)
  const store = await open(file, options)
  for (let i = 1; i <= count; i++) await store.mutate(addMentor(`Mentor ${i}`))
  return { dir, file, journal: journalPathOf(file), store }
}

describe('the journal', () => {
  it('appends only the change, leaves the data file alone, and a restart replays it', async () => {
    const { file, journal, store } = await withJournal(1)
    const before = await readFile(file)
    const grown = await size(journal)
    await store.mutate(addMentor('Zoë Ångström-李'))
    expect(await readFile(file)).toEqual(before)
    // One line: the new mentor, its number and checksum, not the file.
    expect((await size(journal)) - grown).toBeLessThan(700)
    expect(names(await dataAfterRestart(file))).toEqual(['Mentor 1', 'Zoë Ångström-李'])
  })

  it('on a clean close folds the journal into the data file, which alone then holds everything', async () => {
    const { file, journal, store } = await withJournal(3)
    await store.close()
    expect(await fileNames(file)).toEqual(['Mentor 1', 'Mentor 2', 'Mentor 3'])
    expect(await size(journal)).toBe(0)
    expect((await readdir(join(file, '..'))).sort()).toEqual(['mentor-tracker-backups', 'mentor-tracker.json'])
  })

  it('compacts once the journal passes its size, and when the app has been idle', async () => {
    const timers = fakeTimers()
    const { file, journal, store } = await withJournal(1, { compactAtBytes: 2_000, timers })
    while ((await size(journal)) > 0 && (await fileNames(file)).length < 2) await store.mutate(addMentor('More'))
    await store.settled()
    expect((await fileNames(file)).length).toBeGreaterThan(1)

    await store.mutate(addMentor('Before a pause'))
    expect(await fileNames(file)).not.toContain('Before a pause')
    expect(timers.delays).toContain(30_000)
    await timers.fire() // the app was idle for 30 s
    await store.settled()
    expect(await fileNames(file)).toContain('Before a pause')
    expect(await size(journal)).toBe(0)
  })

  it('acknowledges changes while a compaction writes the data file, and keeps them in the new journal', async () => {
    let release = () => {}
    const held = new Promise<void>((resolve) => (release = resolve))
    let holding = false
    const io: StoreIO = {
      ...durableIO,
      replace: async (target, content) => {
        if (holding && target.endsWith('.json')) await held
        await durableIO.replace(target, content)
      },
    }
    const { file, store } = await withJournal(2, { io })
    holding = true
    const compaction = store.compact()
    // The snapshot write is held up; changes are still appended and answered.
    await store.mutate(addMentor('During compaction'))
    const crashedNow = await dataAfterRestart(file)
    expect(names(crashedNow)).toEqual(['Mentor 1', 'Mentor 2', 'During compaction'])
    release()
    await compaction
    expect(await fileNames(file)).toEqual(['Mentor 1', 'Mentor 2'])
    // Nothing twice, nothing lost: the change made meanwhile went on into the new journal.
    expect(names(await dataAfterRestart(file))).toEqual(['Mentor 1', 'Mentor 2', 'During compaction'])
    await store.close()
    expect(await fileNames(file)).toEqual(['Mentor 1', 'Mentor 2', 'During compaction'])
  })

  it('replays nothing twice after a crash between writing the snapshot and replacing the journal', async () => {
    const dir = await newDir()
    const crashedCopy = join(dir, 'after-crash')
    const io: StoreIO = {
      ...durableIO,
      replace: async (target, content) => {
        if (target.endsWith('.journal') && (await size(journalPathOf(dataFileIn(dir))))) {
          // The moment between the two steps: what a restart would find.
          await writeFile(`${crashedCopy}.json`, await readFile(dataFileIn(dir)))
          await copyFile(journalPathOf(dataFileIn(dir)), `${crashedCopy}.journal`)
        }
        await durableIO.replace(target, content)
      },
    }
    const store = await open(dataFileIn(dir), { io })
    await store.mutate(addMentor('One'))
    await store.mutate(addMentor('Two'))
    const compaction = store.compact()
    await store.mutate(addMentor('Three, meanwhile'))
    await compaction
    const restarted = await open(`${crashedCopy}.json`)
    expect(names(restarted.data)).toEqual(['One', 'Two', 'Three, meanwhile'])
    expect(restarted.status.mode).toBe('ok')
    await restarted.close()
  })

  it('ignores a torn last line (a crash mid-append, never acknowledged), keeps its bytes, and goes on', async () => {
    const { file, journal } = await withJournal(2)
    const torn = '3\t0a1b2c3d\t{"lists":{"mentors":{"at":2,"len'
    await appendFile(journal, torn)
    const store = await open(file)
    expect(store.status.mode).toBe('ok')
    expect(names(store.data)).toEqual(['Mentor 1', 'Mentor 2'])
    const aside = (await readdir(backupDirOf(file))).filter((n) => n.startsWith('journal-set-aside-'))
    expect(await readFile(join(backupDirOf(file), aside[0]!), 'utf8')).toBe(torn)
    await store.mutate(addMentor('After the crash'))
    expect(names(await dataAfterRestart(file))).toEqual(['Mentor 1', 'Mentor 2', 'After the crash'])
  })

  it('stops at a damaged line in the middle, applies what came before, keeps the rest and offers it back', async () => {
    const { file, journal } = await withJournal(4)
    const lines = (await readFile(journal, 'utf8')).split('\n')
    // Line 0 is the header; damage the change that added Mentor 2.
    lines[2] = lines[2]!.replace('Mentor 2', 'Mentor X')
    await writeFile(journal, lines.join('\n'))

    const core = await openCore(join(file, '..'), { dataFile: file })
    const status = core.status()
    expect(status.mode).toBe('journal-set-aside')
    if (status.mode !== 'journal-set-aside') return
    expect(status.reason).toMatch(/could not be read/)
    expect(status.reason).toContain(status.keptAs)
    expect(names((await dataAfterRestart(file)) as Database)).toEqual(['Mentor 1'])
    const kept = await readFile(join(backupDirOf(file), status.keptAs), 'utf8')
    expect(kept.split('\n')[0]).toBe(lines[2])

    // What could be read after the damage comes back through a merge.
    const preview = valueOf(
      await core.handlers['data:importPreview']({ source: { kind: 'backup', name: status.copy! } }),
    )
    valueOf(await core.handlers['data:import']({ previewId: preview!.previewId, mode: 'merge' }))
    expect(names(await dataAfterRestart(file))).toEqual(['Mentor 1', 'Mentor 3', 'Mentor 4'])
    await core.close()
  })

  it('does not apply a journal that belongs to another data file, keeps it and offers its changes back', async () => {
    const { file, store } = await withJournal(1)
    await store.close()
    const restoredByHand = await readFile(file)
    const later = await open(file)
    await later.mutate(addMentor('Mentor 2'))
    await later.close()
    const again = await open(file)
    await again.mutate(addMentor('Only in the journal'))
    // The app stops without a clean quit; then the data file is put back from a copy made earlier.
    await writeFile(file, restoredByHand)

    const core = await openCore(join(file, '..'), { dataFile: file })
    const status = core.status()
    expect(status).toMatchObject({
      mode: 'journal-set-aside',
      reason: expect.stringMatching(/belongs to another copy/),
    })
    expect(valueOf(await core.handlers['mentors:list']({})).map((m) => m.name)).toEqual(['Mentor 1'])
    if (status.mode !== 'journal-set-aside') return
    const preview = valueOf(
      await core.handlers['data:importPreview']({ source: { kind: 'backup', name: status.copy! } }),
    )
    valueOf(await core.handlers['data:import']({ previewId: preview!.previewId, mode: 'merge' }))
    expect(valueOf(await core.handlers['mentors:list']({})).map((m) => m.name)).toEqual([
      'Mentor 1',
      'Only in the journal',
    ])
    await core.close()
  })

  it('when another program replaces the journal while the app runs, keeps it aside and loses nothing of either', async () => {
    const { file, journal, store } = await withJournal(2)
    const notices: StoreNotice[] = []
    store.onNotice((notice) => notices.push(notice))
    // Another computer's journal, brought by a sync tool: its header and a change of its own.
    const other = await withJournal(1)
    await other.store.mutate(addMentor('From the other computer'))
    await writeFile(journal, await readFile(other.journal))

    await store.mutate(addMentor('Mentor 3'))
    expect(names(await dataAfterRestart(file))).toEqual(['Mentor 1', 'Mentor 2', 'Mentor 3'])
    expect(notices).toMatchObject([{ kind: 'journal-conflict' }])
    const copy = JSON.parse(
      await readFile(join(backupDirOf(file), (notices[0] as { copy: string }).copy), 'utf8'),
    ) as Database
    expect(names(copy)).toEqual(expect.arrayContaining(['Mentor 1', 'Mentor 2', 'From the other computer']))
  })

  it('tells each change listener which records changed, not only which kinds', async () => {
    const { store } = await withJournal(2)
    const told: unknown[] = []
    store.onChange((kinds, records) => told.push({ kinds, records }))
    const added = await store.mutate(addMentor('Ada'))
    expect(told).toEqual([{ kinds: ['mentors'], records: { put: { mentors: [added] }, removed: {} } }])
  })

  it('traces its steps, so the crash test can tell where a kill landed', async () => {
    const steps: string[] = []
    const { store } = await withJournal(1, { trace: (step) => steps.push(step) })
    await store.compact()
    expect(steps).toEqual([
      'append-begin',
      'append',
      'compaction-begin',
      'compaction-snapshot-durable',
      'compaction-done',
    ])
  })
})
