// Bringing mentors and meetings in, through the web host as a user does it: each format through its preview,
// duplicates across files, a CSV's columns mapped, Undo, a refused file, a calendar's meetings, light and dark.
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { afterEach, describe, expect, it } from 'vitest'
import type { Mentor } from '../../src/shared/model'
import type { SessionSummary } from '../../src/shared/requests/sessions'
import { tempDirs } from '../helpers/temp'
import { fixture } from '../helpers/import-harness'
import type { RunningHost } from './support'
import { hostJson, hostPost, invoke, openBrowser, screenshot, startHost, stopAllHosts, toast } from './support'

const newDir = tempDirs()
afterEach(stopAllHosts)

const mentors = (host: RunningHost) => invoke<Mentor[]>(host, 'mentors:list', { includeArchived: true })
const names = async (host: RunningHost) => (await mentors(host)).map((m) => m.name).sort()

/** Settings → Your data, scrolled to its import buttons. */
async function openSettings(page: Page, host: RunningHost) {
  await page.goto(`${host.url}#/settings`)
  const button = page.getByRole('button', { name: 'Import contacts…' })
  await button.scrollIntoViewIfNeeded()
  return page
}

/** Picks `file` in the host's open dialog, starts the contacts import from Settings, and returns its preview dialog. */
async function contactsFromSettings(page: Page, host: RunningHost, file: string) {
  await hostPost(host, 'dialog', { file: fixture(file) })
  await page.getByRole('button', { name: 'Import contacts…' }).click()
  const dialog = page.getByRole('dialog', { name: 'Import contacts' })
  await dialog.waitFor()
  return dialog
}

/** Clicks the dialog's import button and waits for the dialog to close and its toast. */
async function importAndWait(page: Page, dialog: ReturnType<Page['getByRole']>, title = 'Contacts imported') {
  await dialog.getByRole('button', { name: /^Import \d/ }).click()
  await dialog.waitFor({ state: 'detached' })
  return toast(page, title).last()
}

