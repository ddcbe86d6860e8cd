import { execFileSync } from 'node:child_process'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import type { Mentor } from '../../src/shared/model'
import { tempDirs } from '../helpers/temp'
import { hostJson, invoke, openBrowser, screenshot, startHost, stopAllHosts } from './support'

const newDir = tempDirs()
afterEach(stopAllHosts)

const unicode = 'Zoë café · 学习计划 · 🌱 · مرحبا بالعالم'

describe('web host: export the session history to PDF', () => {
  it('previews the report, prints it with Chromium, saves the PDF and opens it', async () => {
    const dataFile = join(await newDir(), 'mentor-tracker.json')
    const host = await startHost(dataFile)
    await invoke(host, 'profile:update', { name: 'Amira Haddad' })
    const zoe = await invoke<Mentor>(host, 'mentors:create', {
      name: 'Zoë Ångström-李',
      role: 'Principal Engineer',
      stage: 'active',
      expertise: ['System design'],
    })
    const emile = await invoke<Mentor>(host, 'mentors:create', { name: 'Émile Durand', stage: 'active' })
    const plan = [
      { mentor: zoe, date: '2026-03-02', marker: 'BROWSER-Z1' },
      { mentor: emile, date: '2026-04-14', marker: 'BROWSER-E1' },
      { mentor: zoe, date: '2026-05-20', marker: 'BROWSER-Z2' },
    ]
    for (const s of plan) {
      await invoke(host, 'sessions:create', {
        mentorId: s.mentor.id,
        date: s.date,
        time: '10:00',
        timeZone: 'Europe/Berlin',
        agenda: `${s.marker}: the agenda`,
        notes: `**What we said** in ${s.marker}: ${unicode}. See [the talk](https://example.org/talk).`,
        takeaways: `Takeaway of ${s.marker}`,
        reflection: `Private thought on ${s.marker}`,
        actionItems: [{ title: `Follow up on ${s.marker}`, owner: 'me', done: s.marker !== 'BROWSER-Z2' }],
      })
    }

    const browser = await openBrowser()
    const { page } = browser
    try {
      await page.goto(`${host.url}#/timeline`)
      await page.getByRole('link', { name: 'Export PDF' }).click()
      await page.getByRole('heading', { name: 'Export PDF' }).waitFor()
      const preview = page.getByRole('document', { name: 'Report preview' })
      await preview.getByText('BROWSER-Z2: the agenda').waitFor()
      expect(await preview.getByText('Private thought on BROWSER-Z1').count()).toBe(1)
      await screenshot(page, 'export-full-record')

      await page.getByRole('radio', { name: /^Mentor recap/ }).click()
      await page.getByRole('combobox', { name: 'Mentor' }).click()
      await page.getByRole('option', { name: 'Zoë Ångström-李' }).click()
      await preview.getByText('Mentoring with Zoë Ångström-李').waitFor()
      expect(await preview.getByText('BROWSER-E1').count()).toBe(0)
      expect(await preview.getByText('Private thought').count()).toBe(0)
      await screenshot(page, 'export-recap-preview')

      await page.getByRole('button', { name: 'Export PDF…' }).click()
      const notice = page.locator('.mantine-Notification-root', { hasText: 'PDF saved' })
      await notice.waitFor({ timeout: 60_000 })
      await screenshot(page, 'export-saved')

      const saved = await hostJson<Array<{ path: string; name: string; bytes: number }>>(host, 'saved-files')
      expect(saved).toHaveLength(1)
      expect(saved[0]!.name).toMatch(/^mentoring-recap-\d{4}-\d{2}-\d{2}\.pdf$/)
      const text = execFileSync('pdftotext', [saved[0]!.path, '-'], { encoding: 'utf8' }).replace(
        /[\u202a-\u202e]/g,
        '',
      )
      expect(text.indexOf('BROWSER-Z1: the agenda')).toBeGreaterThanOrEqual(0)
      expect(text.indexOf('BROWSER-Z1: the agenda')).toBeLessThan(text.indexOf('BROWSER-Z2: the agenda'))
      expect(text).not.toMatch(/BROWSER-E1|Émile|Private thought/)
      for (const part of ['Zoë café', '学习计划', '🌱', 'مرحبا بالعالم']) expect(text).toContain(part)
      expect(text).toMatch(/Page 1 of \d+/)

      await notice.getByRole('button', { name: 'Open the file' }).click()
      await expect.poll(() => hostJson<string[]>(host, 'opened-files')).toEqual([saved[0]!.path])
    } finally {
      await browser.close()
      await host.stop()
    }
  })
})
