import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { afterEach, describe, expect, it } from 'vitest'
import type { Mentor } from '../../src/shared/model'
import { tempDirs } from '../helpers/temp'
import { hostJson, invoke, openBrowser, screenshot, startHost, stopAllHosts } from './support'
import { dataAfterRestart } from '../helpers/restart'

const newDir = tempDirs()
afterEach(stopAllHosts)

const onDisk = dataAfterRestart

async function chooseMentor(page: Page, scope: ReturnType<Page['getByRole']>, name: string) {
  await scope.getByRole('combobox', { name: 'Mentor' }).click()
  await page.getByRole('option', { name }).click()
}

describe('web host: sessions, action items and goals', () => {
  it('logs a session, plans the next with the carried-forward agenda, and moves a goal by completing an action item', async () => {
    const dataFile = join(await newDir(), 'mentor-tracker.json')
    const host = await startHost(dataFile)
    const zoe = await invoke<Mentor>(host, 'mentors:create', {
      name: 'Zoë Ångström-李',
      role: 'Principal Engineer',
      stage: 'prospect',
    })
    const browser = await openBrowser()
    const { page } = browser
    try {
      // Quick log from anywhere: L.
      await page.goto(`${host.url}#/timeline`)
      await page.getByRole('heading', { name: 'Timeline' }).waitFor()
      await page.keyboard.press('l')
      const log = page.getByRole('dialog', { name: 'Log a session' })
      await chooseMentor(page, log, 'Zoë Ångström-李')
      await log.getByRole('textbox', { name: 'Key takeaways' }).fill('Write the design doc before the code. 先写文档。')
      await log.getByRole('textbox', { name: 'What worked' }).fill('Whiteboarding the data flow')
      await log.getByRole('textbox', { name: 'What did not' }).fill('We ran out of time for the promotion case')
      await log.getByRole('button', { name: 'Add action item' }).click()
      await log.getByRole('textbox', { name: 'Action item 1', exact: true }).fill('Draft the talk outline')
      await log.getByRole('button', { name: 'Add action item' }).click()
      await log.getByRole('textbox', { name: 'Action item 2', exact: true }).fill('Send me the CFP list')
      await log
        .getByRole('radiogroup', { name: 'Owner of action item 2' })
        .locator('label', { hasText: 'Mentor' })
        .click()
      await screenshot(page, 'sessions-quick-log')
      await log.getByRole('button', { name: 'Log session' }).click()
      await log.waitFor({ state: 'hidden' })

      const card = page.getByRole('article', { name: /^Session with Zoë Ångström-李/ })
      await card.waitFor()
      expect(await card.innerText()).toContain('2 open · 0 done')
      await screenshot(page, 'sessions-timeline-light')

      // The same session on the mentor's page, and the next one planned from there.
      await page.goto(`${host.url}#/mentors/${zoe.id}`)
      await page.getByRole('feed', { name: 'Sessions' }).getByRole('article').first().waitFor()
      await page.getByRole('button', { name: 'Plan next session' }).click()
      const plan = page.getByRole('dialog', { name: 'Plan a session' })
      const agenda = plan.getByRole('textbox', { name: 'Agenda' })
      await expect.poll(() => agenda.inputValue()).toContain('- [ ] Draft the talk outline (me)')
      expect(await agenda.inputValue()).toContain('- [ ] Send me the CFP list (Zoë)')
      expect(await agenda.inputValue()).toContain('We ran out of time for the promotion case')
      await plan.getByRole('combobox', { name: 'Repeat' }).click()
      await page.getByRole('option', { name: 'Every N weeks' }).click()
      await plan.getByRole('textbox', { name: 'Weeks between sessions' }).fill('2')
      // The "Session logged" notice from before closes by itself; the picture shows the dialog whole.
      await page.getByText('Session logged', { exact: true }).waitFor({ state: 'hidden' })

      await screenshot(page, 'sessions-plan-carried-forward')
      await plan.getByRole('button', { name: 'Plan session' }).click()
      await plan.waitFor({ state: 'hidden' })
      const saved = await onDisk(dataFile)
      const planned = saved.sessions.filter((s: { status: string }) => s.status === 'planned')
      expect(planned.length).toBeGreaterThan(10)
      expect(planned[0]?.agenda).toContain('Draft the talk outline')

      // A goal, linked to Zoë while she is only a prospect: uncovered, nothing to show yet.
      await page.goto(`${host.url}#/goals?new=1`)
      const goalForm = page.getByRole('dialog', { name: 'New goal' })
      await goalForm.getByRole('textbox', { name: 'Goal', exact: true }).fill('Give a conference talk')
      await goalForm.getByRole('combobox', { name: 'Mentors helping' }).click()
      await page.getByRole('option', { name: /Zoë Ångström-李/ }).click()
      await goalForm.getByRole('textbox', { name: 'Why it matters' }).click()
      await goalForm.getByRole('button', { name: /^(Create|Add|Save)/ }).click()

      const goal = page.getByRole('article', { name: 'Give a conference talk' })
      await goal.waitFor()
      expect(await goal.innerText()).toContain('No active mentor is helping with this goal')

      // Link the logged session to the goal; its action items now count towards it.
      const held = saved.sessions.find((s: { status: string }) => s.status === 'held')!
      await page.goto(`${host.url}#/sessions/${held.id}?edit=1`)
      const edit = page.getByRole('form', { name: 'Edit session' })
      await edit.getByRole('combobox', { name: 'Goals' }).click()
      await page.getByRole('option', { name: 'Give a conference talk' }).click()
      await page.keyboard.press('Escape')
      await edit.getByRole('button', { name: 'Save session' }).click()
      await page.getByRole('button', { name: 'Edit' }).waitFor()
      await screenshot(page, 'sessions-session-page')

      // Completing an action item moves the goal's progress.
      await page.goto(`${host.url}#/actions`)
      await page.getByRole('checkbox', { name: 'Draft the talk outline' }).click()
      await expect
        .poll(
          async () =>
            (await onDisk(dataFile)).actionItems.find((a: { title: string }) => a.title === 'Draft the talk outline')
              ?.doneAt,
        )
        .not.toBeNull()
      await screenshot(page, 'sessions-action-items')
      await page.goto(`${host.url}#/goals`)
      await expect.poll(() => goal.innerText()).toContain('50%')

      // Zoë becomes an active mentor: the goal is covered.
      await page.goto(`${host.url}#/mentors`)
      await page.getByRole('button', { name: /Change stage of Zoë Ångström-李/ }).click()
      await page.getByRole('menuitem', { name: 'Active' }).click()
      await page.getByRole('button', { name: /Stage: Active/ }).waitFor()
      await page.goto(`${host.url}#/goals`)
      await goal.waitFor()
      await expect.poll(() => goal.innerText()).not.toContain('No active mentor is helping')
      await screenshot(page, 'sessions-goals-light')

      // Upcoming sessions to a calendar file.
      await page.goto(`${host.url}#/timeline`)
      await page.getByRole('button', { name: 'Plan' }).click()
      await page.getByRole('menuitem', { name: /Export upcoming to calendar/ }).click()
      await page.getByText('Calendar file saved').waitFor()
      const [file] = await hostJson<Array<{ path: string }>>(host, 'saved-files')
      const ics = await readFile(file!.path, 'utf8')
      expect(ics).toContain('SUMMARY:Mentoring session with Zoë Ångström-李')
      expect(ics.match(/BEGIN:VEVENT/g)?.length).toBe(planned.length)
    } finally {
      await browser.close()
    }
  })

  it('shows the timeline and a session in the dark theme', async () => {
    const dataFile = join(await newDir(), 'mentor-tracker.json')
    const host = await startHost(dataFile)
    const zoe = await invoke<Mentor>(host, 'mentors:create', { name: 'Zoë Ångström-李', stage: 'active' })
    const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10)
    for (const [offset, takeaways] of [
      [-40, 'Négociation: ask for the range first'],
      [-20, 'Ship smaller pull requests; review within a day'],
      [-3, 'The promotion packet needs numbers, not adjectives'],
    ] as const) {
      await invoke(host, 'sessions:create', {
        mentorId: zoe.id,
        date: day(offset),
        time: '10:00',
        timeZone: 'Europe/Berlin',
        takeaways,
        actionItems: [{ title: 'Follow up', owner: 'me', done: offset < -10 }],
      })
    }
    await invoke(host, 'sessions:create', {
      mentorId: zoe.id,
      date: day(6),
      time: '16:30',
      timeZone: 'Asia/Kolkata',
      status: 'planned',
      agenda: 'Mock interview',
    })
    const browser = await openBrowser({ colorScheme: 'dark' })
    const { page } = browser
    try {
      await page.goto(`${host.url}#/timeline`)
      await page.getByRole('article').first().waitFor()
      await screenshot(page, 'sessions-timeline-dark')
      await page
        .getByRole('article', { name: /Session with Zoë/ })
        .nth(1)
        .click()
      await page.getByRole('button', { name: 'Edit' }).waitFor()
      await screenshot(page, 'sessions-session-dark')
    } finally {
      await browser.close()
    }
  })
})
