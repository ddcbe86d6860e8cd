// axe-core on every dialog of the app with the sample data loaded, and on the import previews of contacts and
// calendars, in light and dark: no serious or critical violation; moderate ones are printed.
import { join } from 'node:path'
import type { Locator, Page } from 'playwright-core'
import { afterEach, describe, expect, it } from 'vitest'
import type { Mentor } from '../../src/shared/model'
import { tempDirs } from '../helpers/temp'
import { fixture } from '../helpers/import-harness'
import type { ColorScheme } from './axe'
import { AxeReport } from './axe'
import type { RunningHost } from './support'
import { hostJson, hostPost, invoke, openBrowser, screenshot, startHost, stopAllHosts, toast } from './support'

const newDir = tempDirs()
afterEach(stopAllHosts)

/** Opens `hash` and waits for its page heading. */
async function visit(page: Page, host: RunningHost, hash: string, heading: string | RegExp) {
  await page.goto(`${host.url}#${hash}`)
  await page.getByRole('heading', { name: heading, level: 1 }).first().waitFor()
}

/** The dialog named `name`, once open. */
async function dialogNamed(page: Page, name: string | RegExp): Promise<Locator> {
  const dialog = page.getByRole('dialog', { name })
  await dialog.waitFor()
  return dialog
}

/** Closes a dialog with Escape and waits for it to go. */
async function escape(page: Page, dialog: Locator) {
  await page.keyboard.press('Escape')
  await dialog.waitFor({ state: 'detached' })
}

