// Tell them how it went: tick off a session's action item, say how it went, see it waiting on the mentor's page,
// find it in the next session's agenda, hold that session, and see it told; axe in light and dark.
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import type { ActionItem, Mentor, Session } from '../../src/shared/model'
import { dataAfterRestart } from '../helpers/restart'
import { tempDirs } from '../helpers/temp'
import { AxeReport } from './axe'
import { invoke, openBrowser, screenshot, startHost, stopAllHosts } from './support'

const newDir = tempDirs()
afterEach(stopAllHosts)

/** Yesterday's date, as the session editor sends it. */
const yesterday = () => new Date(Date.now() - 24 * 60 * 60_000).toISOString().slice(0, 10)

describe('web host: tell them how it went', () => {
  it('asks how it went, carries it into the next agenda, and marks it told once that session is held', async () => {
    const dataFile = join(await newDir(), 'mentor-tracker.json')
    const host = await startHost(dataFile)
    const zoe = await invoke<Mentor>(host, 'mentors:create', { name: 'Zoë Ångström-李', stage: 'active' })
    const first = await invoke<Session>(host, 'sessions:create', {
      mentorId: zoe.id,
      date: yesterday(),
      time: '10:00',
      timeZone: 'UTC',
      actionItems: [{ title: 'Write the RFC for the billing rewrite', owner: 'me' }],
    })
    const light = await openBrowser({ colorScheme: 'light', bypassCSP: true })
    const report = new AxeReport('light')
    const { page } = light
    try {
      // Tick it off on the session's page: the prompt asks, with the focus in its line.
      await page.goto(`${host.url}#/sessions/${first.id}`)
      const items = page.getByRole('list', { name: 'Action items' })
      await items.getByRole('checkbox', { name: 'Write the RFC for the billing rewrite' }).click()
      const line = page.getByRole('textbox', { name: 'How did “Write the RFC for the billing rewrite” go?' })
      await line.waitFor()
      await expect.poll(() => line.evaluate((el) => el === document.activeElement)).toBe(true)
      await page.keyboard.type('The RFC passed review — 通过了')
      await report.scan(page, 'how did it go prompt')
      await screenshot(page, 'outcomes-prompt-light')
      await page.keyboard.press('Enter')
      await line.waitFor({ state: 'detached' })
      await items.getByText(/How it went:/).waitFor()
      expect(await items.innerText()).toContain('The RFC passed review — 通过了')
      const [saved] = (await dataAfterRestart(dataFile)).actionItems
      expect(saved?.outcome).toMatchObject({ text: 'The RFC passed review — 通过了', toldAt: null })

      // Waiting on the mentor's page.
      await page.goto(`${host.url}#/mentors/${zoe.id}`)
      const toTell = page.getByRole('region', { name: 'To tell Zoë' })
      await toTell.getByText('The RFC passed review — 通过了').waitFor()
      await report.scan(page, 'mentor page, to tell')
      await screenshot(page, 'outcomes-mentor-to-tell-light')

      // Carried into the next session's agenda.
      await page.getByRole('button', { name: 'Plan next session' }).click()
      const plan = page.getByRole('dialog', { name: 'Plan a session' })
      const agenda = plan.getByRole('textbox', { name: 'Agenda' })
      await expect.poll(() => agenda.inputValue()).toContain('- Tell Zoë: The RFC passed review — 通过了')
      await screenshot(page, 'outcomes-plan-agenda-light')
      await plan.getByRole('button', { name: 'Plan session' }).click()
      await plan.waitFor({ state: 'hidden' })
      const planned = (await dataAfterRestart(dataFile)).sessions.find((s) => s.status === 'planned')!
      expect(planned.agenda).toContain('Tell Zoë: The RFC passed review — 通过了')

      // Held: told, with the session's date.
      await page.goto(`${host.url}#/sessions/${planned.id}`)
      await page.getByRole('button', { name: 'Mark as held' }).click()
      await page.getByRole('button', { name: 'Save session' }).click()
      await page.getByRole('button', { name: 'Mark as held' }).waitFor({ state: 'detached' })
      await expect
        .poll(async () => (await dataAfterRestart(dataFile)).actionItems[0]?.outcome?.toldInSessionId)
        .toBe(planned.id)
      await page.goto(`${host.url}#/mentors/${zoe.id}`)
      const told = page.getByRole('region', { name: 'What came of Zoë’s advice' })
      await told.getByText('The RFC passed review — 通过了').waitFor()
      expect(await told.innerText()).toMatch(/told in the session on/)
      expect(await page.getByRole('region', { name: 'To tell Zoë' }).count()).toBe(0)
      await report.scan(page, 'mentor page, told')
      await screenshot(page, 'outcomes-mentor-told-light')
    } finally {
      await light.close()
    }
    expect(report.summary()).toBe('')

    // Dark: a second outcome still to tell beside the told one, and the prompt opened to change it.
    const second = await invoke<ActionItem>(host, 'actions:create', {
      title: 'Ask the team for feedback on the talk',
      owner: 'me',
      mentorId: zoe.id,
    })
    await invoke(host, 'actions:setDone', { id: second.id, done: true })
    await invoke(host, 'outcomes:set', { id: second.id, text: 'Three people asked for the slides' })
    const dark = await openBrowser({ colorScheme: 'dark', bypassCSP: true })
    const darkReport = new AxeReport('dark')
    try {
      await dark.page.goto(`${host.url}#/mentors/${zoe.id}`)
      const toTell = dark.page.getByRole('region', { name: 'To tell Zoë' })
      await toTell.getByText('Three people asked for the slides').waitFor()
      await darkReport.scan(dark.page, 'mentor page, to tell and told')
      await screenshot(dark.page, 'outcomes-mentor-dark')
      await toTell.getByRole('button', { name: 'Change how “Ask the team for feedback on the talk” went' }).click()
      const line = dark.page.getByRole('textbox', { name: 'How did “Ask the team for feedback on the talk” go?' })
      await line.waitFor()
      expect(await line.inputValue()).toBe('Three people asked for the slides')
      await darkReport.scan(dark.page, 'how did it go prompt')
      await screenshot(dark.page, 'outcomes-prompt-dark')
      await dark.page.keyboard.press('Escape')
      await line.waitFor({ state: 'detached' })
    } finally {
      await dark.close()
    }
    expect(darkReport.summary()).toBe('')
  }, 120_000)
})
