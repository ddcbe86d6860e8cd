import { execFileSync } from 'node:child_process'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { afterEach, describe, expect, it } from 'vitest'
import { dataAfterRestart } from '../helpers/restart'
import { tempDirs } from '../helpers/temp'
import { hostJson, invoke, openBrowser, screenshot, startHost, stopAllHosts, toast } from './support'

const newDir = tempDirs()
afterEach(stopAllHosts)

interface Focused {
  tag: string
  role: string | null
  name: string
  outline: string
  outlineColor: string
  inMain: boolean
  inDialog: boolean
}

/** What has the focus, read (never set) from the page: its tag, role, a name as a screen reader would say it, its ring. */
function focused(page: Page): Promise<Focused> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null
    if (!el || el === document.body)
      return { tag: '', role: null, name: '', outline: '', outlineColor: '', inMain: false, inDialog: false }
    const byIds = (ids: string | null) =>
      (ids ?? '')
        .split(/\s+/)
        .map((id) => document.getElementById(id)?.textContent ?? '')
        .join(' ')
        .trim()
    const label = (el as HTMLInputElement).labels?.[0]?.textContent ?? ''
    const name = (
      el.getAttribute('aria-label') ||
      byIds(el.getAttribute('aria-labelledby')) ||
      label ||
      el.textContent ||
      ''
    )
      .replace(/\s+/g, ' ')
      .trim()
    const style = getComputedStyle(el)
    return {
      tag: el.tagName.toLowerCase(),
      role: el.getAttribute('role'),
      name,
      outline: style.outlineStyle === 'none' ? 'none' : `${style.outlineWidth} ${style.outlineStyle}`,
      outlineColor: style.outlineColor,
      inMain: !!el.closest('main'),
      inDialog: !!el.closest('[role="dialog"]'),
    }
  })
}

/** Presses Tab (or Shift+Tab) until the focus is on a control whose name matches; fails after `max` presses. */
async function tabTo(page: Page, name: RegExp, options: { back?: boolean; max?: number } = {}): Promise<Focused> {
  const key = options.back ? 'Shift+Tab' : 'Tab'
  const seen: string[] = []
  for (let i = 0; i < (options.max ?? 40); i++) {
    await page.keyboard.press(key)
    const now = await focused(page)
    if (name.test(now.name)) return now
    seen.push(`${now.tag}:${now.name.slice(0, 40)}`)
  }
  throw new Error(`Tab never reached ${name}; it went through: ${seen.join(' | ')}`)
}

/** WCAG contrast ratio of two `rgb(r, g, b)` colours. */
function contrast(a: string, b: string): number {
  const luminance = (colour: string) => {
    const [r, g, bl] = (colour.match(/[\d.]+/g) ?? []).slice(0, 3).map((v) => {
      const c = Number(v) / 255
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4
    })
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * bl!
  }
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x)
  return (hi! + 0.05) / (lo! + 0.05)
}

