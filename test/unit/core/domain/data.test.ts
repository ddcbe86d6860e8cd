// Settings → Your data, as core does it: where the file is, backups and restore, JSON export and
// import (validated, previewed, merge or replace), and moving the file to another folder.
import { existsSync } from 'node:fs'
import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { Database } from '../../../../src/shared/model'
import { SCHEMA_VERSION } from '../../../../src/shared/model'
import type { SaveFile } from '../../../../src/main/core/ports'
import { backupDirOf } from '../../../../src/main/core/store/backups'
import { dataFileIn, openCore, valueOf } from '../../../helpers/core'
import { dataAfterRestart, storedBytes } from '../../../helpers/restart'
import { journalPathOf } from '../../../../src/main/core/store/snapshot'
import { tempDirs } from '../../../helpers/temp'

const newDir = tempDirs()
const readData = async (file: string) => JSON.parse(await readFile(file, 'utf8')) as Database
const mentorNames = (data: Database) => data.mentors.map((m) => m.name).sort()

/** A core whose dialogs answer what the test queues, and whose save dialog writes into `dir/exports`. */
async function setUp() {
  const dir = await newDir()
  const answers = { file: [] as string[], folder: [] as string[] }
  const saved: string[] = []
  const remembered: unknown[] = []
  const core = await openCore(dir, {
    ports: {
      chooseFile: async () => answers.file.shift() ?? null,
      chooseFolder: async () => answers.folder.shift() ?? null,
      saveDataLocation: async (location) => void remembered.push(location),
      revealPath: async (path) => void saved.push(`revealed:${path}`),
      saveFile: async (file: SaveFile) => {
        await mkdir(join(dir, 'exports'), { recursive: true })
        const path = join(dir, 'exports', file.suggestedName)
        await writeFile(path, file.content)
        saved.push(path)
        return path
      },
    },
  })
  const mentor = async (name: string) => valueOf(await core.handlers['mentors:create']({ name }))
  return { dir, core, answers, saved, remembered, mentor }
}

describe('Your data: location and backups', () => {
  it('says where the data file and its backups are, and shows them in the file manager', async () => {
    const { core, saved } = await setUp()
    expect(valueOf(await core.handlers['data:location']())).toEqual({
      dataFile: core.dataFile,
      backupsFolder: backupDirOf(core.dataFile),
      previousDataFile: null,
    })
    valueOf(await core.handlers['data:reveal']({ target: 'dataFile' }))
    expect(saved).toEqual([`revealed:${core.dataFile}`])
    expect(await core.handlers['data:reveal']({ target: 'previousDataFile' })).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    })
    await core.close()
  })

  it('restores a backup after backing up the data as it is, so the restore can be undone', async () => {
    const { core, mentor } = await setUp()
    await mentor('In the daily copy')
    await core.close()
    // Reopening keeps the file as it was as "last good".
    const again = await openCore(join(core.dataFile, '..'))
    valueOf(await again.handlers['mentors:create']({ name: 'Added since' }))
    const backups = valueOf(await again.handlers['data:backups'](undefined))
    expect(backups.map((b) => b.kind)).toEqual(expect.arrayContaining(['last-good', 'daily']))
    expect(backups.every((b) => b.bytes > 0 && !b.name.includes('/'))).toBe(true)

    const restored = valueOf(await again.handlers['data:restoreBackup']({ name: 'last-good.json' }))
    expect(restored.now.mentors).toBe(1)
    expect(mentorNames(await readData(again.dataFile))).toEqual(['In the daily copy'])
    const safety = await readData(join(backupDirOf(again.dataFile), restored.safetyCopy))
    expect(mentorNames(safety)).toEqual(['Added since', 'In the daily copy'])
    expect(restored.safetyCopy).toMatch(/^before-restore-/)
    await again.close()
  })

  it('refuses a backup that is damaged, or not a backup at all, and changes nothing', async () => {
    const { core, mentor } = await setUp()
    await mentor('Safe')
    await writeFile(join(backupDirOf(core.dataFile), 'daily-2020-01-01.json'), '{"schemaVersion": 1, "ment')
    const before = await storedBytes(core.dataFile)
    const damaged = await core.handlers['data:restoreBackup']({ name: 'daily-2020-01-01.json' })
    expect(damaged).toMatchObject({ ok: false, error: { code: 'invalid-input' } })
    if (!damaged.ok) expect(damaged.error.message).toMatch(/cannot be used.*Nothing was changed/)
    for (const name of ['../mentor-tracker.json', 'nope.json', '/etc/passwd']) {
      expect((await core.handlers['data:restoreBackup']({ name })).ok).toBe(false)
    }
    expect(await storedBytes(core.dataFile)).toEqual(before)
    await core.close()
  })
})

