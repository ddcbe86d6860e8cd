// Another program (a sync tool) changes the data file while the app runs: the app takes the newer
// file, never writes older memory over it, and when both changed keeps both and says so.
import { readFile, readdir, rm, utimes, writeFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import type { Database } from '../../../../src/shared/model'
import { Mentor, SCHEMA_VERSION } from '../../../../src/shared/model'
import type { StoreNotice, StoreStatus } from '../../../../src/shared/store-status'
import type { Core } from '../../../../src/main/core/create-core'
import { backupDirOf } from '../../../../src/main/core/store/backups'
import { openCore, valueOf } from '../../../helpers/core'
import { dataAfterRestart } from '../../../helpers/restart'
import { tempDirs } from '../../../helpers/temp'

const newDir = tempDirs()

const readData = async (file: string) => JSON.parse(await readFile(file, 'utf8')) as Database
const names = (data: { mentors: Array<{ name: string }> }) => data.mentors.map((m) => m.name).sort()
const shown = async (core: Core) => names({ mentors: valueOf(await core.handlers['mentors:list']({})) })
const elsewhere = (name: string, at = '2026-11-27T10:00:00.000Z') =>
  Mentor.parse({ id: crypto.randomUUID(), name, createdAt: at, updatedAt: at })

/** Writes the file the way another program would: a whole new file, a moment later. */
async function writeElsewhere(file: string, data: Database) {
  await writeFile(file, JSON.stringify(data))
  const later = new Date(Date.now() + 5_000)
  await utimes(file, later, later)
}

async function setUp(options: { watchMs?: number } = {}) {
  const dir = await newDir()
  const core = await openCore(dir, { watchMs: options.watchMs ?? 0 })
  const notices: StoreNotice[] = []
  const changed: string[][] = []
  core.on('store:notice', (notice) => notices.push(notice))
  core.on('data:changed', ({ kinds }) => changed.push(kinds))
  return { dir, core, notices, changed }
}

describe('External changes to the data file', () => {
  it('reloads a file another program changed, tells the user, and keeps a copy of what it showed before', async () => {
    const { core, notices, changed } = await setUp()
    valueOf(await core.handlers['mentors:create']({ name: 'Mine' }))
    // The other program's copy has everything this computer saved, and one mentor more.
    const disk = await dataAfterRestart(core.dataFile)
    await writeElsewhere(core.dataFile, { ...disk, mentors: [...disk.mentors, elsewhere('From my laptop')] })

    await core.checkDataFile()
    expect(await shown(core)).toEqual(['From my laptop', 'Mine'])
    expect(notices).toEqual([{ kind: 'reloaded' }])
    expect(changed.at(-1)).toContain('mentors')
    const backups = await readdir(backupDirOf(core.dataFile))
    expect(backups.filter((n) => n.startsWith('before-reload-'))).toHaveLength(1)
    expect(backups.some((n) => n.startsWith('conflict-'))).toBe(false)
    await core.close()
  })

  it('notices by itself, without being asked, within its polling interval', async () => {
    const { core, notices } = await setUp({ watchMs: 25 })
    const disk = await readData(core.dataFile)
    await writeElsewhere(core.dataFile, { ...disk, mentors: [elsewhere('Synced in')] })
    await vi.waitFor(() => expect(notices).toEqual([{ kind: 'reloaded' }]), { timeout: 3_000 })
    expect(await shown(core)).toEqual(['Synced in'])
    await core.close()
  })

  it('never writes older memory over a newer file: a change made right after lands on top of it', async () => {
    const { core } = await setUp()
    valueOf(await core.handlers['mentors:create']({ name: 'Mine' }))
    // The other program's copy has everything this computer saved, and one mentor more.
    const disk = await dataAfterRestart(core.dataFile)
    await writeElsewhere(core.dataFile, { ...disk, mentors: [...disk.mentors, elsewhere('From my laptop')] })

    // No check in between: the write itself must see the other program's file first.
    valueOf(await core.handlers['mentors:create']({ name: 'Added here' }))
    expect(names(await dataAfterRestart(core.dataFile))).toEqual(['Added here', 'From my laptop', 'Mine'])
    await core.close()
  })

  it('ignores a touch that left the content as it was', async () => {
    const { core, notices } = await setUp()
    valueOf(await core.handlers['mentors:create']({ name: 'Mine' }))
    const later = new Date(Date.now() + 60_000)
    await utimes(core.dataFile, later, later)
    await core.checkDataFile()
    expect(notices).toEqual([])
    await core.close()
  })

  it('when both changed, shows the file, keeps this computer’s version as a conflict copy, and merges it back on request', async () => {
    const { core, notices } = await setUp()
    const before = await readData(core.dataFile)
    valueOf(await core.handlers['mentors:create']({ name: 'Only here' }))
    // The other computer never saw "Only here": its file is the older one plus its own mentor.
    await writeElsewhere(core.dataFile, { ...before, mentors: [elsewhere('Only there')] })

    await core.checkDataFile()
    expect(await shown(core)).toEqual(['Only there'])
    expect(notices).toHaveLength(1)
    const notice = notices[0]
    if (notice?.kind !== 'conflict') throw new Error(`Expected a conflict, got ${JSON.stringify(notice)}`)
    const copy = await readData(join(backupDirOf(core.dataFile), notice.copy))
    expect(names(copy)).toEqual(['Only here'])

    const preview = valueOf(
      await core.handlers['data:importPreview']({ source: { kind: 'backup', name: notice.copy } }),
    )
    expect(preview?.merge).toMatchObject({ added: 1 })
    valueOf(await core.handlers['data:import']({ previewId: preview!.previewId, mode: 'merge' }))
    expect(names(await readData(core.dataFile))).toEqual(['Only here', 'Only there'])
    await core.close()
  })

  it('leaves a half-written file alone while it may still be copying, then sets it aside untouched before writing', async () => {
    const { core, notices } = await setUp()
    valueOf(await core.handlers['mentors:create']({ name: 'Mine' }))
    const half = (await readFile(core.dataFile, 'utf8')).slice(0, 40)
    await writeFile(core.dataFile, half)

    await core.checkDataFile()
    expect(notices).toEqual([])
    expect(await readFile(core.dataFile, 'utf8')).toBe(half)

    valueOf(await core.handlers['mentors:create']({ name: 'After' }))
    expect(names(await dataAfterRestart(core.dataFile))).toEqual(['After', 'Mine'])
    const aside = (await readdir(dirname(core.dataFile))).filter((n) => n.includes('.damaged-'))
    expect(aside).toHaveLength(1)
    expect(await readFile(join(dirname(core.dataFile), aside[0]!), 'utf8')).toBe(half)
    expect(notices).toMatchObject([{ kind: 'unusable' }])
    await core.close()
  })

  it('shows a file from a newer version read-only and never writes over it', async () => {
    const { core } = await setUp()
    const statuses: StoreStatus[] = []
    core.on('store:status', (status) => statuses.push(status))
    const disk = await readData(core.dataFile)
    const newer = JSON.stringify({ ...disk, schemaVersion: SCHEMA_VERSION + 1, mentors: [elsewhere('Future')] })
    await writeFile(core.dataFile, newer)

    await core.checkDataFile()
    expect(core.status()).toMatchObject({ mode: 'read-only' })
    expect(statuses.at(-1)?.mode).toBe('read-only')
    expect(await shown(core)).toEqual(['Future'])
    expect(await core.handlers['mentors:create']({ name: 'Refused' })).toMatchObject({
      ok: false,
      error: { code: 'read-only' },
    })
    expect(await readFile(core.dataFile, 'utf8')).toBe(newer)
    await core.close()
  })

  it('writes the file again from memory when another program deleted it', async () => {
    const { core } = await setUp()
    valueOf(await core.handlers['mentors:create']({ name: 'Mine' }))
    await rm(core.dataFile)
    await core.checkDataFile()
    expect(names(await readData(core.dataFile))).toEqual(['Mine'])
    await core.close()
  })
})
