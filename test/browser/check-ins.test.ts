// Check-ins in the real renderer over the web host: a check-in due on the dashboard, answered by keyboard alone,
// then the history and the trend chart on the mentor page; axe in light and dark, with screenshots.
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { afterEach, describe, expect, it } from 'vitest'
import type { CheckIn, Mentor } from '../../src/shared/model'
import type { CheckInHistory } from '../../src/shared/requests/check-ins'
import { tempDirs } from '../helpers/temp'
import type { ColorScheme } from './axe'
import { AxeReport } from './axe'
import type { RunningHost } from './support'
import { hostPost, invoke, openBrowser, screenshot, startHost, stopAllHosts } from './support'

const newDir = tempDirs()
afterEach(stopAllHosts)

const SECTION = 'How are your mentorships going?'

async function visit(page: Page, host: RunningHost, hash: string, heading: string | RegExp) {
  await page.goto(`${host.url}#${hash}`)
  await page.getByRole('heading', { name: heading, level: 1 }).first().waitFor()
}

/** The sample data, plus Ravi, active, with three sessions held: his first check-in is due. */
async function seeded(): Promise<{ host: RunningHost; ravi: Mentor; priya: Mentor }> {
  const host = await startHost(join(await newDir(), 'mentor-tracker.json'))
  await hostPost(host, 'clock', { now: '2026-06-15T09:00:00.000Z' })
  await invoke(host, 'sample:load')
  const ravi = await invoke<Mentor>(host, 'mentors:create', { name: 'Ravi Kumar', stage: 'active' })
  for (const date of ['2026-05-20', '2026-05-27', '2026-06-10'])
    await invoke(host, 'sessions:create', { mentorId: ravi.id, date, time: '10:00', timeZone: 'UTC', status: 'held' })
  const mentors = await invoke<Mentor[]>(host, 'mentors:list', {})
  return { host, ravi, priya: mentors.find((m) => m.name.startsWith('Priya'))! }
}

describe('web host: check-ins', () => {
  it.each(['light', 'dark'] as const)(
    'a due check-in on the dashboard, answered by keyboard, then history and chart on the mentor page (%s)',
    async (theme: ColorScheme) => {
      const { host, ravi, priya } = await seeded()
      const browser = await openBrowser({ colorScheme: theme, bypassCSP: true })
      const { page } = browser
      const report = new AxeReport(theme)
      try {
        await visit(page, host, '/', /^Good/)
        const section = page.getByRole('region', { name: SECTION })
        await section.getByRole('listitem', { name: 'Ravi Kumar' }).waitFor()
        // Priya's sample check-ins fall: the dashboard says so, with what to do about it.
        const worry = section.getByRole('listitem', { name: 'Priya Raghunathan' })
        expect(await worry.innerText()).toContain('Your last three check-ins went down each time.')
        expect(await worry.innerText()).toContain('adjust what you agreed on, or, if it has run its course, wrap up')
        await section.scrollIntoViewIfNeeded()
        await report.scan(page, 'dashboard with check-ins')
        await screenshot(page, `check-ins-dashboard-${theme}`)

        // By keyboard alone: the button, then each question's radios with the arrow keys, the note, and Save.
        await section.getByRole('button', { name: 'Check in about Ravi Kumar' }).focus()
        await page.keyboard.press('Enter')
        const dialog = page.getByRole('dialog', { name: 'How is your mentorship with Ravi going?' })
        await dialog.waitFor()
        await report.scan(page, 'check-in form')
        await dialog.getByRole('radio', { name: '1, not at all' }).first().focus()
        for (const [presses, last] of [
          [3, false],
          [1, false],
          [4, true],
        ] as const) {
          // A first arrow press chooses the radio after the focused one; Home goes back to 1 first.
          await page.keyboard.press('Home')
          for (let i = 0; i < presses; i++) await page.keyboard.press('ArrowRight')
          await page.keyboard.press('Tab')
          if (last) break
        }
        await page.keyboard.type('Good start; I want to meet every two weeks.')
        await screenshot(page, `check-ins-form-${theme}`)
        await page.keyboard.press('Tab') // Cancel
        await page.keyboard.press('Tab') // Save check-in
        await page.keyboard.press('Enter')
        await dialog.waitFor({ state: 'detached' })
        const saved = await invoke<CheckInHistory>(host, 'checkIns:list', { mentorId: ravi.id })
        expect(saved.checkIns).toMatchObject([
          { ratings: { value: 4, frequency: 2, action: 5 }, note: 'Good start; I want to meet every two weeks.' },
        ] satisfies Array<Partial<CheckIn>>)
        await section.getByRole('listitem', { name: 'Ravi Kumar' }).waitFor({ state: 'detached' })

        // Ravi's page: the check-in in the history.
        await visit(page, host, `/mentors/${ravi.id}?tab=check-ins`, 'Ravi Kumar')
        await page
          .getByRole('article', { name: /^Check-in of/ })
          .getByText('I want to meet every two weeks')
          .waitFor()

        // Priya's page: the falling trend, the suggestion, the chart with its words, the history.
        await visit(page, host, `/mentors/${priya.id}?tab=check-ins`, 'Priya Raghunathan')
        const chart = page.getByRole('img', { name: /^Line chart\. Average rating of your 3 check-ins/ })
        await chart.waitFor()
        expect(await chart.getAttribute('aria-label')).toMatch(/4\.3.*3\.3.*2\.7/)
        await page.getByText('Your last three check-ins went down each time.').waitFor()
        expect(await page.getByRole('article', { name: /^Check-in of/ }).count()).toBe(3)
        await page.locator('.recharts-line-curve').first().waitFor()
        await report.scan(page, 'mentor check-ins')
        await chart.scrollIntoViewIfNeeded()
        await screenshot(page, `check-ins-mentor-${theme}`)
      } finally {
        await browser.close()
      }
      expect(report.summary()).toBe('')
    },
  )
})