describe('Your data: export and import', () => {
  it('exports everything as a JSON file that is itself a valid data file', async () => {
    const { core, mentor } = await setUp()
    await mentor('Zoë Ångström-李')
    const exported = valueOf(await core.handlers['data:exportJson']())
    expect(exported.path).toMatch(/mentor-tracker-export-\d{4}-\d{2}-\d{2}\.json$/)
    expect(await readData(exported.path!)).toEqual(JSON.parse(JSON.stringify(await dataAfterRestart(core.dataFile))))
    // The app may open what it saved.
    expect((await core.handlers['app:openFile']({ path: exported.path! })).ok).toBe(false) // no opener in this host
    await core.close()
  })

  it('previews an import, then replaces or merges exactly as previewed, keeping a backup first', async () => {
    const { core, answers, mentor } = await setUp()
    const ada = await mentor('Ada')
    const exported = valueOf(await core.handlers['data:exportJson']()).path!
    core.clock.advance(60_000)
    valueOf(await core.handlers['mentors:update']({ id: ada.id, changes: { role: 'Edited after the export' } }))

    await mentor('Grace, added after')

    answers.file.push(exported)
    const preview = valueOf(await core.handlers['data:importPreview']({ source: { kind: 'file' } }))!
    expect(preview).toMatchObject({
      fileName: expect.stringMatching(/^mentor-tracker-export-/),
      incoming: { mentors: 1 },
      current: { mentors: 2 },
      // The file's Ada is older than ours: nothing to take from it.
      merge: { added: 0, updated: 0, unchanged: 1 },
    })
    const merged = valueOf(await core.handlers['data:import']({ previewId: preview.previewId, mode: 'merge' }))
    expect(merged.now.mentors).toBe(2)
    expect((await readData(core.dataFile)).mentors.find((m) => m.id === ada.id)?.role).toBe('Edited after the export')

    answers.file.push(exported)
    const again = valueOf(await core.handlers['data:importPreview']({ source: { kind: 'file' } }))!
    const replaced = valueOf(await core.handlers['data:import']({ previewId: again.previewId, mode: 'replace' }))
    expect(replaced.now.mentors).toBe(1)
    expect(mentorNames(await readData(core.dataFile))).toEqual(['Ada'])
    const safety = await readData(join(backupDirOf(core.dataFile), replaced.safetyCopy))
    expect(mentorNames(safety)).toEqual(['Ada', 'Grace, added after'])
    // A preview is used once.
    expect(await core.handlers['data:import']({ previewId: again.previewId, mode: 'merge' })).toMatchObject({
      ok: false,
      error: { code: 'conflict' },
    })
    await core.close()
  })

  it('refuses a bad file with a clear sentence and writes nothing', async () => {
    const { dir, core, answers, mentor } = await setUp()
    await mentor('Safe')
    const before = await storedBytes(core.dataFile)
    const files: Array<[string, string, RegExp]> = [
      ['cut.json', '{"schemaVersion": 1, "mentors": [', /not complete/],
      ['other.json', '{"name": "my-package", "version": "1.0.0"}', /did not hold Mentor Tracker data/],
      ['future.json', JSON.stringify({ schemaVersion: SCHEMA_VERSION + 1 }), /newer version/],
      ['wrong.json', JSON.stringify({ schemaVersion: 1, mentors: [{ name: 42 }] }), /did not match/],
      ['empty.json', '', /was empty/],
    ]
    for (const [name, content, message] of files) {
      await writeFile(join(dir, name), content)
      answers.file.push(join(dir, name))
      const result = await core.handlers['data:importPreview']({ source: { kind: 'file' } })
      expect(result, name).toMatchObject({ ok: false, error: { code: 'invalid-input' } })
      if (!result.ok) {
        expect(result.error.message).toMatch(message)
        expect(result.error.message).toMatch(/Nothing was changed\.$/)
        expect(result.error.message).not.toContain(dir)
      }
    }
    expect(await storedBytes(core.dataFile)).toEqual(before)
    // A cancelled dialog is not an error.
    expect(valueOf(await core.handlers['data:importPreview']({ source: { kind: 'file' } }))).toBeNull()
    await core.close()
  })
})

