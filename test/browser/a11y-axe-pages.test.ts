// axe-core on every page of the app with the sample data loaded, the command palette, the reminder centre and
// the first-run guide, in light and dark: no serious or critical violation; moderate ones are printed.
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { afterEach, describe, expect, it } from 'vitest'
import type { Mentor } from '../../src/shared/model'
import type { SessionSummary } from '../../src/shared/requests/sessions'
import { tempDirs } from '../helpers/temp'
import type { ColorScheme } from './axe'
import { AxeReport } from './axe'
import type { RunningHost } from './support'
import { invoke, openBrowser, screenshot, startHost, stopAllHosts } from './support'

const newDir = tempDirs()
afterEach(stopAllHosts)

/** A web host on a fresh data file holding the sample data. */
async function hostWithSample(): Promise<RunningHost> {
  const host = await startHost(join(await newDir(), 'mentor-tracker.json'))
  await invoke(host, 'sample:load')
  return host
}

/** Opens `hash` and waits for its page heading (or, with no heading, its text) and for its data to have arrived. */
async function visit(page: Page, host: RunningHost, hash: string, heading: string | RegExp | { text: string }) {
  await page.goto(`${host.url}#${hash}`)
  const ready =
    typeof heading === 'object' && 'text' in heading
      ? page.getByText(heading.text, { exact: true })
      : page.getByRole('heading', { name: heading, level: 1 })
  await ready.first().waitFor()
  await page.locator('.mantine-Loader-root').first().waitFor({ state: 'detached' })
}

describe('axe-core on every page', () => {
  it.each(['light', 'dark'] as const)(
    'finds no serious or critical violation on any page with the sample data (%s)',
    async (theme: ColorScheme) => {
      const host = await hostWithSample()
      const [mentor] = await invoke<Mentor[]>(host, 'mentors:list', {})
      const [session] = await invoke<SessionSummary[]>(host, 'sessions:timeline', { statuses: ['held'] })
      const [plan] = await invoke<SessionSummary[]>(host, 'sessions:timeline', { statuses: ['planned'] })
      const browser = await openBrowser({ colorScheme: theme, bypassCSP: true })
      const { page } = browser
      const report = new AxeReport(theme)
      try {
        const pages: Array<[screen: string, hash: string, heading: string | RegExp | { text: string }]> = [
          ['dashboard', '/', /./],
          ['mentors list', '/mentors', 'Mentors'],
          ['mentors board', '/mentors?view=board', 'Mentors'],
          ['timeline', '/timeline', 'Timeline'],
          ['action items', '/actions', 'Action items'],
          ['goals', '/goals', 'Goals'],
          ['settings', '/settings', 'Settings'],
          ['export', '/export', 'Export PDF'],
          ['not found', '/no-such-page', { text: 'Nothing here' }],
          ['mentor page', `/mentors/${mentor!.id}`, mentor!.name],
          ['session page', `/sessions/${session!.id}`, /./],
          ['session editor', `/sessions/${session!.id}?edit=1`, /./],
          ['session brief', `/sessions/${plan!.id}/brief`, /^Prepare for /],
        ]
        for (const [screen, hash, heading] of pages) {
          await visit(page, host, hash, heading)
          await report.scan(page, screen)
          if (theme === 'dark' && ['dashboard', 'timeline', 'mentor page', 'session page'].includes(screen)) {
            await screenshot(page, `a11y-dark-${screen.replace(/ /g, '-')}`)
          }
          if (screen === 'session brief') await screenshot(page, `session-brief-${theme}`)
        }

        // The command palette: its commands, then what it finds.
        await visit(page, host, '/', /./)
        await page.keyboard.press('Control+K')
        const search = page.getByRole('textbox', { name: 'Search or run a command' })
        await search.waitFor()
        await report.scan(page, 'command palette')
        await search.fill(mentor!.name.split(' ')[0]!)
        await page
          .getByRole('button', { name: /^Mentor: / })
          .first()
          .waitFor()
        await report.scan(page, 'command palette, search results')
        if (theme === 'dark') await screenshot(page, 'a11y-dark-command-palette')
        await page.keyboard.press('Escape')

        // The reminder centre, open from the bell.
        await page.getByRole('button', { name: /^Reminders/ }).click()
        await page.getByRole('list', { name: 'Due now' }).waitFor()
        await report.scan(page, 'reminder centre')
        if (theme === 'dark') await screenshot(page, 'a11y-dark-reminder-centre')
      } finally {
        await browser.close()
      }
      expect(report.summary()).toBe('')
      expect(report.screens).toHaveLength(16)
    },
    // Sixteen screens scanned one after another: on a busy two-core machine this takes about two minutes.
    240_000,
  )

  it.each(['light', 'dark'] as const)('finds none on the first-run guide of an empty data file (%s)', async (theme) => {
    const host = await startHost(join(await newDir(), 'mentor-tracker.json'))
    const browser = await openBrowser({ colorScheme: theme, bypassCSP: true })
    const { page } = browser
    const report = new AxeReport(theme)
    try {
      await page.goto(host.url)
      await page.getByRole('heading', { name: 'Get started in three steps' }).waitFor()
      await report.scan(page, 'first-run guide')
      if (theme === 'dark') await screenshot(page, 'a11y-dark-first-run')
      await visit(page, host, '/mentors', 'Mentors')
      await report.scan(page, 'empty roster')
      await visit(page, host, '/timeline', 'Timeline')
      await report.scan(page, 'empty timeline')
    } finally {
      await browser.close()
    }
    expect(report.summary()).toBe('')
  })
})
