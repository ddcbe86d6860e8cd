import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { tempDirs } from '../helpers/temp'
import { openBrowser, screenshot, startHost, stopAllHosts } from './support'
import { dataAfterRestart } from '../helpers/restart'

const newDir = tempDirs()
afterEach(stopAllHosts)

describe('web host: a mentor survives a restart', () => {
  it('creates Zoë Ångström-李 in the browser, restarts the host on the same file, and finds her again', async () => {
    const dataFile = join(await newDir(), 'mentor-tracker.json')
    const browser = await openBrowser()
    const { page } = browser
    try {
      const first = await startHost(dataFile)
      await page.goto(first.url)
      await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Mentors' }).click()
      await page.getByRole('button', { name: 'Add your first mentor' }).click()
      const dialog = page.getByRole('dialog', { name: 'Add a mentor' })
      await dialog.getByRole('textbox', { name: 'Name' }).fill('Zoë Ångström-李')
      await dialog.getByRole('textbox', { name: 'Role' }).fill('Principal Engineer')
      await dialog.getByRole('textbox', { name: 'Organization' }).fill('Nordlicht Labs')
      await dialog.getByRole('button', { name: 'Add mentor' }).click()
      await page.getByRole('listitem', { name: 'Zoë Ångström-李' }).waitFor()
      expect(await first.stop()).toBe(0)

      const saved = await dataAfterRestart(dataFile)
      expect(saved.mentors).toEqual([
        expect.objectContaining({ name: 'Zoë Ångström-李', organization: 'Nordlicht Labs' }),
      ])

      const second = await startHost(dataFile)
      await page.goto(`${second.url}#/mentors`)
      const card = page.getByRole('listitem', { name: 'Zoë Ångström-李' })
      await card.waitFor()
      expect(await card.innerText()).toContain('Principal Engineer · Nordlicht Labs')
      await screenshot(page, 'mentors-after-restart')
      expect(await second.stop()).toBe(0)
    } finally {
      await browser.close()
    }
  })

  it('refuses requests without the token', async () => {
    const dataFile = join(await newDir(), 'mentor-tracker.json')
    const host = await startHost(dataFile)
    const base = host.url.replace(/\?token=.*$/, '')
    expect((await fetch(base)).status).toBe(403)
    const invoke = await fetch(`${base}__api/invoke`, {
      method: 'POST',
      body: JSON.stringify({ channel: 'mentors:create', input: { name: 'Intruder' } }),
    })
    expect(invoke.status).toBe(403)
    expect((await fetch(`${base}?token=wrong`)).status).toBe(403)
    expect((await fetch(host.url)).status).toBe(200)
    await host.stop()
    expect((await dataAfterRestart(dataFile)).mentors).toEqual([])
  })
})
