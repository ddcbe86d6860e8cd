// Backups, restore, JSON export and import, and a failing disk, through the web host as a user meets them.
import { readFile, writeFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import type { Page } from 'playwright-core'
import { afterEach, describe, expect, it } from 'vitest'
import type { Mentor } from '../../src/shared/model'
import type { BackupEntry, RecordCounts } from '../../src/shared/requests/data'
import { tempDirs } from '../helpers/temp'
import type { RunningHost } from './support'
import { hostJson, hostPost, invoke, openBrowser, screenshot, startHost, stopAllHosts, toast } from './support'
import { journalPathOf } from '../../src/main/core/store/snapshot'
import { dataAfterRestart, storedBytes } from '../helpers/restart'

const newDir = tempDirs()
afterEach(stopAllHosts)

const mentorNames = async (host: RunningHost) =>
  (await invoke<Mentor[]>(host, 'mentors:list', {})).map((m) => m.name).sort()

/** What the app holds now, counted as the import preview counts it. */
const countsOf = async (host: RunningHost): Promise<Pick<RecordCounts, 'mentors' | 'goals'>> => ({
  mentors: (await invoke<unknown[]>(host, 'mentors:list', {})).length,
  goals: (await invoke<unknown[]>(host, 'goals:list')).length,
})

/** A data file with two mentors and a goal from an earlier run, so the start-up backups hold them; the host on it. */
async function hostWithHistory(): Promise<{ host: RunningHost; dataFile: string }> {
  const dataFile = join(await newDir(), 'mentor-tracker.json')
  const first = await startHost(dataFile)
  await invoke(first, 'profile:update', { name: 'Amira Haddad' })
  await invoke(first, 'mentors:create', { name: 'Ada Lovelace', organization: 'Analytical Engines' })
  await invoke(first, 'mentors:create', { name: 'Grace Hopper', organization: 'US Navy' })
  await invoke(first, 'goals:create', { title: 'Lead a cross-team project' })
  expect(await first.stop()).toBe(0)
  return { host: await startHost(dataFile), dataFile }
}

/** Opens Settings and scrolls its data section to the top of the window. */
async function openDataSettings(page: Page, host: RunningHost) {
  await page.goto(`${host.url}#/settings`)
  const section = page.getByRole('region', { name: 'Your data' })
  await section.getByRole('table', { name: 'Backups' }).waitFor()
  await section.evaluate((el) => el.scrollIntoView({ block: 'start' }))
  return section
}

describe('web host: your data is safe', () => {
  it.each(['light', 'dark'] as const)(
    'restores a backup from Settings, keeping the data as it was first (%s)',
    async (colorScheme) => {
      const { host, dataFile } = await hostWithHistory()
      await invoke(host, 'mentors:create', { name: 'Katherine Johnson' })
      const browser = await openBrowser({ colorScheme })
      const { page } = browser
      try {
        const section = await openDataSettings(page, host)
        await section.getByText(dataFile, { exact: true }).waitFor()
        const backups = section.getByRole('table', { name: 'Backups' })
        await backups.getByRole('row', { name: /^Last good start,/ }).waitFor()
        await backups.getByRole('row', { name: /^Daily copy,/ }).waitFor()
        await screenshot(page, `data-settings-${colorScheme}`)

        await backups.getByRole('button', { name: /^Restore Last good start,/ }).click()
        const dialog = page.getByRole('dialog', { name: 'Restore this backup?' })
        await dialog.getByText(/Your current data is backed up first/).waitFor()
        await dialog.getByRole('button', { name: 'Restore' }).click()
        const done = toast(page, 'Backup restored')
        await done.waitFor()
        expect(await done.innerText()).toContain('You now have 2 mentors and 1 goal.')
        expect(await mentorNames(host)).toEqual(['Ada Lovelace', 'Grace Hopper'])

        // The data as it was just before is a backup of its own, listed, and it holds the mentor the restore took away.
        await backups.getByRole('row', { name: /^Before restoring a backup,/ }).waitFor()
        const listed = await invoke<BackupEntry[]>(host, 'data:backups')
        const safety = listed.find((b) => b.kind === 'before-restore')!
        expect(listed[0]).toEqual(safety)
        const kept = JSON.parse(await readFile(join(dirname(dataFile), 'mentor-tracker-backups', safety.name), 'utf8'))
        expect(kept.mentors.map((m: Mentor) => m.name).sort()).toEqual([
          'Ada Lovelace',
          'Grace Hopper',
          'Katherine Johnson',
        ])

        // The rest of the app shows the restored data at once.
        await page.getByRole('link', { name: 'Mentors' }).click()
        await page.getByRole('link', { name: /Grace Hopper/ }).waitFor()
        expect(await page.getByRole('link', { name: /Katherine Johnson/ }).count()).toBe(0)
      } finally {
        await browser.close()
      }
    },
  )

  it('exports everything as JSON, then imports that file back with replace and with merge', async () => {
    const { host } = await hostWithHistory()
    const browser = await openBrowser()
    const { page } = browser
    try {
      const section = await openDataSettings(page, host)
      await section.getByRole('button', { name: 'Export everything as JSON…' }).click()
      await toast(page, 'Exported').waitFor()
      const [saved] = await hostJson<Array<{ path: string; name: string; bytes: number }>>(host, 'saved-files')
      expect(saved!.name).toMatch(/^mentor-tracker-export-\d{4}-\d{2}-\d{2}\.json$/)
      expect(await toast(page, 'Exported').innerText()).toContain(saved!.path)
      const exported = JSON.parse(await readFile(saved!.path, 'utf8'))
      expect(exported.mentors).toHaveLength(2)
      const atExport = await countsOf(host)

      // Since the export: a mentor added, one deleted.
      await invoke(host, 'mentors:create', { name: 'Katherine Johnson' })
      const ada = (await invoke<Mentor[]>(host, 'mentors:list', {})).find((m) => m.name === 'Ada Lovelace')!
      await invoke(host, 'mentors:delete', { id: ada.id })

      // Replace: the app holds exactly what the file holds.
      await hostPost(host, 'dialog', { file: saved!.path })
      await section.getByRole('button', { name: 'Import from JSON…' }).click()
      let dialog = page.getByRole('dialog', { name: 'Import data' })
      await dialog.getByText(saved!.name).waitFor()
      expect(await dialog.getByRole('radio', { name: 'Merge into my data' }).isChecked()).toBe(true)
      await dialog.getByRole('radio', { name: 'Replace my data with the file' }).check()
      const warning = dialog.getByRole('alert', { name: 'What you have now goes' })
      expect(await warning.innerText()).toContain(
        "Your 2 mentors and 1 goal will be replaced by the file's 2 mentors and 1 goal.",
      )
      await screenshot(page, 'data-import-preview')
      await dialog.getByRole('button', { name: 'Replace my data' }).click()
      await toast(page, 'Your data was replaced').waitFor()
      expect(await mentorNames(host)).toEqual(['Ada Lovelace', 'Grace Hopper'])
      expect(await countsOf(host)).toEqual(atExport)

      // Merge: what only the file has comes back, what only the app has stays.
      await invoke(host, 'mentors:create', { name: 'Katherine Johnson' })
      const grace = (await invoke<Mentor[]>(host, 'mentors:list', {})).find((m) => m.name === 'Grace Hopper')!
      await invoke(host, 'mentors:delete', { id: grace.id })
      await hostPost(host, 'dialog', { file: saved!.path })
      await section.getByRole('button', { name: 'Import from JSON…' }).click()
      dialog = page.getByRole('dialog', { name: 'Import data' })
      await dialog.getByText('1 record new, 0 records updated, 2 records already the same', { exact: false }).waitFor()
      await dialog.getByRole('button', { name: 'Merge' }).click()
      const merged = toast(page, 'Merged')
      await merged.waitFor()
      expect(await merged.innerText()).toContain('You now have 3 mentors and 1 goal.')
      expect(await mentorNames(host)).toEqual(['Ada Lovelace', 'Grace Hopper', 'Katherine Johnson'])
      expect((await invoke<unknown[]>(host, 'data:backups')).length).toBeGreaterThanOrEqual(4)

      await page.getByRole('link', { name: 'Mentors' }).click()
      await page.getByRole('link', { name: /Grace Hopper/ }).waitFor()
      await page.getByRole('link', { name: /Katherine Johnson/ }).waitFor()
    } finally {
      await browser.close()
    }
  })

  it('refuses a file that is not Mentor Tracker data in plain words, and the data file stays byte for byte', async () => {
    const { host, dataFile } = await hostWithHistory()
    const bad = join(dirname(dataFile), 'notes-from-another-app.json')
    await writeFile(bad, JSON.stringify({ schemaVersion: 1, mentors: 'Ada, Grace' }))
    const browser = await openBrowser()
    const { page } = browser
    try {
      const section = await openDataSettings(page, host)
      const before = await storedBytes(dataFile)
      await hostPost(host, 'dialog', { file: bad })
      await section.getByRole('button', { name: 'Import from JSON…' }).click()
      const refused = toast(page, 'Nothing was imported')
      await refused.waitFor()
      const message = await refused.innerText()
      expect(message).toContain("That file cannot be used: it did not match Mentor Tracker's format")
      expect(message).toContain('Nothing was changed.')
      expect(message).not.toContain(dirname(dataFile))
      await screenshot(page, 'data-import-refused')
      expect(await page.getByRole('dialog').count()).toBe(0)
      expect(await storedBytes(dataFile)).toEqual(before)
      expect(await mentorNames(host)).toEqual(['Ada Lovelace', 'Grace Hopper'])
    } finally {
      await browser.close()
    }
  })

  it('when the disk is full: says so, keeps everything visible, and saves again after Try again', async () => {
    const { host, dataFile } = await hostWithHistory()
    const browser = await openBrowser()
    const { page } = browser
    const banner = page.getByRole('alert', { name: 'Changes cannot be saved right now' })
    try {
      await page.goto(`${host.url}#/settings`)
      const name = page.getByRole('textbox', { name: /Your name/ })
      await expect.poll(() => name.inputValue()).toBe('Amira Haddad')
      const before = await storedBytes(dataFile)

      await hostPost(host, 'storage-fault', { code: 'ENOSPC' })
      await name.fill('Amira H.')
      await page.getByRole('button', { name: 'Save profile' }).click()
      const notSaved = toast(page, 'Not saved')
      await notSaved.waitFor()
      expect(await notSaved.innerText()).toContain('Your change was not saved because the disk is full.')
      await banner.waitFor()
      expect(await banner.innerText()).toContain('The disk is full. Everything saved before is safe and still shown.')
      expect(await storedBytes(dataFile)).toEqual(before)
      await page.evaluate(() => window.scrollTo(0, 0))
      await screenshot(page, 'data-unwritable-banner')

      // Everything saved is still shown, with the banner on every page; changes are refused in a sentence.
      await page.getByRole('link', { name: 'Mentors' }).click()
      await page.getByRole('link', { name: /Grace Hopper/ }).waitFor()
      expect(await banner.isVisible()).toBe(true)
      await expect(invoke(host, 'mentors:create', { name: 'Katherine Johnson' })).rejects.toThrow(
        /Nothing was saved\. Changes cannot be saved right now because the disk is full/,
      )

      await hostPost(host, 'storage-fault', { code: null })
      await banner.getByRole('button', { name: 'Try again' }).click()
      await page.getByText('Saving works again.', { exact: false }).waitFor()
      await banner.waitFor({ state: 'detached' })

      await page.getByRole('link', { name: 'Settings' }).click()
      await expect.poll(() => name.inputValue()).toBe('Amira Haddad')
      await name.fill('Amira H.')
      await page.getByRole('button', { name: 'Save profile' }).click()
      await page.getByText('Your profile is saved.').waitFor()
      expect((await dataAfterRestart(dataFile)).profile.name).toBe('Amira H.')
      expect(await mentorNames(host)).toEqual(['Ada Lovelace', 'Grace Hopper'])
    } finally {
      await browser.close()
    }
  })
  it('moves the data to another folder, keeps the old copy until it is removed', async () => {
    const { host, dataFile } = await hostWithHistory()
    const target = await newDir()
    const moved = join(target, 'mentor-tracker.json')
    const browser = await openBrowser()
    const { page } = browser
    try {
      const section = await openDataSettings(page, host)
      await hostPost(host, 'dialog', { folder: target })
      await section.getByRole('button', { name: 'Move to another folder…' }).click()
      await toast(page, 'Your data has moved').waitFor()
      await section.getByText(moved, { exact: true }).waitFor()
      const old = section.getByRole('region', { name: 'The old copy is still there' })
      await old.getByText(dataFile, { exact: true }).waitFor()
      expect(await hostJson(host, 'data-location')).toEqual({ dataFile: moved, previousDataFile: dataFile })
      expect(JSON.parse(await readFile(moved, 'utf8'))).toEqual(JSON.parse(await readFile(dataFile, 'utf8')))
      // The toast's close button has no name (Mantine's default), so it is found by its class.
      await toast(page, 'Your data has moved').locator('.mantine-Notification-closeButton').click()
      await section.evaluate((el) => el.scrollIntoView({ block: 'start' }))
      await screenshot(page, 'data-settings-moved')

      // Saving goes to the new file only.
      await invoke(host, 'mentors:create', { name: 'Katherine Johnson' })
      expect((await dataAfterRestart(moved)).mentors).toHaveLength(3)
      // The old copy was compacted before the move: its data file alone holds all it had.
      expect(JSON.parse(await readFile(dataFile, 'utf8')).mentors).toHaveLength(2)

      await old.getByRole('button', { name: 'Remove old copy' }).click()
      const dialog = page.getByRole('dialog', { name: 'Remove the old copy?' })
      await dialog.getByRole('button', { name: 'Remove old copy' }).click()
      await page.getByText('The old copy was removed.').waitFor()
      await old.waitFor({ state: 'detached' })
      await expect(readFile(dataFile)).rejects.toThrow()
      await expect(readFile(journalPathOf(dataFile))).rejects.toThrow()
      expect(await hostJson(host, 'data-location')).toEqual({ dataFile: moved, previousDataFile: null })
      expect(await mentorNames(host)).toEqual(['Ada Lovelace', 'Grace Hopper', 'Katherine Johnson'])
    } finally {
      await browser.close()
    }
  })

  it('when a sync tool writes an older version over changes made here, keeps both and brings them back', async () => {
    const { host, dataFile } = await hostWithHistory()
    const browser = await openBrowser()
    const { page } = browser
    try {
      await page.goto(`${host.url}#/mentors`)
      await page.getByRole('link', { name: /Grace Hopper/ }).waitFor()
      const elsewhere = await dataAfterRestart(dataFile)
      await invoke(host, 'mentors:create', { name: 'Katherine Johnson' })
      await page.getByRole('link', { name: /Katherine Johnson/ }).waitFor()

      // The other computer never saw Katherine; it renamed Grace, and its sync tool replaced the file.
      const grace = elsewhere.mentors.find((m: Mentor) => m.name === 'Grace Hopper')!
      Object.assign(grace, { name: 'Rear Admiral Grace Hopper', updatedAt: new Date(Date.now() + 1000).toISOString() })
      await writeFile(dataFile, JSON.stringify(elsewhere, null, 2))

      const notice = toast(page, 'Your data was changed here and somewhere else')
      await notice.waitFor({ timeout: 15_000 })
      expect(await notice.innerText()).toContain("kept this computer's version as a backup, so nothing is lost")
      await page.getByRole('link', { name: /Rear Admiral Grace Hopper/ }).waitFor()
      expect(await page.getByRole('link', { name: /Katherine Johnson/ }).count()).toBe(0)
      await screenshot(page, 'data-conflict-notice')

      await notice.getByRole('button', { name: 'Bring my changes back' }).click()
      const dialog = page.getByRole('dialog', { name: 'Import data' })
      await dialog.getByText(/^conflict-.+\.json$/).waitFor()
      expect(await dialog.getByRole('radio', { name: 'Merge into my data' }).isChecked()).toBe(true)
      await dialog.getByRole('button', { name: 'Merge' }).click()
      await toast(page, 'Merged').waitFor()
      await page.getByRole('link', { name: /Katherine Johnson/ }).waitFor()
      expect(await mentorNames(host)).toEqual(['Ada Lovelace', 'Katherine Johnson', 'Rear Admiral Grace Hopper'])
    } finally {
      await browser.close()
    }
  })
})
