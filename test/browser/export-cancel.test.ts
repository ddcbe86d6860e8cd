// Cancelling a long PDF export in the browser: its progress, and nothing saved.
import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { generateDataset } from '../helpers/fake-data'
import { tempDirs } from '../helpers/temp'
import { hostJson, openBrowser, screenshot, startHost, stopAllHosts } from './support'

const newDir = tempDirs()
afterEach(stopAllHosts)

describe('web host: cancel a PDF export', () => {
  it('shows its progress on a big export, and Cancel stops it with nothing saved', async () => {
    const dataFile = join(await newDir(), 'mentor-tracker.json')
    const data = generateDataset({ mentors: 30, sessions: 700, notes: 0, actionItems: 1_400, goals: 10 }, 3)
    await writeFile(dataFile, JSON.stringify(data))
    const host = await startHost(dataFile)
    const browser = await openBrowser()
    const { page } = browser
    try {
      await page.goto(`${host.url}#/export`)
      await page.getByRole('document', { name: 'Report preview' }).getByText('Summary').waitFor({ timeout: 30_000 })
      await page.getByRole('button', { name: 'Export PDF…' }).click()
      const status = page.getByRole('status', { name: 'Export progress' })
      await status.getByText('Printing the PDF…').waitFor()
      await screenshot(page, 'export-progress')
      await status.getByRole('button', { name: 'Cancel' }).click()
      await page.getByText('Export cancelled. No PDF was saved.').waitFor()
      await status.waitFor({ state: 'detached' })
      expect(await hostJson<unknown[]>(host, 'saved-files')).toEqual([])
      await page.getByRole('button', { name: 'Export PDF…' }).waitFor()
    } finally {
      await browser.close()
      await host.stop()
    }
  })
})