describe('Your data: moving the file', () => {
  it('copies, verifies and switches; keeps the old copy until the user removes it', async () => {
    const { dir, core, answers, remembered, mentor } = await setUp()
    await mentor('Travels along')
    const oldFile = core.dataFile
    const before = await dataAfterRestart(oldFile)
    const synced = join(dir, 'Dropbox', 'Mentor Tracker')
    await mkdir(synced, { recursive: true })

    expect(valueOf(await core.handlers['data:move']())).toBeNull() // cancelled: nothing happens
    answers.folder.push(synced)
    const moved = valueOf(await core.handlers['data:move']())!
    expect(moved).toEqual({
      dataFile: dataFileIn(synced),
      backupsFolder: backupDirOf(dataFileIn(synced)),
      previousDataFile: oldFile,
    })
    expect(remembered).toEqual([{ dataFile: dataFileIn(synced), previousDataFile: oldFile }])
    expect(await readdir(backupDirOf(dataFileIn(synced)))).toEqual(
      expect.arrayContaining(await readdir(backupDirOf(oldFile))),
    )

    await mentor('Only in the new place')
    expect(mentorNames(await dataAfterRestart(dataFileIn(synced)))).toEqual(['Only in the new place', 'Travels along'])
    // The old copy keeps the data as it was, whole in its data file alone: it was compacted before the move.
    expect(await dataAfterRestart(oldFile)).toEqual(before)
    expect(mentorNames(await readData(oldFile))).toEqual(['Travels along'])

    valueOf(await core.handlers['data:removeOldCopy']())
    expect(existsSync(oldFile)).toBe(false)
    expect(existsSync(journalPathOf(oldFile))).toBe(false)
    expect(existsSync(backupDirOf(oldFile))).toBe(false)
    expect(remembered.at(-1)).toEqual({ dataFile: dataFileIn(synced), previousDataFile: null })
    expect(valueOf(await core.handlers['data:location']()).previousDataFile).toBeNull()
    await core.close()
  })

  it('refuses a folder that already holds a data file, and the folder the file is in', async () => {
    const { dir, core, answers } = await setUp()
    const other = join(dir, 'other')
    await mkdir(other)
    await writeFile(dataFileIn(other), '{"schemaVersion": 1}')
    answers.folder.push(other, dir)
    expect(await core.handlers['data:move']()).toMatchObject({ ok: false, error: { code: 'conflict' } })
    expect(await readFile(dataFileIn(other), 'utf8')).toBe('{"schemaVersion": 1}')
    expect(await core.handlers['data:move']()).toMatchObject({ ok: false, error: { code: 'invalid-input' } })
    expect(core.status().dataFile).toBe(dataFileIn(dir))
    await core.close()
  })

  it('changes nothing when the new place cannot be remembered for the next start', async () => {
    const dir = await newDir()
    const target = join(dir, 'target')
    await mkdir(target)
    const core = await openCore(dir, {
      ports: {
        chooseFolder: async () => target,
        saveDataLocation: async () => {
          throw new Error('EACCES: the settings folder is read-only')
        },
      },
    })
    const result = await core.handlers['data:move']()
    expect(result).toMatchObject({ ok: false, error: { code: 'storage' } })
    expect(existsSync(dataFileIn(target))).toBe(false)
    valueOf(await core.handlers['mentors:create']({ name: 'Still here' }))
    expect(mentorNames(await dataAfterRestart(dataFileIn(dir)))).toEqual(['Still here'])
    await core.close()
  })
})