describe('web host: the whole flow by keyboard alone', () => {
  it('adds a mentor, logs a session with an action item, completes it and exports the PDF without a mouse', async () => {
    const dataFile = join(await newDir(), 'mentor-tracker.json')
    const host = await startHost(dataFile)
    const browser = await openBrowser()
    const { page } = browser
    try {
      await page.goto(`${host.url}#/mentors`)
      await page.getByRole('heading', { name: 'Mentors' }).waitFor()
      expect(await page.title()).toBe('Mentors · Mentor Tracker')

      // The first tab stop is the skip link; it shows when focused and jumps past the navigation.
      await page.keyboard.press('Tab')
      const skip = await focused(page)
      expect(skip.name).toBe('Skip to main content')
      expect(await page.getByRole('link', { name: 'Skip to main content' }).isVisible()).toBe(true)
      await screenshot(page, 'a11y-keyboard-skip-link')
      await page.keyboard.press('Enter')
      expect((await focused(page)).tag).toBe('main')
      await page.keyboard.press('Tab')
      expect((await focused(page)).inMain).toBe(true)

      // Add a mentor: the dialog takes the focus, Enter saves, and the focus comes back to the button.
      const add = await tabTo(page, /^Add mentor/)
      expect(add.outline).toBe('2px solid')
      await screenshot(page, 'a11y-keyboard-focus-add-mentor')
      await page.keyboard.press('Enter')
      const mentorDialog = page.getByRole('dialog', { name: 'Add a mentor' })
      await mentorDialog.waitFor()
      await expect.poll(async () => (await focused(page)).inDialog).toBe(true)
      await page.keyboard.type('Keyboard Kim')
      await page.keyboard.press('Enter')
      await toast(page, 'Mentor added').waitFor()
      await mentorDialog.waitFor({ state: 'hidden' })
      await expect.poll(async () => (await focused(page)).name).toMatch(/^Add mentor/)

      // Log a session from the navigation's button.
      await tabTo(page, /^Log session$/, { back: true })
      await page.keyboard.press('Enter')
      const log = page.getByRole('dialog', { name: 'Log a session' })
      await log.waitFor()
      await tabTo(page, /^Mentor/, { max: 10 })
      await page.keyboard.type('Keyboard')
      // As a user does, wait to see her in the list: the roster refreshes after 'Mentor added', not before.
      await page.getByRole('option', { name: 'Keyboard Kim' }).waitFor()
      await page.keyboard.press('ArrowDown')
      await page.keyboard.press('Enter')
      await tabTo(page, /^Key takeaways/, { max: 20 })
      await page.keyboard.type('KEYBOARD-SESSION: Tab order follows the screen')
      await tabTo(page, /^Add action item$/, { max: 30 })
      await page.keyboard.press('Enter')
      await expect.poll(async () => (await focused(page)).name).toMatch(/^Action item 1/)
      await page.keyboard.type('Write the keyboard notes')
      await screenshot(page, 'a11y-keyboard-log-session')
      await tabTo(page, /^Log session$/, { max: 30 })
      await page.keyboard.press('Enter')
      await log.waitFor({ state: 'hidden' })
      await expect.poll(async () => (await focused(page)).name).toBe('Log session')

      // Complete the action item on its page, reached through the navigation.
      await tabTo(page, /^Action items$/)
      await page.keyboard.press('Enter')
      await page.getByRole('heading', { name: 'Action items', exact: true }).waitFor()
      expect(await page.title()).toBe('Action items · Mentor Tracker')
      await tabTo(page, /^Write the keyboard notes$/)
      await page.keyboard.press('Space')
      await expect
        .poll(async () => (await dataAfterRestart(dataFile).catch(() => null))?.actionItems?.[0]?.doneAt ?? null, {
          timeout: 10_000,
        })
        .not.toBeNull()
      // The done item leaves the list and "How did it go?" takes the focus; Escape skips it, and the focus
      // stays on the page, not lost to the window.
      await toast(page, 'Done: Write the keyboard notes').waitFor()
      await page.getByRole('listitem', { name: 'Write the keyboard notes' }).waitFor({ state: 'detached' })
      await expect.poll(async () => (await focused(page)).tag).toBe('input')
      expect((await focused(page)).name).toContain('Write the keyboard notes')
      await page.keyboard.press('Escape')
      await expect.poll(async () => (await focused(page)).tag).toBe('main')
      await screenshot(page, 'a11y-keyboard-action-done')

      // Export the PDF: Timeline, its Export PDF link, the export button.
      await tabTo(page, /^Timeline$/, { back: true })
      await page.keyboard.press('Enter')
      await page.getByRole('heading', { name: 'Timeline', exact: true }).waitFor()
      await tabTo(page, /^Export PDF$/)
      await page.keyboard.press('Enter')
      await page.getByRole('heading', { name: 'Export PDF', exact: true }).waitFor()
      await page
        .getByRole('document', { name: 'Report preview' })
        .getByText(/KEYBOARD-SESSION/)
        .waitFor()
      await tabTo(page, /^Export PDF…$/, { max: 60 })
      await page.keyboard.press('Enter')
      await toast(page, 'PDF saved').waitFor({ timeout: 60_000 })
      await screenshot(page, 'a11y-keyboard-pdf-saved')
      const saved = await hostJson<Array<{ path: string }>>(host, 'saved-files')
      expect(saved).toHaveLength(1)
      const text = execFileSync('pdftotext', [saved[0]!.path, '-'], { encoding: 'utf8' })
      expect(text).toContain('KEYBOARD-SESSION: Tab order follows the screen')
      expect(text).toContain('Keyboard Kim')
    } finally {
      await browser.close()
      await host.stop()
    }
  })

  it.each(['light', 'dark'] as const)(
    'moves a board card to another stage by keyboard, says so, and keeps the focus on it (%s)',
    async (colorScheme) => {
      const dataFile = join(await newDir(), 'mentor-tracker.json')
      const host = await startHost(dataFile)
      await invoke(host, 'mentors:create', { name: 'Ada Board', stage: 'prospect', organization: 'Analytical' })
      await invoke(host, 'mentors:create', { name: 'Grace Column', stage: 'active' })
      const browser = await openBrowser({ colorScheme })
      const { page } = browser
      try {
        await page.goto(`${host.url}#/mentors?view=board`)
        await page
          .getByRole('list', { name: 'Prospect mentors' })
          .getByRole('listitem', { name: 'Ada Board' })
          .waitFor()
        const menuButton = await tabTo(page, /^Stage: Prospect\. Change stage of Ada Board$/, { max: 60 })
        // The ring stands out from the card behind it: 3:1 at least, in both themes.
        expect(menuButton.outline).toBe('2px solid')
        const cardBackground = await page
          .getByRole('listitem', { name: 'Ada Board' })
          .evaluate((el) => getComputedStyle(el).backgroundColor)
        expect(contrast(menuButton.outlineColor, cardBackground)).toBeGreaterThanOrEqual(3)
        await screenshot(page, `a11y-keyboard-board-focus-${colorScheme}`)

        await page.keyboard.press('Enter')
        await page.getByRole('menu').waitFor()
        await tabTo(page, /^Active$/, { max: 1 }).catch(async () => {
          for (let i = 0; i < 6 && (await focused(page)).name !== 'Active'; i++) await page.keyboard.press('ArrowDown')
        })
        expect((await focused(page)).name).toBe('Active')
        await page.keyboard.press('Enter')

        await page.getByRole('list', { name: 'Active mentors' }).getByRole('listitem', { name: 'Ada Board' }).waitFor()
        await expect.poll(() => page.getByTestId('announcer').textContent()).toBe('Ada Board moved to Active.')
        expect(await page.getByTestId('announcer').getAttribute('aria-live')).toBe('polite')
        await expect.poll(async () => (await focused(page)).name).toBe('Stage: Active. Change stage of Ada Board')
        await screenshot(page, `a11y-keyboard-board-moved-${colorScheme}`)
        expect(
          (await dataAfterRestart(dataFile)).mentors.find((m: { name: string }) => m.name === 'Ada Board')?.stage,
        ).toBe('active')
      } finally {
        await browser.close()
        await host.stop()
      }
    },
  )

  it('gives the focus back to the control that opened the command palette, a confirmation and a form dialog', async () => {
    const dataFile = join(await newDir(), 'mentor-tracker.json')
    const host = await startHost(dataFile)
    await invoke(host, 'goals:create', { title: 'Speak at a conference' })
    const browser = await openBrowser()
    const { page } = browser
    try {
      await page.goto(`${host.url}#/goals`)
      await page.getByRole('heading', { name: 'Goals', exact: true }).waitFor()

      // Tab goes down the sidebar as it reads, then into the page.
      const order: string[] = []
      for (let i = 0; i < 12; i++) {
        await page.keyboard.press('Tab')
        order.push((await focused(page)).name)
      }
      expect(order[0]).toBe('Skip to main content')
      const at = (name: RegExp) => order.findIndex((n) => name.test(n))
      const sidebar = [
        /^Log session$/,
        /^Search/,
        /^Dashboard$/,
        /^Mentors$/,
        /^Timeline$/,
        /^Action items$/,
        /^Goals$/,
      ]
      const positions = sidebar.map(at)
      expect(positions.every((p) => p > 0)).toBe(true)
      expect([...positions].sort((x, y) => x - y)).toEqual(positions)

      // The command palette, opened from the search button and closed with Escape.
      const search = await tabTo(page, /^Search/, { back: true })
      await page.keyboard.press('Enter')
      await page.getByRole('dialog').waitFor()
      await page.keyboard.press('Escape')
      await page.getByRole('dialog').waitFor({ state: 'hidden' })
      await expect.poll(async () => (await focused(page)).name).toBe(search.name)

      // A delete confirmation, cancelled.
      await tabTo(page, /^Delete Speak at a conference$/)
      await page.keyboard.press('Enter')
      const confirm = page.getByRole('dialog')
      await confirm.waitFor()
      await page.keyboard.press('Escape')
      await confirm.waitFor({ state: 'hidden' })
      await expect.poll(async () => (await focused(page)).name).toBe('Delete Speak at a conference')

      // The goal form, opened from its edit button and closed unchanged.
      await tabTo(page, /^Edit Speak at a conference$/, { back: true, max: 5 })
      await page.keyboard.press('Enter')
      const form = page.getByRole('dialog', { name: 'Edit goal' })
      await form.waitFor()
      await page.keyboard.press('Escape')
      await form.waitFor({ state: 'hidden' })
      await expect.poll(async () => (await focused(page)).name).toBe('Edit Speak at a conference')
    } finally {
      await browser.close()
      await host.stop()
    }
  })
})
