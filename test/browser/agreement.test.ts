// The mentoring agreement end to end through the web host: written, read, edited, an earlier version opened,
// with axe in light and dark and screenshots of each step.
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { afterEach, describe, expect, it } from 'vitest'
import type { Mentor } from '../../src/shared/model'
import type { Goal } from '../../src/shared/model'
import { dataAfterRestart } from '../helpers/restart'
import { tempDirs } from '../helpers/temp'
import type { ColorScheme } from './axe'
import { AxeReport } from './axe'
import { invoke, openBrowser, screenshot, startHost, stopAllHosts } from './support'

const newDir = tempDirs()
afterEach(stopAllHosts)

const agreementOf = (page: Page) => page.getByRole('region', { name: 'Agreement' })

/** Writes the first agreement through the form, as a user would. */
async function writeAgreement(page: Page, report: AxeReport, theme: ColorScheme) {
  const section = agreementOf(page)
  await section.getByRole('button', { name: 'Write an agreement' }).click()
  const dialog = page.getByRole('dialog', { name: 'Agreement with Zoë Ångström-李' })
  await dialog.getByRole('textbox', { name: 'What we focus on' }).fill('Getting ready for a staff role ✍️')
  await dialog.getByRole('combobox', { name: 'Goals it serves' }).click()
  await page.getByRole('option', { name: 'Become a staff engineer' }).click()
  await dialog.getByRole('textbox', { name: 'How often we meet' }).fill('3')
  await dialog.getByLabel('How we meet').click()
  await page.getByRole('option', { name: 'In person' }).click()
  await dialog.getByRole('textbox', { name: 'What stays between us' }).fill('Names of colleagues')
  await dialog.getByRole('textbox', { name: 'How we give each other feedback' }).fill('Straight, in the session')
  await dialog.getByRole('textbox', { name: 'When or how it ends' }).fill('When I have the new role')
  // Dates typed as people type them; the field reads both forms.
  await dialog.getByRole('textbox', { name: 'Starts on' }).fill('2026-12-01')
  await dialog.getByRole('textbox', { name: 'Review on' }).fill('1 Mar 2027')
  await dialog.getByRole('textbox', { name: 'What we focus on' }).click()
  await report.scan(page, 'agreement form')
  await screenshot(page, `agreement-form-${theme}`)
  await dialog.getByRole('button', { name: 'Add agreement' }).click()
  await dialog.waitFor({ state: 'hidden' })
}

describe('web host: the mentoring agreement', () => {
  for (const theme of ['light', 'dark'] as const) {
    it(`is written, edited and its earlier version read on the mentor page (${theme})`, async () => {
      const dataFile = join(await newDir(), 'mentor-tracker.json')
      const host = await startHost(dataFile)
      const zoe = await invoke<Mentor>(host, 'mentors:create', { name: 'Zoë Ångström-李', cadenceWeeks: 6 })
      await invoke<Goal>(host, 'goals:create', { title: 'Become a staff engineer', mentorIds: [zoe.id] })
      const browser = await openBrowser({ colorScheme: theme, bypassCSP: true })
      const { page } = browser
      const report = new AxeReport(theme)
      try {
        await page.goto(`${host.url}#/mentors/${zoe.id}`)
        const section = agreementOf(page)
        await section.getByRole('button', { name: 'Write an agreement' }).waitFor()
        await report.scan(page, 'mentor page, no agreement')
        await screenshot(page, `agreement-empty-${theme}`)

        await writeAgreement(page, report, theme)
        await section.getByText('Getting ready for a staff role ✍️').waitFor()
        expect(await section.innerText()).toMatch(/Every 3 weeks · In person/)
        expect(await section.innerText()).toContain('Become a staff engineer')
        expect(await section.innerText()).toContain('From Dec 1, 2026 · Review on Mar 1, 2027')
        await report.scan(page, 'mentor page, agreement')
        await screenshot(page, `agreement-written-${theme}`)

        await section.getByRole('button', { name: 'Edit agreement' }).click()
        const dialog = page.getByRole('dialog', { name: 'Edit the agreement with Zoë Ångström-李' })
        await dialog.getByRole('textbox', { name: 'What we focus on' }).fill('Leading the platform migration')
        await dialog.getByRole('button', { name: 'Save changes' }).click()
        await dialog.waitFor({ state: 'hidden' })
        await section.getByText('Leading the platform migration').waitFor()

        await section.getByRole('button', { name: 'Earlier versions (1)' }).click()
        await section.getByRole('button', { name: /^View the version of/ }).click()
        const earlier = page.getByRole('dialog', { name: /^The agreement from/ })
        await earlier.getByText('Getting ready for a staff role ✍️').waitFor()
        expect(await earlier.getByRole('textbox').count()).toBe(0)
        await report.scan(page, 'earlier version')
        await screenshot(page, `agreement-earlier-version-${theme}`)
        await page.keyboard.press('Escape')
        await earlier.waitFor({ state: 'hidden' })
        await screenshot(page, `agreement-versions-${theme}`)

        const saved = await dataAfterRestart(dataFile)
        expect(saved.agreements).toEqual([
          expect.objectContaining({
            focus: 'Leading the platform migration',
            cadenceWeeks: 3,
            format: 'in-person',
            startsOn: '2026-12-01',
            reviewOn: '2027-03-01',
            versions: [expect.objectContaining({ focus: 'Getting ready for a staff role ✍️' })],
          }),
        ])
        expect(saved.mentors[0]!.cadenceWeeks).toBe(3)
      } finally {
        await browser.close()
      }
      expect(report.summary()).toBe('')
    })
  }
})