describe('axe-core on every dialog', () => {
  it.each(['light', 'dark'] as const)(
    'finds no serious or critical violation in any dialog with the sample data (%s)',
    async (theme: ColorScheme) => {
      const host = await startHost(join(await newDir(), 'mentor-tracker.json'))
      await hostPost(host, 'clock', { now: '2026-06-15T09:00:00.000Z' })
      await invoke(host, 'sample:load')
      const [mentor] = await invoke<Mentor[]>(host, 'mentors:list', {})
      const browser = await openBrowser({ colorScheme: theme, bypassCSP: true })
      const { page } = browser
      const report = new AxeReport(theme)
      try {
        // Log a session (L from anywhere), then the mentor form and the question asked when leaving it edited.
        await visit(page, host, '/timeline', 'Timeline')
        await page.keyboard.press('l')
        let dialog = await dialogNamed(page, 'Log a session')
        await report.scan(page, 'log session')
        if (theme === 'dark') await screenshot(page, 'a11y-dark-log-session')
        await escape(page, dialog)
        // Planning one: the same dialog with the planned session's fields (duration, reminders, repeats).
        await page.getByRole('button', { name: 'Plan', exact: true }).click()
        await page.getByRole('menuitem', { name: 'Plan a session…' }).click()
        dialog = await dialogNamed(page, 'Plan a session')
        await report.scan(page, 'plan session')
        await escape(page, dialog)

        await visit(page, host, '/mentors?new=1', 'Mentors')
        dialog = await dialogNamed(page, 'Add a mentor')
        await report.scan(page, 'mentor form')
        await dialog.getByRole('textbox', { name: 'Name' }).fill('Katherine Johnson')
        await page.keyboard.press('Escape')
        const discard = await dialogNamed(page, 'Discard unsaved changes?')
        await report.scan(page, 'discard changes')
        await discard.getByRole('button', { name: 'Discard' }).click()
        await dialog.waitFor({ state: 'detached' })

        await visit(page, host, '/goals?new=1', 'Goals')
        dialog = await dialogNamed(page, 'New goal')
        await report.scan(page, 'goal form')
        await escape(page, dialog)

        // A goal's delete confirmation.
        await page
          .getByRole('button', { name: /^Delete / })
          .first()
          .click()
        dialog = await dialogNamed(page, /^Delete “/)
        await report.scan(page, 'delete goal')
        await dialog.getByRole('button', { name: 'Cancel' }).click()

        await visit(page, host, '/actions?new=1', 'Action items')
        dialog = await dialogNamed(page, 'Add an action item')
        await report.scan(page, 'action item form')
        await escape(page, dialog)

        // An action item's reschedule menu and its date dialog.
        await page
          .getByRole('button', { name: /Reschedule / })
          .first()
          .click()
        await page.getByRole('menuitem', { name: 'Pick a date…' }).waitFor()
        await report.scan(page, 'reschedule menu')
        await page.getByRole('menuitem', { name: 'Pick a date…' }).click()
        dialog = await dialogNamed(page, 'Pick a due date')
        await report.scan(page, 'due date dialog')
        await escape(page, dialog)

        // A mentor's menu, and their delete confirmation (they have a history: the choice what to keep).
        await visit(page, host, `/mentors/${mentor!.id}`, mentor!.name)
        await page.getByRole('button', { name: 'Edit', exact: true }).click()
        dialog = await dialogNamed(page, `Edit ${mentor!.name}`)
        await report.scan(page, 'edit mentor')
        await escape(page, dialog)
        await page.getByRole('button', { name: `More actions for ${mentor!.name}` }).click()
        await page.getByRole('menuitem', { name: 'Delete…' }).waitFor()
        await report.scan(page, 'mentor actions menu')
        await page.getByRole('menuitem', { name: 'Delete…' }).click()
        dialog = await dialogNamed(page, `Delete ${mentor!.name}?`)
        await report.scan(page, 'delete mentor')
        if (theme === 'dark') await screenshot(page, 'a11y-dark-delete-mentor')
        await escape(page, dialog)

        // Removing the sample data asks first.
        await visit(page, host, '/', /./)
        await page
          .getByRole('region', { name: 'You are looking at sample data' })
          .getByRole('button', { name: 'Remove sample data' })
          .click()
        dialog = await dialogNamed(page, 'Remove the sample data?')
        await report.scan(page, 'remove sample data')
        await escape(page, dialog)

        // Export: the progress while printing, then the saved notice.
        await visit(page, host, '/export', 'Export PDF')
        await page.getByRole('document', { name: 'Report preview' }).getByText('Summary').waitFor({ timeout: 30_000 })
        await page.getByRole('button', { name: 'Export PDF…' }).click()
        await page.getByRole('status', { name: 'Export progress' }).waitFor()
        await report.scan(page, 'export in progress')
        await toast(page, 'PDF saved').waitFor({ timeout: 60_000 })
        await report.scan(page, 'export, PDF saved')

        // The JSON import preview, of a file just exported.
        await visit(page, host, '/settings', 'Settings')
        await page.getByRole('button', { name: 'Export everything as JSON…' }).click()
        await toast(page, 'Exported').waitFor()
        const saved = await hostJson<Array<{ path: string; name: string }>>(host, 'saved-files')
        await hostPost(host, 'dialog', { file: saved.find((f) => f.name.endsWith('.json'))!.path })
        await page.getByRole('button', { name: 'Import from JSON…' }).click()
        dialog = await dialogNamed(page, 'Import data')
        await dialog.getByRole('radio', { name: 'Replace my data with the file' }).check()
        await dialog.getByRole('alert', { name: 'What you have now goes' }).waitFor()
        await report.scan(page, 'JSON import preview')
        if (theme === 'dark') await screenshot(page, 'a11y-dark-json-import')
        await escape(page, dialog)

        // Issue 15's imports: a contacts preview, the column-mapping step of an unknown CSV, a calendar's meetings.
        await hostPost(host, 'dialog', { file: fixture('apple-contacts.vcf') })
        await page.getByRole('button', { name: 'Import contacts…' }).click()
        dialog = await dialogNamed(page, 'Import contacts')
        await dialog.getByText('Grace Hopper', { exact: true }).waitFor()
        await report.scan(page, 'contacts import preview')
        if (theme === 'dark') await screenshot(page, 'a11y-dark-contacts-import')
        await escape(page, dialog)

        await hostPost(host, 'dialog', { file: fixture('mentors-list.csv') })
        await page.getByRole('button', { name: 'Import contacts…' }).click()
        dialog = await dialogNamed(page, 'Import contacts')
        await dialog.getByText('does not know the columns of').waitFor()
        await report.scan(page, 'CSV column mapping')
        await escape(page, dialog)

        await hostPost(host, 'dialog', { file: fixture('google-calendar.ics') })
        await page.getByRole('button', { name: 'Import meetings from a calendar…' }).click()
        dialog = await dialogNamed(page, 'Import meetings from a calendar')
        await dialog.getByText('Coffee with Katherine Johnson').waitFor()
        await report.scan(page, 'calendar import preview')
        if (theme === 'dark') await screenshot(page, 'a11y-dark-calendar-import')
        await escape(page, dialog)
      } finally {
        await browser.close()
      }
      expect(report.summary()).toBe('')
      expect(report.screens).toHaveLength(19)
    },
  )
})
