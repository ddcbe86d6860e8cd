// Wrapping up a mentorship in the browser: move a mentor to Alumni, fill the wrap-up with the keyboard, copy the
// thank-you and open it in mail, see it on the mentor page, move back to Active and see it kept. Axe in both themes.
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import type { Mentor } from '../../src/shared/model'
import { dataAfterRestart } from '../helpers/restart'
import { tempDirs } from '../helpers/temp'
import type { ColorScheme } from './axe'
import { AxeReport } from './axe'
import { hostJson, invoke, openBrowser, screenshot, startHost, stopAllHosts } from './support'

const newDir = tempDirs()
afterEach(stopAllHosts)

describe('web host: wrapping up a mentorship', () => {
  it.each(['light', 'dark'] as const)(
    'moves a mentor to Alumni through the wrap-up, keeps it when back in Active (%s)',
    async (theme: ColorScheme) => {
      const dataFile = join(await newDir(), 'mentor-tracker.json')
      const host = await startHost(dataFile)
      await invoke(host, 'profile:update', { name: 'Sam Lee' })
      const zoe = await invoke<Mentor>(host, 'mentors:create', {
        name: 'Zoë Ångström-李',
        email: 'zoe@nordlicht.example',
        stage: 'active',
        cadenceWeeks: 2,
      })
      await invoke(host, 'goals:create', { title: 'Give a conference talk', mentorIds: [zoe.id] })
      await invoke(host, 'sessions:create', {
        mentorId: zoe.id,
        date: '2026-11-20',
        time: '10:00',
        timeZone: 'UTC',
        status: 'held',
        takeaways: 'A talk is one idea, told three times.',
      })
      const browser = await openBrowser({ colorScheme: theme, bypassCSP: true })
      const { page, context } = browser
      await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(host.url).origin })
      const report = new AxeReport(theme)
      try {
        await page.goto(`${host.url}#/mentors/${zoe.id}`)
        await page.getByRole('heading', { name: 'Zoë Ångström-李', level: 1 }).waitFor()
        await page.getByRole('button', { name: /^Stage: Active\. Change stage of Zoë/ }).click()
        await page.getByRole('menuitem', { name: 'Alumni' }).click()
        const dialog = page.getByRole('dialog', { name: 'Wrap up with Zoë Ångström-李' })
        const learned = dialog.getByRole('textbox', { name: 'What I learned' })
        await learned.waitFor()
        await expect.poll(() => learned.evaluate((el) => el === document.activeElement)).toBe(true)
        await report.scan(page, 'wrap-up dialog')
        await screenshot(page, `wrap-up-dialog-${theme}`)

        // The keyboard only: the three reflections, then the goal's rating with the arrow keys.
        await page.keyboard.type('Ask for the why before the how.')
        await page.keyboard.press('Tab')
        await page.keyboard.type('Writing one takeaway after every talk.')
        await page.keyboard.press('Tab')
        await page.keyboard.type('Bring a question, not a status update.')
        await page.keyboard.press('Tab')
        await page.keyboard.press('Space')
        for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight')
        expect(await dialog.getByRole('radio', { name: '4 · Mostly' }).isChecked()).toBe(true)
        await page.keyboard.press('Tab')
        const thankYou = dialog.getByRole('textbox', { name: /Thank-you message/ })
        await expect.poll(() => thankYou.evaluate((el) => el === document.activeElement)).toBe(true)
        await page.keyboard.press('Control+End')
        await page.keyboard.type(' PS: see you at the meetup.')
        await page.keyboard.press('Tab')
        await page.keyboard.press('Enter') // Copy thank-you
        await page.getByText('Thank-you copied', { exact: true }).waitFor()
        const copied = await page.evaluate(() => navigator.clipboard.readText())
        expect(copied).toMatch(
          /^Dear Zoë,[\s\S]*A talk is one idea, told three times\.[\s\S]*Sam Lee PS: see you at the meetup\.$/,
        )
        await page.keyboard.press('Tab')
        await page.keyboard.press('Enter') // Open in mail
        await expect
          .poll(() => hostJson<string[]>(host, 'external-links'))
          .toEqual([expect.stringMatching(/^mailto:zoe@nordlicht\.example\?subject=Thank%20you&body=Dear%20Zo%C3%AB/)])
        expect(await dialog.getByRole('combobox', { name: 'Stay in touch' }).inputValue()).toBe('Every 6 months')
        await screenshot(page, `wrap-up-dialog-filled-${theme}`)
        await dialog.getByRole('button', { name: 'Save and move to Alumni' }).focus()
        await page.keyboard.press('Enter')
        await dialog.waitFor({ state: 'detached' })

        const section = page.getByRole('region', { name: 'Wrap-up' })
        await section.getByText('Ask for the why before the how.').waitFor()
        await section.getByText('Give a conference talk: 4 of 5').waitFor()
        await page.getByRole('button', { name: /^Stage: Alumni\. Change stage of Zoë/ }).waitFor()
        await report.scan(page, 'mentor page with wrap-up')
        await screenshot(page, `wrap-up-mentor-page-${theme}`)
        const saved = await dataAfterRestart(dataFile)
        expect(saved.mentors[0]).toMatchObject({ stage: 'alumni', cadenceWeeks: 26 })

        // Back to Active: the wrap-up stays, the relationship record is not lost.
        await page.getByRole('button', { name: /^Stage: Alumni\. Change stage of Zoë/ }).click()
        await page.getByRole('menuitem', { name: 'Active' }).click()
        await page.getByRole('button', { name: /^Stage: Active\. Change stage of Zoë/ }).waitFor()
        await section.getByText('Bring a question, not a status update.').waitFor()
        expect((await dataAfterRestart(dataFile)).wrapUps).toHaveLength(1)
        await screenshot(page, `wrap-up-back-to-active-${theme}`)
      } finally {
        await browser.close()
      }
      expect(report.summary()).toBe('')
    },
    120_000,
  )
})
