import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { afterEach, describe, expect, it } from 'vitest'
import { generateDataset } from '../helpers/fake-data'
import { tempDirs } from '../helpers/temp'
import { openBrowser, root, screenshot, startHost, stopAllHosts } from './support'
import { dataAfterRestart } from '../helpers/restart'

const newDir = tempDirs()
afterEach(stopAllHosts)

const onDisk = dataAfterRestart

/** Picks a value in a Mantine Select by typing and choosing the option. */
async function choose(page: Page, label: string, typed: string, option: string) {
  const input = page.getByRole('combobox', { name: label, exact: true })
  await input.click()
  if (typed) await input.fill(typed)
  await page.getByRole('option', { name: option, exact: true }).click()
}

describe('web host: the mentor roster', () => {
  it('creates a mentor with every field, edits it, and keeps notes in each section', async () => {
    const dataFile = join(await newDir(), 'mentor-tracker.json')
    const host = await startHost(dataFile)
    const browser = await openBrowser()
    const { page } = browser
    try {
      await page.goto(`${host.url}#/mentors`)
      // The shortcut works once the app is up.
      await page.getByRole('button', { name: 'Add your first mentor' }).waitFor()
      await page.keyboard.press('n')

      const dialog = page.getByRole('dialog', { name: 'Add a mentor' })
      await dialog.getByRole('textbox', { name: 'Name' }).fill('Zoë Ångström-李')
      await dialog.getByRole('textbox', { name: 'Role' }).fill('Principal Engineer')
      await dialog.getByRole('textbox', { name: 'Organization' }).fill('Nordlicht Labs')
      await dialog.getByRole('textbox', { name: 'Email' }).fill('zoe@nordlicht.example')
      await dialog.getByRole('textbox', { name: 'Phone' }).fill('+49 30 1234567')
      await dialog.getByRole('textbox', { name: 'Location' }).fill('Berlin, Germany')
      await choose(page, 'Time zone', 'Berlin', 'Europe/Berlin')
      await dialog.getByRole('textbox', { name: 'New link' }).fill('https://nordlicht.example/zoe')
      await dialog.getByRole('button', { name: 'Add link' }).click()
      await dialog.getByRole('textbox', { name: 'New link' }).fill('https://blog.example/zoë')
      const tags = dialog.getByRole('combobox', { name: 'Expertise' })
      await tags.fill('Distributed systems')
      await tags.press('Enter')
      await tags.fill('Career growth 🌱')
      await tags.press('Enter')
      await dialog.getByRole('textbox', { name: 'How we met' }).fill('RustConf 2024 hallway track')
      await dialog.getByRole('textbox', { name: 'Date met' }).fill('12 Sep 2024')
      await dialog.getByRole('textbox', { name: 'Keep in touch every' }).fill('4')
      await choose(page, 'Stage', '', 'Active')
      await dialog.locator('input[type=file]').setInputFiles(join(root, 'test/fixtures/avatar.png'))
      await dialog.getByRole('button', { name: 'Change picture' }).waitFor()
      await screenshot(page, 'roster-form-filled')
      await dialog.getByRole('button', { name: 'Add mentor' }).click()
      await dialog.waitFor({ state: 'hidden' })

      const saved = (await onDisk(dataFile)).mentors[0]!
      expect(saved).toMatchObject({
        name: 'Zoë Ångström-李',
        role: 'Principal Engineer',
        organization: 'Nordlicht Labs',
        email: 'zoe@nordlicht.example',
        phone: '+49 30 1234567',
        location: 'Berlin, Germany',
        timeZone: 'Europe/Berlin',
        links: ['https://nordlicht.example/zoe', 'https://blog.example/zoë'],
        expertise: ['Distributed systems', 'Career growth 🌱'],
        howWeMet: 'RustConf 2024 hallway track',
        metOn: '2024-09-12',
        cadenceWeeks: 4,
        stage: 'active',
      })
      expect(saved.avatar).toMatch(/^data:image\/jpeg;base64,/)

      // Edit from the mentor page.
      await page.getByRole('link', { name: 'Zoë Ångström-李' }).click()
      await page.getByRole('button', { name: 'Edit' }).click()
      const edit = page.getByRole('dialog', { name: 'Edit Zoë Ångström-李' })
      await edit.getByRole('textbox', { name: 'Role' }).fill('Distinguished Engineer')
      await edit.getByRole('button', { name: 'Save changes' }).click()
      await edit.waitFor({ state: 'hidden' })
      await page.getByText('Distinguished Engineer · Nordlicht Labs').waitFor()

      // A note in each section, with Markdown.
      for (const [section, text] of [
        ['Background', 'Led the **storage team** at a search company, then founded Nordlicht.'],
        ['Interests', '- Bouldering\n- 書道 (calligraphy)\n- Jazz piano'],
        ['Achievements', 'Keynote at RustConf 2024: _“Boring systems win”_'],
        ['Notes', 'Prefers async feedback. Read [her talk notes](https://nordlicht.example/talk). <b>not bold</b>'],
      ] as const) {
        await page.getByRole('tab', { name: new RegExp(`^${section}`) }).click()
        await page.getByRole('button', { name: `Add to ${section}` }).click()
        const editor = page.getByRole('form', { name: `New ${section} entry` })
        await editor.getByRole('textbox', { name: 'Text' }).fill(text)
        if (section === 'Achievements') await editor.getByRole('textbox', { name: 'Date' }).fill('10 Sep 2024')
        await editor.getByRole('button', { name: 'Add note' }).click()
        await editor.waitFor({ state: 'hidden' })
      }
      await page.getByRole('tab', { name: /^Notes/ }).click()
      await page.getByText('<b>not bold</b>').waitFor()
      expect(await page.locator('article b').count()).toBe(0)
      await page.getByRole('tab', { name: /^Background/ }).click()
      await page.locator('article strong', { hasText: 'storage team' }).waitFor()
      expect((await onDisk(dataFile)).notes).toHaveLength(4)
    } finally {
      await browser.close()
    }
  })

  it('moves a mentor to another stage by dragging on the board', async () => {
    const dataFile = join(await newDir(), 'mentor-tracker.json')
    const host = await startHost(dataFile)
    const browser = await openBrowser()
    const { page } = browser
    try {
      await page.goto(`${host.url}#/mentors?new=1`)
      const dialog = page.getByRole('dialog', { name: 'Add a mentor' })
      await dialog.getByRole('textbox', { name: 'Name' }).fill('Émile Durand')
      await dialog.getByRole('button', { name: 'Add mentor' }).click()
      await dialog.waitFor({ state: 'hidden' })
      await page.getByRole('radiogroup', { name: 'View' }).locator('label', { hasText: 'Board' }).click()
      const card = page.getByRole('list', { name: 'Prospect mentors' }).getByRole('listitem', { name: 'Émile Durand' })
      await card.dragTo(page.getByRole('region', { name: 'Active' }))
      await page.getByRole('list', { name: 'Active mentors' }).getByRole('listitem', { name: 'Émile Durand' }).waitFor()
      expect((await onDisk(dataFile)).mentors[0]?.stage).toBe('active')
    } finally {
      await browser.close()
    }
  })

  it.each(['light', 'dark'] as const)('looks right with a full roster (%s)', async (colorScheme) => {
    const dataFile = join(await newDir(), 'mentor-tracker.json')
    await writeFile(
      dataFile,
      JSON.stringify(generateDataset({ mentors: 36, sessions: 400, notes: 700, actionItems: 300, goals: 8 }, 11)),
    )
    const host = await startHost(dataFile)
    const browser = await openBrowser({ colorScheme })
    const { page } = browser
    try {
      await page.goto(`${host.url}#/mentors`)
      await page.getByRole('list', { name: 'Mentors' }).getByRole('listitem').first().waitFor()
      await screenshot(page, `roster-list-${colorScheme}`)
      await page.getByRole('radiogroup', { name: 'View' }).locator('label', { hasText: 'Board' }).click()
      await page.getByRole('region', { name: 'Active' }).waitFor()
      await screenshot(page, `roster-board-${colorScheme}`)
      await page.getByRole('radiogroup', { name: 'View' }).locator('label', { hasText: 'List' }).click()
      await page.getByRole('list', { name: 'Mentors' }).getByRole('link').first().click()
      await page.getByRole('tab', { name: /^Background/ }).waitFor()
      await screenshot(page, `mentor-page-${colorScheme}`)
      // What the mentee wrote down about them: the background entries and the free notes, pinned first.
      await page.getByRole('tab', { name: /^Background/ }).click()
      await page.getByRole('tabpanel').getByRole('article').first().waitFor()
      await screenshot(page, `mentor-background-${colorScheme}`)
      await page.getByRole('tab', { name: /^Notes/ }).click()
      await page.getByRole('tabpanel').getByRole('article').first().waitFor()
      await screenshot(page, `mentor-notes-${colorScheme}`)
    } finally {
      await browser.close()
    }
  })
})
