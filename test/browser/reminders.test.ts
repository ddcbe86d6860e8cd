import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import type { Mentor } from '../../src/shared/model'
import { pdfText } from '../helpers/pdf-reading'
import { tempDirs } from '../helpers/temp'
import type { RunningHost } from './support'
import { artifactsDir, hostJson, invoke, openBrowser, screenshot, startHost, stopAllHosts } from './support'

const newDir = tempDirs()
afterEach(stopAllHosts)

/** Moves the web host's clock; it re-plans reminders at once. */
async function advanceClock(host: RunningHost, minutes: number): Promise<string> {
  const url = new URL(host.url)
  const response = await fetch(new URL('/__host/clock', url), {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-mentor-token': url.searchParams.get('token') ?? '' },
    body: JSON.stringify({ advanceMs: minutes * 60_000 }),
  })
  return ((await response.json()) as { now: string }).now
}

const notificationTitles = async (host: RunningHost) =>
  (await hostJson<Array<{ title: string }>>(host, 'notifications')).map((n) => n.title)

describe('web host: reminders', () => {
  it('sends the 15-minute reminder, lists it in the reminder centre, and brings it back after a snooze', async () => {
    const host = await startHost(join(await newDir(), 'mentor-tracker.json'))
    const zoe = await invoke<Mentor>(host, 'mentors:create', { name: 'Zoë Ångström-李', stage: 'active' })
    const { now } = await hostJson<{ now: string }>(host, 'clock')
    const lastMonth = new Date(Date.parse(now) - 30 * 86_400_000).toISOString()
    await invoke(host, 'sessions:create', {
      mentorId: zoe.id,
      date: lastMonth.slice(0, 10),
      time: '10:00',
      timeZone: 'UTC',
      status: 'held',
      takeaways: 'Lead with the decision',
      actionItems: [{ title: 'Rewrite the RFC summary', owner: 'me', dueOn: null, done: false }],
    })
    const start = new Date(Math.ceil((Date.parse(now) + 20 * 60_000) / 60_000) * 60_000).toISOString()
    await invoke(host, 'sessions:create', {
      mentorId: zoe.id,
      date: start.slice(0, 10),
      time: start.slice(11, 16),
      timeZone: 'UTC',
      status: 'planned',
      agenda: 'Mock interview for the staff role',
    })
    const browser = await openBrowser()
    const { page } = browser
    try {
      await page.goto(`${host.url}#/timeline`)
      const bell = page.getByRole('button', { name: /^Reminders/ })
      await expect.poll(() => bell.getAttribute('aria-label')).toBe('Reminders')
      expect(await notificationTitles(host)).toEqual([])

      await advanceClock(host, 6)
      await expect.poll(() => notificationTitles(host)).toEqual(['Session with Zoë in 15 minutes'])
      await expect.poll(() => bell.getAttribute('aria-label')).toBe('Reminders: 1 due')
      await bell.click()
      const due = page.getByRole('list', { name: 'Due now' })
      await due.getByRole('listitem', { name: 'Session with Zoë in 15 minutes' }).waitFor()
      expect(await due.innerText()).toContain('Mock interview for the staff role')
      expect(await due.innerText()).toContain('Last time: Lead with the decision')
      expect(await due.innerText()).toContain('1 open action item')
      await screenshot(page, 'reminders-centre')

      await due.getByRole('button', { name: 'Snooze Session with Zoë in 15 minutes' }).click()
      await page.getByRole('menuitem', { name: 'For 15 minutes' }).click()
      await expect.poll(() => bell.getAttribute('aria-label')).toBe('Reminders')
      await page.getByRole('list', { name: 'Due now' }).getByText('Nothing is due').waitFor()

      await advanceClock(host, 16)
      await expect
        .poll(() => notificationTitles(host))
        .toEqual(['Session with Zoë in 15 minutes', 'Session with Zoë in 15 minutes'])
      await expect.poll(() => bell.getAttribute('aria-label')).toBe('Reminders: 1 due')
      await screenshot(page, 'reminders-after-snooze')

      // The reminder opens the session's brief.
      await bell.click()
      await page.getByRole('list', { name: 'Due now' }).getByText('Session with Zoë in 15 minutes').click()
      await page.getByRole('heading', { level: 1, name: 'Prepare for Zoë Ångström-李' }).waitFor()
      const lastTime = page.getByRole('region', { name: 'Last time' })
      expect(await lastTime.innerText()).toContain('Lead with the decision')
      expect(await page.getByRole('list', { name: 'You promised' }).innerText()).toContain('Rewrite the RFC summary')
      await screenshot(page, 'reminder-opens-brief')

      // Printed, the brief is its content alone: no navigation, no buttons.
      const printed = join(artifactsDir, 'brief-printed.pdf')
      await page.pdf({ path: printed, format: 'A4' })
      const text = pdfText(printed)
      expect(text).toContain('Prepare for Zoë')
      expect(text).toContain('Lead with the decision')
      expect(text).toContain('Rewrite the RFC summary')
      for (const chrome of ['Dashboard', 'Log session', 'Print', 'Edit agenda']) expect(text).not.toContain(chrome)
    } finally {
      await browser.close()
    }
  })
})
