import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { tempDirs } from '../helpers/temp'
import { openBrowser, screenshot, startHost, stopAllHosts } from './support'
import { dataAfterRestart } from '../helpers/restart'

const newDir = tempDirs()
afterEach(stopAllHosts)

describe('web host: the app shell', () => {
  it('guides a new user, shows form errors beside the fields, and switches to dark', async () => {
    const dataFile = join(await newDir(), 'mentor-tracker.json')
    const host = await startHost(dataFile)
    const browser = await openBrowser()
    const { page } = browser
    try {
      await page.goto(host.url)
      await page.getByRole('heading', { name: 'Get started in three steps' }).waitFor()
      await screenshot(page, 'shell-first-run')

      await page.getByRole('link', { name: 'Add a mentor' }).click()
      const dialog = page.getByRole('dialog', { name: 'Add a mentor' })
      await dialog.getByRole('textbox', { name: 'Email' }).fill('zoe@')
      await dialog.getByRole('button', { name: 'Add mentor' }).click()
      await dialog.getByText('Enter a name').waitFor()
      await dialog.getByText('Enter a valid email address, like name@example.com').waitFor()
      await screenshot(page, 'shell-form-errors')
      // Escape closes the dialog, but asks first because something was typed.
      await page.keyboard.press('Escape')
      await page
        .getByRole('dialog', { name: 'Discard unsaved changes?' })
        .getByRole('button', { name: 'Discard' })
        .click()
      await dialog.waitFor({ state: 'hidden' })

      await page.getByRole('link', { name: 'Settings' }).click()
      await page.getByText('Dark', { exact: true }).click()
      await page.waitForFunction(() => document.documentElement.dataset.mantineColorScheme === 'dark')
      await page.getByRole('textbox', { name: 'Your name' }).fill('أمينة الحسن')
      await page.getByRole('button', { name: 'Save profile' }).click()
      await page.getByText('Your profile is saved.').waitFor()
      await screenshot(page, 'shell-settings-dark')

      // The theme is the user's choice, kept in the file, so a new window opens dark too.
      await page.reload()
      await page.waitForFunction(() => document.documentElement.dataset.mantineColorScheme === 'dark')
      const saved = await dataAfterRestart(dataFile)
      expect(saved.settings.theme).toBe('dark')
      expect(saved.profile.name).toBe('أمينة الحسن')
    } finally {
      await browser.close()
    }
  })
})
