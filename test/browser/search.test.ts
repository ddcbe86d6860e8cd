import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import type { Mentor } from '../../src/shared/model'
import { tempDirs } from '../helpers/temp'
import { invoke, openBrowser, screenshot, startHost, stopAllHosts } from './support'

const newDir = tempDirs()
afterEach(stopAllHosts)

describe('web host: search', () => {
  it.each(['light', 'dark'] as const)(
    'Ctrl+K finds a note by a misspelled word and opens it (%s)',
    async (colorScheme) => {
      const host = await startHost(join(await newDir(), 'mentor-tracker.json'))
      const zoe = await invoke<Mentor>(host, 'mentors:create', {
        name: 'Zoë Ångström-李',
        organization: 'Nordlicht Labs',
      })
      await invoke(host, 'notes:create', {
        mentorId: zoe.id,
        section: 'background',
        title: 'Career',
        body: 'She led the **infrastructure** team at a search company, then founded Nordlicht. 学习 matters to her.',
      })
      await invoke(host, 'sessions:create', {
        mentorId: zoe.id,
        date: '2026-11-20',
        time: '10:00',
        timeZone: 'Europe/Berlin',
        takeaways: 'Infrastructure work needs a clear owner',
      })
      const browser = await openBrowser({ colorScheme })
      const { page } = browser
      try {
        await page.goto(`${host.url}#/`)
        await page.getByRole('button', { name: 'Search Ctrl K' }).waitFor()
        await page.keyboard.press('Control+K')
        const search = page.getByRole('textbox', { name: 'Search or run a command' })
        await search.fill('infrastucture')
        const note = page.getByRole('button', { name: /^Note: Career / })
        await note.waitFor()
        expect(await note.locator('mark').first().innerText()).toBe('infrastructure')
        await expect.poll(() => page.getByRole('button', { name: /^Session: Session with Zoë/ }).count()).toBe(1)
        await screenshot(page, `search-palette-${colorScheme}`)
        await note.click()
        await page.getByRole('heading', { name: 'Zoë Ångström-李', level: 1 }).waitFor()
        expect(page.url()).toContain(`#/mentors/${zoe.id}?tab=background`)
        await page.getByRole('article', { name: 'Career' }).waitFor()
      } finally {
        await browser.close()
      }
    },
  )
})
