// Opening a file of format 1 (written by the app before the relationship records): the snapshot and the journal
// of changes after it were both written by that version (test/fixtures/v1-mentor-tracker.*).
import { copyFile, readFile, readdir } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { SCHEMA_VERSION } from '../../../../src/shared/model'
import { silentLogger } from '../../../../src/main/core/log'
import { journalPathOf } from '../../../../src/main/core/store/snapshot'
import { Store } from '../../../../src/main/core/store/store'
import { dataFileIn, fixedClock, openCore, valueOf } from '../../../helpers/core'
import { dataAfterRestart } from '../../../helpers/restart'
import { tempDirs } from '../../../helpers/temp'

const newDir = tempDirs()
const fixture = (name: string) => join(import.meta.dirname, '../../../fixtures', name)

/** A folder holding the version-1 data file and its journal, as the app left them. */
async function versionOneFolder() {
  const dir = await newDir()
  const dataFile = dataFileIn(dir)
  await copyFile(fixture('v1-mentor-tracker.json'), dataFile)
  await copyFile(fixture('v1-mentor-tracker.journal'), journalPathOf(dataFile))
  return { dir, dataFile }
}

describe('Migration from format 1', () => {
  it('keeps every record of the snapshot and of its journal, and adds the new collections empty', async () => {
    const { dataFile } = await versionOneFolder()
    const original = await readFile(dataFile)
    const store = await Store.open({ dataFile, clock: fixedClock(), log: silentLogger })
    const { status, data } = store
    expect(status).toMatchObject({ mode: 'migrated', fromVersion: 1 })
    if (status.mode !== 'migrated') return
    expect(await readFile(status.backupFile)).toEqual(original)

    // From the snapshot: the user's own mentor, goal, note, held session with its items, and a series.
    const zoe = data.mentors.find((m) => m.name === 'Zoë Ångström-李')
    expect(zoe).toMatchObject({ organization: 'Nordlicht Labs', cadenceWeeks: 4, stage: 'active' })
    expect(data.goals.map((g) => g.title)).toContain('Lead a design review')
    expect(data.notes.some((n) => n.body.includes('three'))).toBe(true)
    expect(data.series).toHaveLength(1)
    const held = data.sessions.find((s) => s.takeaways === 'Write the decision first.')
    expect(held).toMatchObject({ status: 'held', reflection: 'Private thought' })
    // From the journal after the snapshot: an action item, the sample data and a draft.
    expect(data.actionItems.map((a) => a.title)).toContain('Book a design review slot')
    expect(data.sample?.mentorIds.length).toBeGreaterThan(0)
    expect(data.mentors).toHaveLength(1 + data.sample!.mentorIds.length)
    expect(data.drafts).toHaveLength(1)
    expect(data.profile.name).toBe('Amara Okafor')
    expect(data.settings.reminders.digestTime).toBe('08:30')

    // New in format 2, empty: nothing is made up for the user.
    expect(data.agreements).toEqual([])
    expect(data.checkIns).toEqual([])
    expect(data.wrapUps).toEqual([])
    expect(data.actionItems.every((a) => a.outcome === null)).toBe(true)
    expect(data.settings.checkIns).toEqual({ everySessions: 3, everyDays: 60 })
    expect(data.sample).toMatchObject({ agreementIds: [], checkInIds: [], wrapUpIds: [] })
    await store.close()

    const onDisk = JSON.parse(await readFile(dataFile, 'utf8'))
    expect(onDisk.schemaVersion).toBe(SCHEMA_VERSION)
    expect(SCHEMA_VERSION).toBe(2)
  })

  it('opens the upgraded file as it left it, with nothing replayed twice', async () => {
    const { dataFile } = await versionOneFolder()
    const first = await Store.open({ dataFile, clock: fixedClock(), log: silentLogger })
    const upgraded = first.data
    await first.close()
    const second = await Store.open({ dataFile, clock: fixedClock(), log: silentLogger })
    expect(second.status.mode).toBe('ok')
    expect(second.data).toEqual(upgraded)
    await second.close()
    // A crash right after the upgrade finds the same data.
    expect(await dataAfterRestart(dataFile)).toEqual(upgraded)
  })

  it('lets the upgraded data change through the handlers, and keeps the backup of format 1', async () => {
    const { dir, dataFile } = await versionOneFolder()
    const core = await openCore(dir, { dataFile })
    const roster = valueOf(await core.invoke('mentors:roster', {})) as Array<{ mentor: { id: string; name: string } }>
    const zoe = roster.map((entry) => entry.mentor).find((m) => m.name === 'Zoë Ångström-李')!
    valueOf(await core.invoke('mentors:update', { id: zoe.id, changes: { role: 'Distinguished Engineer' } }))
    await core.close()
    const after = await dataAfterRestart(dataFile)
    expect(after.mentors.find((m) => m.id === zoe.id)?.role).toBe('Distinguished Engineer')
    const backups = await readdir(join(dir, 'mentor-tracker-backups'))
    expect(backups.some((name) => name.startsWith('before-migration-v1-'))).toBe(true)
  })
})