describe('importing contacts and meetings in the browser', () => {
  it('brings every format in through its preview, merges a person found twice, and undoes an import', async () => {
    const host = await startHost(join(await newDir(), 'mentor-tracker.json'))
    await hostPost(host, 'clock', { now: '2026-06-15T09:00:00.000Z' })
    const browser = await openBrowser()
    const { page } = browser
    try {
      // From the roster's Add mentor menu: an Apple vCard, then an Android one and a Google CSV added to the same preview.
      await page.goto(`${host.url}#/mentors`)
      await hostPost(host, 'dialog', { file: fixture('apple-contacts.vcf') })
      await page.getByRole('button', { name: 'More ways to add mentors' }).click()
      await page.getByRole('menuitem', { name: 'Import contacts (vCard, CSV, LinkedIn)…' }).click()
      const dialog = page.getByRole('dialog', { name: 'Import contacts' })
      await dialog.getByText('Grace Hopper', { exact: true }).waitFor()
      for (const file of ['android-contacts.vcf', 'google-contacts.csv']) {
        await hostPost(host, 'dialog', { file: fixture(file) })
        await dialog.getByRole('button', { name: 'Add another file…' }).click()
        await dialog.getByText(file, { exact: false }).first().waitFor()
      }
      const zoe = dialog.getByRole('combobox', { name: 'What to do with Zoe Angstrom' })
      expect(await zoe.inputValue()).toBe('merge')
      await dialog.getByText('Fills in the links and background note; keeps everything already there.').waitFor()
      await dialog.getByText('3 contacts could not be used').waitFor()
      expect(await dialog.getByRole('button', { name: 'Import 7 contacts' }).isEnabled()).toBe(true)
      await dialog.getByRole('button', { name: 'Select none' }).click()
      expect(await dialog.getByRole('button', { name: 'Import', exact: true }).isDisabled()).toBe(true)
      await dialog.getByRole('button', { name: 'Select all' }).click()
      await dialog.getByRole('combobox', { name: 'What to do with 田中太郎' }).selectOption('skip')
      await screenshot(page, 'import-contacts-preview')
      await (
        await importAndWait(page, dialog)
      )
        .getByText('5 new mentors added as prospects, 1 mentor filled in.')
        .waitFor()
      expect(await names(host)).toEqual(['Grace Hopper', "Siobhán O'Brien", 'Zoë Ångström', 'فاطمة الزهراء', '李小龍'])
      await page.getByRole('link', { name: 'Zoë Ångström' }).waitFor()

      // From the command palette: LinkedIn's connections; Grace is merged, gaining the date met.
      await hostPost(host, 'dialog', { file: fixture('linkedin-connections.csv') })
      await page.keyboard.press('Control+K')
      await page.getByRole('textbox', { name: 'Search or run a command' }).fill('import contacts')
      await page.getByRole('button', { name: 'Import contacts' }).click()
      const linkedin = page.getByRole('dialog', { name: 'Import contacts' })
      await expect
        .poll(() => linkedin.getByRole('combobox', { name: 'What to do with Grace Hopper' }).inputValue())
        .toBe('merge')
      await linkedin.getByText('Fills in the date met; keeps everything already there.').waitFor()
      await importAndWait(page, linkedin)
      const grace = (await mentors(host)).filter((m) => m.name === 'Grace Hopper')
      expect(grace.map((m) => [m.metOn, m.email])).toEqual([['2021-03-12', 'grace.hopper@navy.example']])

      // From Settings: an unknown CSV through the column-mapping step.
      await openSettings(page, host)
      const mapping = await contactsFromSettings(page, host, 'mentors-list.csv')
      await mapping.getByText('does not know the columns of').waitFor()
      await mapping
        .getByRole('combobox', { name: 'Email' })
        .selectOption({ label: 'Reach them at (e.g. liskov@mit.example)' })
      await mapping.getByRole('combobox', { name: 'Organization' }).selectOption({ label: 'Works at (e.g. MIT)' })
      await screenshot(page, 'import-contacts-mapping')
      await mapping.getByRole('button', { name: 'Show the contacts' }).click()
      await mapping.getByText('Barbara Liskov', { exact: true }).waitFor()
      await importAndWait(page, mapping)

      // The other formats, each through its preview.
      for (const file of ['outlook-contact.vcf', 'outlook-contacts.csv', 'google-contacts.vcf', 'thunderbird.vcf']) {
        const preview = await contactsFromSettings(page, host, file)
        await importAndWait(page, preview)
      }
      const everyone = await names(host)
      for (const name of [
        'José Núñez',
        '张伟',
        'Katherine Johnson',
        'Ada Lovelace',
        'Barbara Liskov',
        'Margaret Hamilton',
      ]) {
        expect(everyone.filter((n) => n === name)).toEqual([name])
      }

      // Undo takes the last import out whole.
      const count = everyone.length
      const undoable = await contactsFromSettings(page, host, 'no-names.csv')
      await undoable.getByRole('combobox', { name: 'Full name' }).selectOption({ label: 'Email (e.g. x@example.com)' })
      await undoable.getByRole('button', { name: 'Show the contacts' }).click()
      const added = await importAndWait(page, undoable)
      expect(await mentors(host)).toHaveLength(count + 1)
      await added.getByRole('button', { name: 'Undo' }).click()
      await toast(page, 'The import was undone.').or(page.getByText('The import was undone.')).first().waitFor()
      expect(await mentors(host)).toHaveLength(count)

      // The same file again changes nothing.
      const again = await contactsFromSettings(page, host, 'linkedin-connections.csv')
      await again.getByText('Already here: nothing new to add.').first().waitFor()
      await (await importAndWait(page, again)).getByText('4 contacts already here.').waitFor()
      expect(await mentors(host)).toHaveLength(count)

      // A file that is not contacts is refused in a sentence.
      await hostPost(host, 'dialog', { file: fixture('not-contacts.json') })
      await page.getByRole('button', { name: 'Import contacts…' }).click()
      await toast(page, 'Nothing was imported')
        .getByText(/not-contacts\.json is not a contacts file/)
        .waitFor()
      expect(await page.getByRole('dialog').count()).toBe(0)

      // Every mentor out again as one vCard file, from Settings.
      await page.getByRole('button', { name: 'Export mentors as vCard…' }).click()
      await toast(page, 'Exported').getByText(`${count} mentors saved in`, { exact: false }).waitFor()
      const saved = await hostJson<Array<{ name: string; bytes: number }>>(host, 'saved-files')
      expect(saved.map((f) => f.name)).toEqual(['mentors.vcf'])

      // A calendar from the roster's menu: Grace's weekly mentoring becomes held sessions; the dentist is given to Ada.
      await page.goto(`${host.url}#/mentors`)
      await hostPost(host, 'dialog', { file: fixture('google-calendar.ics') })
      await page.getByRole('button', { name: 'More ways to add mentors' }).click()
      await page.getByRole('menuitem', { name: 'Import meetings from a calendar…' }).click()
      const calendar = page.getByRole('dialog', { name: 'Import meetings from a calendar' })
      await calendar.getByText('Coffee with Katherine Johnson').waitFor()
      await calendar.getByRole('combobox', { name: /^Mentor for Dentist/ }).selectOption({ label: 'Ada Lovelace' })
      await screenshot(page, 'import-calendar-preview')
      await importAndWait(page, calendar, 'Meetings imported')
      const held = await invoke<SessionSummary[]>(host, 'sessions:timeline', { statuses: ['held'] })
      const ids = new Map((await mentors(host)).map((m) => [m.id, m.name]))
      const byMentor = (name: string) => held.filter((s) => ids.get(s.mentorId ?? '') === name).map((s) => s.startsAt)
      expect(byMentor('Grace Hopper')).toEqual([
        '2026-04-09T08:00:00.000Z',
        '2026-04-02T10:00:00.000Z',
        '2026-03-26T09:00:00.000Z',
        '2026-03-12T09:00:00.000Z',
        '2026-03-05T09:00:00.000Z',
      ])
      expect(byMentor('Ada Lovelace')).toEqual(['2026-05-08T06:30:00.000Z'])
      expect(byMentor('Katherine Johnson')).toEqual(['2026-05-20T15:00:00.000Z'])
    } finally {
      await browser.close()
    }
  })

  it('shows the previews in the dark theme', async () => {
    const host = await startHost(join(await newDir(), 'mentor-tracker.json'))
    await hostPost(host, 'clock', { now: '2026-06-15T09:00:00.000Z' })
    await invoke(host, 'mentors:create', { name: 'Margaret Hamilton', email: 'margaret@hamilton.example' })
    const browser = await openBrowser({ colorScheme: 'dark' })
    const { page } = browser
    try {
      await openSettings(page, host)
      const dialog = await contactsFromSettings(page, host, 'linkedin-connections.csv')
      await expect
        .poll(() => dialog.getByRole('combobox', { name: 'What to do with Margaret Hamilton' }).inputValue())
        .toBe('merge')
      await screenshot(page, 'import-contacts-preview-dark')
      await importAndWait(page, dialog)
      await hostPost(host, 'dialog', { file: fixture('apple-calendar.ics') })
      await page.getByRole('button', { name: 'Import meetings from a calendar…' }).click()
      const calendar = page.getByRole('dialog', { name: 'Import meetings from a calendar' })
      await calendar.getByText('Matched by the name in its title.').first().waitFor()
      // A period that ends before it starts is said next to its field, and is not asked for.
      const from = calendar.getByLabel('From', { exact: true })
      const shown = await from.inputValue()
      await from.fill('2026-12-01')
      await calendar.getByText('The period must end on or after its first day.').waitFor()
      expect(await calendar.getByRole('button', { name: 'Show this period' }).isDisabled()).toBe(true)
      await screenshot(page, 'import-calendar-period-refused-dark')
      await from.fill(shown)
      await calendar.getByText('The period must end on or after its first day.').waitFor({ state: 'detached' })
      await screenshot(page, 'import-calendar-preview-dark')
      await importAndWait(page, calendar, 'Meetings imported')
      expect(await invoke<SessionSummary[]>(host, 'sessions:timeline', {})).toHaveLength(3)
    } finally {
      await browser.close()
    }
  })
})
