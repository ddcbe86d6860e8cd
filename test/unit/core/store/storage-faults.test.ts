// A full disk, a read-only disk, permission denied: the app says so in plain words, keeps showing
// everything, loses nothing saved, and writes again once the cause is gone or the data moves.
import { mkdir, readFile, rm } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import type { Database } from '../../../../src/shared/model'
import { SCHEMA_VERSION } from '../../../../src/shared/model'
import type { StoreStatus } from '../../../../src/shared/store-status'
import { silentLogger } from '../../../../src/main/core/log'
import { sickDisk } from '../../../helpers/sick-disk'
import { Store } from '../../../../src/main/core/store/store'
import { dataFileIn, fixedClock, openCore, valueOf } from '../../../helpers/core'
import { dataAfterRestart, storedBytes } from '../../../helpers/restart'
import { tempDirs } from '../../../helpers/temp'

const newDir = tempDirs()

const faults = [
  { code: 'ENOSPC', words: /the disk is full/ },
  { code: 'EACCES', words: /permission to write in the data folder was denied/ },
  { code: 'EPERM', words: /permission to write in the data folder was denied/ },
  { code: 'EROFS', words: /the disk or folder is read-only/ },
]

describe('Storage faults', () => {
  it.each(faults)(
    '$code: tells the user, keeps everything visible, loses nothing saved, recovers on retry',
    async ({ code, words }) => {
      const dir = await newDir()
      const disk = sickDisk()
      const core = await openCore(dir, { storeIO: disk.io })
      const statuses: StoreStatus[] = []
      core.on('store:status', (status) => statuses.push(status))
      const saved = valueOf(await core.handlers['mentors:create']({ name: 'Zoë Ångström-李' }))
      const before = await storedBytes(core.dataFile)

      disk.fault = code
      const failed = await core.handlers['notes:create']({ mentorId: saved.id, section: 'background', body: 'Lost?' })
      expect(failed).toMatchObject({ ok: false, error: { code: 'storage' } })
      if (failed.ok) return
      expect(failed.error.message).toMatch(words)
      expect(failed.error.message).toMatch(/Everything saved before is safe/)
      expect(failed.error.message).not.toContain(dir)

      // Read-only from now on, said once in the status, with what to do.
      expect(core.status()).toMatchObject({ mode: 'unwritable' })
      expect(statuses.at(-1)).toMatchObject({ mode: 'unwritable' })
      const status = core.status()
      if (status.mode !== 'unwritable') return
      expect(status.reason).toMatch(words)
      expect(status.reason).toMatch(/Try again/)
      expect(status.reason).not.toContain(dir)
      const refused = await core.handlers['mentors:create']({ name: 'Also refused' })
      expect(refused).toMatchObject({ ok: false, error: { code: 'read-only' } })

      // Everything saved is still shown, and the file is exactly as it was.
      expect(valueOf(await core.handlers['mentors:list']({})).map((m) => m.name)).toEqual(['Zoë Ångström-李'])
      expect(await storedBytes(core.dataFile)).toEqual(before)

      // Still broken: retrying says so and changes nothing.
      expect(valueOf(await core.handlers['data:retry']())).toMatchObject({ mode: 'unwritable' })

      disk.fault = null
      expect(valueOf(await core.handlers['data:retry']())).toMatchObject({ mode: 'ok' })
      expect(statuses.at(-1)).toMatchObject({ mode: 'ok' })
      valueOf(await core.handlers['notes:create']({ mentorId: saved.id, section: 'background', body: 'Saved now' }))
      const onDisk = await dataAfterRestart(core.dataFile)
      expect(onDisk.mentors.map((m: { name: string }) => m.name)).toEqual(['Zoë Ångström-李'])
      expect(onDisk.notes.map((n: { body: string }) => n.body)).toEqual(['Saved now'])
      await core.close()
    },
  )

  it('moves the data to another folder when its own cannot be written, keeping the old file', async () => {
    const dir = await newDir()
    const disk = sickDisk()
    const sickFolder = join(dir, 'sick')
    const remembered: unknown[] = []
    const core = await openCore(dir, {
      dataFile: dataFileIn(sickFolder),
      storeIO: disk.io,
      ports: {
        chooseFolder: async () => join(dir, 'healthy'),
        saveDataLocation: async (location) => void remembered.push(location),
      },
    })
    valueOf(await core.handlers['mentors:create']({ name: 'Kept' }))
    const before = await storedBytes(core.dataFile)
    disk.fault = 'ENOSPC'
    disk.only = sickFolder
    expect(await core.handlers['mentors:create']({ name: 'Refused' })).toMatchObject({ ok: false })
    await (await import('node:fs/promises')).mkdir(join(dir, 'healthy'))

    const moved = valueOf(await core.handlers['data:move']())
    expect(moved).toMatchObject({ dataFile: dataFileIn(join(dir, 'healthy')), previousDataFile: core.dataFile })
    expect(remembered).toEqual([{ dataFile: dataFileIn(join(dir, 'healthy')), previousDataFile: core.dataFile }])
    expect(core.status()).toMatchObject({ mode: 'ok' })
    valueOf(await core.handlers['mentors:create']({ name: 'After the move' }))
    const there = await dataAfterRestart(dataFileIn(join(dir, 'healthy')))
    expect(there.mentors.map((m: { name: string }) => m.name)).toEqual(['Kept', 'After the move'])
    expect(await storedBytes(core.dataFile)).toEqual(before)
    await core.close()
  })

  it('tries again by itself, and writes again once the disk has room', async () => {
    const dir = await newDir()
    const disk = sickDisk()
    const store = await Store.open({
      dataFile: dataFileIn(dir),
      clock: fixedClock(),
      log: silentLogger,
      io: disk.io,
      retryMs: 20,
    })
    disk.fault = 'ENOSPC'
    await expect(
      store.mutate((data) => ({
        data: { ...data, profile: { ...data.profile, name: 'Ada' } },
        value: null,
        changed: ['profile'],
      })),
    ).rejects.toMatchObject({ code: 'storage' })
    expect(store.status.mode).toBe('unwritable')
    disk.fault = null
    await vi.waitFor(() => expect(store.status.mode).toBe('ok'), { timeout: 2_000 })
    await store.close()
  })

  it('keeps trying when the data folder is gone, quietly, and writes the data back once the folder returns', async () => {
    const dir = await newDir()
    const folder = join(dir, 'synced')
    await mkdir(folder)
    const unhandled: unknown[] = []
    const hear = (reason: unknown) => unhandled.push(reason)
    process.on('unhandledRejection', hear)
    const store = await Store.open({ dataFile: dataFileIn(folder), clock: fixedClock(), log: silentLogger, retryMs: 20 })
    const nameAda = (data: Database) => ({
      data: { ...data, profile: { ...data.profile, name: 'Ada' } },
      value: null,
      changed: ['profile' as const],
    })
    await store.mutate(nameAda)
    // The folder goes (a drive unplugged, a sync tool that removed it): the next change cannot be saved.
    await rm(folder, { recursive: true, force: true })
    await expect(store.mutate((data) => ({ ...nameAda(data), value: 1 }))).rejects.toMatchObject({ code: 'storage' })
    expect(store.status.mode).toBe('unwritable')
    // Several retries fail while it is gone; each says so in the status, none fails where nobody listens.
    await new Promise((done) => setTimeout(done, 200))
    expect(store.status.mode).toBe('unwritable')
    await mkdir(folder)
    await vi.waitFor(() => expect(store.status.mode).toBe('ok'), { timeout: 2_000 })
    process.off('unhandledRejection', hear)
    expect(unhandled).toEqual([])
    await store.close()
    expect((await dataAfterRestart(dataFileIn(folder))).profile.name).toBe('Ada')
  })

  it('opens a new file in a folder it cannot write as unwritable, not as a crash, and creates it once it can', async () => {
    const dir = await newDir()
    const disk = sickDisk()
    disk.fault = 'EACCES'
    const core = await openCore(dir, { storeIO: disk.io })
    expect(core.status()).toMatchObject({ mode: 'unwritable' })
    expect(valueOf(await core.handlers['mentors:list']({}))).toEqual([])
    disk.fault = null
    expect(valueOf(await core.handlers['data:retry']())).toMatchObject({ mode: 'ok' })
    expect(JSON.parse(await readFile(core.dataFile, 'utf8'))).toMatchObject({ schemaVersion: SCHEMA_VERSION })
    await core.close()
  })
})
