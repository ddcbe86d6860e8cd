import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { afterEach, describe, expect, it } from 'vitest'
import type { ActionItem } from '../../src/shared/model'
import type { GoalView } from '../../src/shared/requests/goals'
import type { RosterEntry } from '../../src/shared/requests/mentors'
import type { SessionSummary } from '../../src/shared/requests/sessions'
import { tempDirs } from '../helpers/temp'
import type { RunningHost } from './support'
import { invoke, openBrowser, screenshot, startHost, stopAllHosts } from './support'
import { dataAfterRestart } from '../helpers/restart'

const newDir = tempDirs()
afterEach(stopAllHosts)

const DAY = 86_400_000
const onDisk = dataAfterRestart
const section = (page: Page, name: string) => page.getByRole('region', { name, exact: true })
const summaryOf = (page: Page, name: string) => section(page, name).locator('[data-summary]').innerText()
const rowsOf = (page: Page, list: string) => page.getByRole('list', { name: list }).getByRole('listitem')

/** A calendar date in the zone this machine (the host and the browser alike) runs in. */
const localDate = (ms: number) => {
  const d = new Date(ms)
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`
}

/** The numbers each section should show, read from the data through the host's api. */
async function expectedCounts(host: RunningHost) {
  const now = Date.now()
  const today = localDate(now)
  const weekAhead = localDate(now + 7 * DAY)
  const sessions = await invoke<SessionSummary[]>(host, 'sessions:timeline', {})
  const items = await invoke<ActionItem[]>(host, 'actions:list', { includeDone: false })
  const goals = (await invoke<GoalView[]>(host, 'goals:list')).filter((g) => g.goal.status === 'active')
  const roster = await invoke<RosterEntry[]>(host, 'mentors:roster', {})
  const planned = sessions.filter((s) => s.status === 'planned' && Date.parse(s.startsAt) > now)
  const yearAgo = new Date(new Date(now).getFullYear(), new Date(now).getMonth() - 11, 1).getTime()
  const held = sessions.filter((s) => s.status === 'held')
  return {
    upcoming: planned.filter((s) => Date.parse(s.startsAt) < now + 14 * DAY).length,
    reachOut: roster.filter(
      (e) =>
        e.nextCheckInAt !== null &&
        Date.parse(e.nextCheckInAt) <= now &&
        !planned.some((s) => s.mentorId === e.mentor.id),
    ).length,
    overdue: items.filter((a) => a.dueOn !== null && a.dueOn < today).length,
    soon: items.filter((a) => a.dueOn !== null && a.dueOn >= today && a.dueOn <= weekAhead).length,
    held: held.length,
    heldThisYear: held.filter((s) => Date.parse(s.startsAt) >= yearAgo).length,
    goals: goals.length,
    uncovered: goals.filter((g) => g.uncovered).length,
  }
}

describe('web host: the dashboard', () => {
  it('guides a new user, loads sample data with the right numbers in every section, draws the chart, and removes it in one step', async () => {
    const dataFile = join(await newDir(), 'mentor-tracker.json')
    const host = await startHost(dataFile)
    const light = await openBrowser({ colorScheme: 'light' })
    try {
      const { page } = light
      await page.goto(host.url)
      await page.getByRole('heading', { name: 'Get started in three steps' }).waitFor()
      for (const step of ['Set your name', 'Add your first mentor', 'Log your first session']) {
        await page.getByRole('listitem', { name: `${step}: not done yet` }).waitFor()
      }
      await screenshot(page, 'dashboard-first-run')

      await page.getByRole('button', { name: 'Load sample data' }).click()
      await page.getByRole('region', { name: 'You are looking at sample data' }).waitFor()
      await section(page, 'Upcoming').waitFor()
      expect(await page.getByRole('heading', { name: 'Get started in three steps' }).count()).toBe(0)

      const want = await expectedCounts(host)
      expect(want).toMatchObject({ upcoming: 2, reachOut: 2, overdue: 2, soon: 3, held: 15, goals: 3, uncovered: 1 })
      expect(await summaryOf(page, 'Upcoming')).toBe(`${want.upcoming} sessions in the next 14 days`)
      expect(await rowsOf(page, 'Upcoming sessions').count()).toBe(want.upcoming)
      expect(await summaryOf(page, 'Reach out')).toBe(`${want.reachOut} mentors to get in touch with · 1 overdue`)
      expect(await rowsOf(page, 'Mentors to reach out to').count()).toBe(want.reachOut)
      expect(await summaryOf(page, 'Action items')).toBe(
        `${want.overdue} overdue · ${want.soon} due in the next 7 days`,
      )
      expect(await rowsOf(page, 'Action items due').count()).toBe(want.overdue + want.soon)
      expect(await summaryOf(page, 'Recent sessions')).toBe(`The last 5 of ${want.held} sessions held`)
      expect(await rowsOf(page, 'Recent sessions').count()).toBe(5)
      expect(await summaryOf(page, 'Goals')).toBe(`${want.goals} active · ${want.uncovered} uncovered`)
      expect(await rowsOf(page, 'Active goals').count()).toBe(want.goals)
      expect(await section(page, 'Goals').getByText('Uncovered', { exact: true }).count()).toBe(want.uncovered)
      expect(await summaryOf(page, 'Sessions per month')).toBe(
        `${want.heldThisYear} sessions held in the last 12 months`,
      )

      // The chart is drawn: an SVG with one bar segment per month and mentor that has sessions, as the table says.
      const chart = page.getByRole('img', { name: /^Bar chart: 15 sessions held in the last 12 months/ })
      await chart.locator('svg path.recharts-rectangle').first().waitFor()
      const nonZeroCells = await section(page, 'Sessions per month')
        .locator('tbody tr')
        .evaluateAll((rows) =>
          rows.reduce(
            (n, row) => n + [...row.querySelectorAll('td')].slice(0, -1).filter((td) => td.textContent !== '0').length,
            0,
          ),
        )
      expect(nonZeroCells).toBeGreaterThan(0)
      expect(await chart.locator('svg path.recharts-rectangle').count()).toBe(nonZeroCells)
      expect(await chart.locator('[class*="legendItemName"]').allInnerTexts()).toEqual([
        'Zoë Ångström-李',
        'Mateus Conceição',
        'Priya Raghunathan',
        'Siobhán Ní Bhriain',
      ])
      // Tall enough for the whole dashboard, once the "loaded" toast has gone.
      await page.getByText('Sample data loaded').waitFor({ state: 'hidden' })
      await page.setViewportSize({ width: 1280, height: 1700 })
      await page.mouse.move(0, 0)
      await screenshot(page, 'dashboard-sample-light')
      await page.setViewportSize({ width: 1280, height: 800 })

      const dark = await openBrowser({ colorScheme: 'dark' })
      try {
        await dark.page.setViewportSize({ width: 1280, height: 1700 })
        await dark.page.goto(host.url)
        await section(dark.page, 'Sessions per month').locator('svg path.recharts-rectangle').first().waitFor()
        await screenshot(dark.page, 'dashboard-sample-dark')
      } finally {
        await dark.close()
      }

      // One step removes exactly the sample data.
      await page
        .getByRole('region', { name: 'You are looking at sample data' })
        .getByRole('button', { name: 'Remove sample data' })
        .click()
      const dialog = page.getByRole('dialog', { name: 'Remove the sample data?' })
      await dialog.getByText('5 mentors, 8 notes, 18 sessions, 12 action items and 3 goals', { exact: false }).waitFor()
      await screenshot(page, 'dashboard-remove-sample')
      await dialog.getByRole('button', { name: 'Remove sample data' }).click()
      await page.getByRole('heading', { name: 'Get started in three steps' }).waitFor()
      const data = await onDisk(dataFile)
      expect([data.mentors, data.notes, data.sessions, data.actionItems, data.goals]).toEqual([[], [], [], [], []])
      expect(data.sample).toBeNull()
    } finally {
      await light.close()
    }
  })
})
