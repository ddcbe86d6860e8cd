import { existsSync } from 'node:fs'
import { mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { Database } from '../../../../src/shared/model'
import { Mentor, SCHEMA_VERSION, emptyDatabase } from '../../../../src/shared/model'
import { backupDirOf, moveAside } from '../../../../src/main/core/store/backups'
import type { Change } from '../../../../src/main/core/store/store'
import { Store } from '../../../../src/main/core/store/store'
import { silentLogger } from '../../../../src/main/core/log'
import { dataFileIn, fixedClock } from '../../../helpers/core'
import { dataAfterRestart } from '../../../helpers/restart'
import { tempDirs } from '../../../helpers/temp'

const newDir = tempDirs()
const open = (dataFile: string, clock = fixedClock()) => Store.open({ dataFile, clock, log: silentLogger })

const stamp = '2026-11-01T10:00:00.000Z'
const mentor = (name: string): Mentor =>
  Mentor.parse({ id: crypto.randomUUID(), name, createdAt: stamp, updatedAt: stamp })

const addMentor =
  (name: string): Change<Mentor> =>
  (data) => {
    const m = mentor(name)
    return { data: { ...data, mentors: [...data.mentors, m] }, value: m, changed: ['mentors'] }
  }

const readJson = async (file: string) => JSON.parse(await readFile(file, 'utf8')) as Database

describe('Store: durable writes', () => {
  it('creates a valid file on first open', async () => {
    const file = dataFileIn(await newDir())
    const store = await open(file)
    expect(store.status.mode).toBe('new')
    const { snapshot, ...data } = (await readJson(file)) as Database & { snapshot: unknown }
    expect(data).toEqual(emptyDatabase())
    expect(snapshot).toMatchObject({ id: expect.any(String), seq: expect.any(Number) })
  })

  it('acknowledges a change only once it is on disk, and a reopen finds it', async () => {
    const file = dataFileIn(await newDir())
    const store = await open(file)
    await store.mutate(addMentor('Zoë Ångström-李'))
    expect((await dataAfterRestart(file)).mentors.map((m) => m.name)).toEqual(['Zoë Ångström-李'])
    await store.close()
    expect((await readJson(file)).mentors.map((m) => m.name)).toEqual(['Zoë Ångström-李'])
    const again = await open(file)
    expect(again.status.mode).toBe('ok')
    expect(again.data.mentors.map((m) => m.name)).toEqual(['Zoë Ångström-李'])
  })

  it('keeps every one of many concurrent changes, in order', async () => {
    const file = dataFileIn(await newDir())
    const store = await open(file)
    const names = Array.from({ length: 50 }, (_, i) => `Mentor ${i}`)
    await Promise.all(names.map((name) => store.mutate(addMentor(name))))
    expect((await dataAfterRestart(file)).mentors.map((m) => m.name)).toEqual(names)
  })

  it('rejects only the change that fails; the others in its batch are saved', async () => {
    const file = dataFileIn(await newDir())
    const store = await open(file)
    const failing: Change<never> = () => {
      throw new Error('refused')
    }
    const results = await Promise.allSettled([
      store.mutate(addMentor('First')),
      store.mutate(failing),
      store.mutate(addMentor('Third')),
    ])
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled'])
    expect((await dataAfterRestart(file)).mentors.map((m) => m.name)).toEqual(['First', 'Third'])
  })

  it('leaves no temporary files behind, and removes those a crash left', async () => {
    const dir = await newDir()
    const file = dataFileIn(dir)
    const store = await open(file)
    await Promise.all([store.mutate(addMentor('A')), store.mutate(addMentor('B'))])
    await store.close()
    expect((await readdir(dir)).sort()).toEqual(['mentor-tracker-backups', 'mentor-tracker.json'])

    await writeFile(`${file}.123456789`, '{"half": ')
    await open(file)
    expect(await readdir(dir)).not.toContain('mentor-tracker.json.123456789')
  })

  it('when a write fails, rejects with a plain sentence and keeps the saved data as it was', async () => {
    const dir = await newDir()
    const file = join(dir, 'sub', 'mentor-tracker.json')
    const store = await open(file)
    await store.mutate(addMentor('Saved'))
    // Replace the folder by a plain file so the next write cannot happen.
    await rm(join(dir, 'sub'), { recursive: true })
    await writeFile(join(dir, 'sub'), 'not a folder')
    const failure = await store.mutate(addMentor('Lost')).catch((e: unknown) => e)
    expect(failure).toMatchObject({ code: 'storage' })
    expect((failure as Error).message).toMatch(/not saved/)
    expect((failure as Error).message).not.toContain(dir)
    expect(store.data.mentors.map((m) => m.name)).toEqual(['Saved'])
  })
})

describe('Store: backups', () => {
  it('keeps the last good file byte for byte, and one copy a day', async () => {
    const dir = await newDir()
    const file = dataFileIn(dir)
    const first = await open(file)
    await first.mutate(addMentor('Kept'))
    await first.close()
    const bytes = await readFile(file)
    // The backups are written just after opening, while the user already sees the data.
    await (await open(file, fixedClock('2026-11-28T08:00:00.000Z'))).settled()
    const backups = backupDirOf(file)
    expect(await readFile(join(backups, 'last-good.json'))).toEqual(bytes)
    expect((await readdir(backups)).sort()).toEqual([
      'daily-2026-11-27.json',
      'daily-2026-11-28.json',
      'last-good.json',
    ])
  })

  it('keeps at most fourteen daily copies', async () => {
    const dir = await newDir()
    const file = dataFileIn(dir)
    await (await open(file)).close()
    const backups = backupDirOf(file)
    for (let day = 1; day <= 20; day++) {
      await writeFile(join(backups, `daily-2026-10-${String(day).padStart(2, '0')}.json`), await readFile(file))
    }
    await (await open(file, fixedClock('2026-11-28T08:00:00.000Z'))).settled()
    const dailies = (await readdir(backups)).filter((n) => n.startsWith('daily-')).sort()
    expect(dailies).toHaveLength(14)
    expect(dailies.at(-1)).toBe('daily-2026-11-28.json')
  })
})

const damaged: Array<[string, Buffer]> = [
  ['an empty file', Buffer.alloc(0)],
  ['only whitespace', Buffer.from('  \n\n')],
  ['truncated JSON', Buffer.from('{"schemaVersion":1,"mentors":[{"id":"0b1f5a3e-2c7d-4e8f-9a6b-1c2d3e4f5a6b","na')],
  ['NUL bytes', Buffer.concat([Buffer.from('{"schemaVersion":1,'), Buffer.alloc(4096), Buffer.from('}')])],
  ['null', Buffer.from('null')],
  ['an array', Buffer.from('[]')],
  [
    'a mentor without a name',
    Buffer.from(JSON.stringify({ schemaVersion: 1, mentors: [{ ...mentor('x'), name: '' }] })),
  ],
  ['a text format version', Buffer.from('{"schemaVersion":"one"}')],
]

describe('Store: a damaged data file is moved aside, never overwritten', () => {
  it.each(damaged)('%s: restores the last good backup and keeps the original byte for byte', async (_case, bytes) => {
    const dir = await newDir()
    const file = dataFileIn(dir)
    const good = await open(file)
    await good.mutate(addMentor('From the backup'))
    await good.close()
    await (await open(file)).close() // a clean load writes last-good.json
    await writeFile(file, bytes)

    const store = await open(file, fixedClock('2026-11-28T10:15:30.000Z'))
    const status = store.status
    expect(status.mode).toBe('recovered')
    if (status.mode !== 'recovered') return
    expect(status.movedTo).toBe(join(dir, 'mentor-tracker.damaged-2026-11-28T10-15-30Z.json'))
    expect(await readFile(status.movedTo)).toEqual(bytes)
    expect(status.restoredFrom).toContain('mentor-tracker-backups')
    expect(status.reason.length).toBeGreaterThan(10)
    expect(store.data.mentors.map((m) => m.name)).toEqual(['From the backup'])
    // The data file is whole again, and the damaged copy stays untouched by later writes.
    expect((await readJson(file)).mentors.map((m) => m.name)).toEqual(['From the backup'])
    await store.mutate(addMentor('After recovery'))
    expect(await readFile(status.movedTo)).toEqual(bytes)
  })

  it.each(damaged)('%s with no backup: starts empty and still keeps the original', async (_case, bytes) => {
    const dir = await newDir()
    const file = dataFileIn(dir)
    await writeFile(file, bytes)
    const store = await open(file)
    const status = store.status
    expect(status.mode).toBe('recovered')
    if (status.mode !== 'recovered') return
    expect(status.restoredFrom).toBeNull()
    expect(await readFile(status.movedTo)).toEqual(bytes)
    expect(store.data).toEqual(emptyDatabase())
  })

  it('keeps both originals when two damaged files are moved aside in the same second', async () => {
    const dir = await newDir()
    const file = dataFileIn(dir)
    const clock = fixedClock('2026-11-28T10:15:30.000Z')
    const first = Buffer.from('{"schemaVersion":1,"mentors":[{"name":"First damaged')
    const second = Buffer.from('{"schemaVersion":1,"mentors":[{"name":"Second damaged')
    await writeFile(file, first)
    const one = await open(file, clock)
    await one.close()
    await writeFile(file, second)
    const two = await open(file, clock)
    await two.close()

    const moved = [one.status, two.status].map((s) => (s.mode === 'recovered' ? s.movedTo : s.mode))
    expect(moved).toEqual([
      join(dir, 'mentor-tracker.damaged-2026-11-28T10-15-30Z.json'),
      join(dir, 'mentor-tracker.damaged-2026-11-28T10-15-30Z-2.json'),
    ])
    expect(await readFile(moved[0]!)).toEqual(first)
    expect(await readFile(moved[1]!)).toEqual(second)
  })

  it('on a disk without hard links, copies aside without replacing an earlier original', async () => {
    const dir = await newDir()
    const file = dataFileIn(dir)
    const now = new Date('2026-11-28T10:15:30.000Z')
    const noLinks = {
      link: () => Promise.reject(Object.assign(new Error('operation not supported'), { code: 'ENOTSUP' })),
    }
    const earlier = join(dir, 'mentor-tracker.damaged-2026-11-28T10-15-30Z.json')
    await writeFile(earlier, 'the earlier original')
    await writeFile(file, 'the later original')

    const movedTo = await moveAside(file, now, noLinks)
    expect(movedTo).toBe(join(dir, 'mentor-tracker.damaged-2026-11-28T10-15-30Z-2.json'))
    expect(await readFile(earlier, 'utf8')).toBe('the earlier original')
    expect(await readFile(movedTo, 'utf8')).toBe('the later original')
    expect(existsSync(file)).toBe(false)
  })

  it('skips a damaged backup and restores an older good one', async () => {
    const dir = await newDir()
    const file = dataFileIn(dir)
    const good = await open(file)
    await good.mutate(addMentor('In the daily copy'))
    await good.close()
    const backups = backupDirOf(file)
    await writeFile(join(backups, 'last-good.json'), '{"schemaVersion":1,"ment')
    await writeFile(file, '')
    const store = await open(file)
    expect(store.status).toMatchObject({ mode: 'recovered', restoredFrom: join(backups, 'daily-2026-11-27.json') })
    expect(store.data.mentors.map((m) => m.name)).toEqual(['In the daily copy'])
  })
})

describe('Store: a file from a newer version', () => {
  it('opens read-only, shows what it can, and never writes or moves it', async () => {
    const dir = await newDir()
    const file = dataFileIn(dir)
    const newer = {
      ...emptyDatabase(),
      schemaVersion: SCHEMA_VERSION + 1,
      mentors: [mentor('From the future')],
      futureField: { x: 1 },
    }
    const bytes = Buffer.from(JSON.stringify(newer))
    await writeFile(file, bytes)
    const store = await open(file)
    expect(store.status.mode).toBe('read-only')
    expect(store.status).toMatchObject({ reason: expect.stringContaining('newer version') })
    expect(store.data.mentors.map((m) => m.name)).toEqual(['From the future'])
    await expect(store.mutate(addMentor('Nope'))).rejects.toMatchObject({ code: 'read-only' })
    await store.close()
    expect(await readFile(file)).toEqual(bytes)
    expect(await readdir(dir)).toEqual(['mentor-tracker.json'])
  })
})

describe('Store: migrations', () => {
  it('upgrades a version-0 file, keeping a copy of the original', async () => {
    const dir = await newDir()
    const file = dataFileIn(dir)
    const original = await readFile(join(import.meta.dirname, '../../../fixtures/v0-mentor-tracker.json'))
    await mkdir(dir, { recursive: true })
    await writeFile(file, original)

    const store = await open(file)
    const status = store.status
    expect(status.mode).toBe('migrated')
    if (status.mode !== 'migrated') return
    expect(status.fromVersion).toBe(0)
    expect(await readFile(status.backupFile)).toEqual(original)

    const [zoe, emile] = store.data.mentors
    expect(zoe).toMatchObject({
      id: '0b1f5a3e-2c7d-4e8f-9a6b-1c2d3e4f5a6b',
      name: 'Zoë Ångström-李',
      organization: 'Nordlicht Labs',
      role: 'Principal Engineer',
      expertise: ['Distributed systems', 'Career growth'],
      createdAt: '2025-03-02T10:00:00.000Z',
    })
    expect(emile).toMatchObject({ name: 'Émile Durand', role: 'Engineering Manager', organization: '' })
    expect(store.data.notes).toEqual([
      expect.objectContaining({ mentorId: zoe?.id, section: 'notes', body: expect.stringContaining('design docs') }),
    ])
    expect(store.data.profile.name).toBe('Amara Okafor')
    const onDisk = await readJson(file)
    expect(onDisk.schemaVersion).toBe(SCHEMA_VERSION)
    expect(existsSync(status.backupFile)).toBe(true)
  })
})
