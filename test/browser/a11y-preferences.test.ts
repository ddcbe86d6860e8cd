import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { afterEach, describe, expect, it } from 'vitest'
import { tempDirs } from '../helpers/temp'
import type { RunningHost } from './support'
import { artifactsDir, invoke, openBrowser, screenshot, startHost, stopAllHosts } from './support'

const newDir = tempDirs()
afterEach(stopAllHosts)

/** The screens a user spends their time on, with the sample data loaded. */
async function keyScreens(host: RunningHost): Promise<Array<{ name: string; hash: string; heading: RegExp }>> {
  const mentors = await invoke<Array<{ id: string; name: string }>>(host, 'mentors:list', {})
  const mentor = mentors[0]!
  return [
    { name: 'dashboard', hash: '#/', heading: /^Good (morning|afternoon|evening)/ },
    { name: 'mentors', hash: '#/mentors', heading: /^Mentors$/ },
    { name: 'mentor', hash: `#/mentors/${mentor.id}`, heading: new RegExp(`^${mentor.name}$`) },
    { name: 'timeline', hash: '#/timeline', heading: /^Timeline$/ },
    { name: 'actions', hash: '#/actions', heading: /^Action items$/ },
    { name: 'goals', hash: '#/goals', heading: /^Goals$/ },
    { name: 'settings', hash: '#/settings', heading: /^Settings$/ },
  ]
}

interface LayoutProblem {
  kind: 'clipped' | 'overlap' | 'sideways'
  text: string
  other?: string
}

/**
 * Text a user cannot read whole: an element whose own text is cut by its box (scrollWidth beyond clientWidth
 * with overflow hidden, unless it ends in an ellipsis on purpose and keeps the full text in a title or label),
 * and two pieces of text drawn over each other (their boxes overlap by more than 2 px each way).
 */
function layoutProblems(page: Page): Promise<LayoutProblem[]> {
  return page.evaluate(() => {
    const problems: LayoutProblem[] = []
    const visible = (el: Element) => {
      const style = getComputedStyle(el)
      const rect = el.getBoundingClientRect()
      return style.visibility !== 'hidden' && rect.width > 2 && rect.height > 2 && !el.closest('[aria-hidden="true"]')
    }
    const ownText = (el: Element) =>
      [...el.childNodes]
        .filter((n) => n.nodeType === Node.TEXT_NODE)
        .map((n) => n.textContent ?? '')
        .join('')
        .trim()
    // Visually hidden text (for screen readers) is clipped by design.
    const hiddenByDesign = (el: Element) =>
      !!el.closest('.mantine-VisuallyHidden-root, [data-testid="announcer"], .app-skip-link, svg, .recharts-wrapper')
    const texts = [...document.querySelectorAll('body *')].filter(
      (el) => ownText(el) !== '' && visible(el) && !hiddenByDesign(el),
    )
    // Text pushed past the edge of a box that hides its overflow (a button row wider than its card), unless an
    // ellipsis on the way marks the cut as meant.
    const cutByAncestor = (el: Element) => {
      // The element's own text only: a visually hidden child (a date for screen readers) sits elsewhere on purpose.
      const boxes = [...el.childNodes]
        .filter((n) => n.nodeType === Node.TEXT_NODE && (n.textContent ?? '').trim() !== '')
        .flatMap((n) => {
          const range = document.createRange()
          range.selectNodeContents(n)
          return [...range.getClientRects()]
        })
      if (boxes.length === 0) return false
      const text = { left: Math.min(...boxes.map((b) => b.left)), right: Math.max(...boxes.map((b) => b.right)) }
      for (let at = el.parentElement; at && at !== document.body; at = at.parentElement) {
        const style = getComputedStyle(at)
        if (style.textOverflow === 'ellipsis' || style.webkitLineClamp !== 'none') return false
        // Past a scrolling box the text is reached by scrolling (a wide table scrolls sideways).
        if (['auto', 'scroll'].includes(style.overflowX)) return false
        if (!['hidden', 'clip'].includes(style.overflowX)) continue
        const box = at.getBoundingClientRect()
        if (text.right > box.right + 2 || text.left < box.left - 2) return true
      }
      return false
    }
    for (const el of texts) {
      const style = getComputedStyle(el)
      const clipsX = ['hidden', 'clip'].includes(style.overflowX)
      const clipsY = ['hidden', 'clip'].includes(style.overflowY)
      const html = el as HTMLElement
      const intended =
        (style.textOverflow === 'ellipsis' || style.webkitLineClamp !== 'none') &&
        !!(el.closest('[title]') || el.closest('[aria-label]'))
      if (
        !intended &&
        ((clipsX && html.scrollWidth > html.clientWidth + 1) || (clipsY && html.scrollHeight > html.clientHeight + 2))
      )
        problems.push({ kind: 'clipped', text: ownText(el).slice(0, 60) })
      else if (!intended && cutByAncestor(el)) problems.push({ kind: 'clipped', text: ownText(el).slice(0, 60) })
    }
    const clipOf = (el: Element) => {
      const clip = { left: -Infinity, right: Infinity, top: -Infinity, bottom: Infinity }
      for (let at: Element | null = el; at && at !== document.body; at = at.parentElement) {
        const style = getComputedStyle(at)
        const box = at.getBoundingClientRect()
        if (style.overflowX !== 'visible') {
          clip.left = Math.max(clip.left, box.left)
          clip.right = Math.min(clip.right, box.right)
        }
        if (style.overflowY !== 'visible') {
          clip.top = Math.max(clip.top, box.top)
          clip.bottom = Math.min(clip.bottom, box.bottom)
        }
      }
      return clip
    }
    // Each line box of an element's own text (a wrapped name has two), so words side by side on a line are not mistaken.
    const lines = texts.map((el) => ({
      el,
      rects: [...el.childNodes]
        .filter((n) => n.nodeType === Node.TEXT_NODE && (n.textContent ?? '').trim() !== '')
        .flatMap((n) => {
          const range = document.createRange()
          range.selectNodeContents(n)
          // What is drawn, not what overflows: a box that clips (an ellipsis) cuts its text's line boxes.
          const clip = clipOf(el)
          return [...range.getClientRects()]
            .map((r) => {
              const left = Math.max(r.left, clip.left)
              const top = Math.max(r.top, clip.top)
              return new DOMRect(left, top, Math.min(r.right, clip.right) - left, Math.min(r.bottom, clip.bottom) - top)
            })
            .filter((r) => r.width > 1 && r.height > 1)
        }),
    }))
    // Text in a popover or a toast sits above the page on purpose.
    const layer = (el: Element) => el.closest('[data-portal], .mantine-Notifications-root')
    for (let i = 0; i < lines.length; i++) {
      for (let j = i + 1; j < lines.length; j++) {
        const a = lines[i]!
        const b = lines[j]!
        if (a.el.contains(b.el) || b.el.contains(a.el) || layer(a.el) !== layer(b.el)) continue
        const overlaps = a.rects.some((ra) =>
          b.rects.some((rb) => {
            const x = Math.min(ra.right, rb.right) - Math.max(ra.left, rb.left)
            const y = Math.min(ra.bottom, rb.bottom) - Math.max(ra.top, rb.top)
            return x > 2 && y > 2
          }),
        )
        if (overlaps)
          problems.push({ kind: 'overlap', text: ownText(a.el).slice(0, 40), other: ownText(b.el).slice(0, 40) })
      }
    }
    // Reflow (WCAG 1.4.10): the page never scrolls sideways, nor does a list's rows under their header.
    const root = document.documentElement
    if (root.scrollWidth > root.clientWidth + 1) {
      problems.push({
        kind: 'sideways',
        text: `the page is ${root.scrollWidth - root.clientWidth}px wider than the window`,
      })
    }
    for (const list of document.querySelectorAll('main [role="list"]')) {
      for (const box of [list, list.parentElement]) {
        if (!box || !['auto', 'scroll'].includes(getComputedStyle(box).overflowX)) continue
        if (box.scrollWidth > box.clientWidth + 1) {
          problems.push({
            kind: 'sideways',
            text: `the list ${list.getAttribute('aria-label') ?? ''} scrolls sideways`,
          })
        }
      }
    }
    return problems
  })
}

describe('web host: the system preferences', () => {
  it('turns transitions and animations off for reduced motion, and keeps every control visible in forced colors', async () => {
    const host = await startHost(join(await newDir(), 'mentor-tracker.json'))
    await invoke(host, 'sample:load')
    for (const colorScheme of ['light', 'dark'] as const) {
      const browser = await openBrowser({ colorScheme })
      const { page } = browser
      try {
        await page.emulateMedia({ reducedMotion: 'reduce', forcedColors: 'active' })
        await page.goto(`${host.url}#/mentors`)
        await page.getByRole('heading', { name: 'Mentors', exact: true }).waitFor()
        expect(await page.evaluate(() => matchMedia('(forced-colors: active)').matches)).toBe(true)

        const motion = await page.evaluate(() =>
          [...document.querySelectorAll('.mantine-NavLink-root, .mantine-Button-root, .mantine-Input-input')].map(
            (el) => {
              const style = getComputedStyle(el)
              return { transition: style.transitionDuration, animation: style.animationDuration }
            },
          ),
        )
        expect(motion.length).toBeGreaterThan(5)
        for (const m of motion) {
          expect(m.transition.split(',').every((d) => d.trim() === '0s')).toBe(true)
          expect(m.animation.split(',').every((d) => d.trim() === '0s')).toBe(true)
        }

        // Buttons, fields, cards and badges keep a visible border once the system takes the colours over.
        // The roster's rows come with its data, after the heading: measure once they are there.
        await page.locator('main .mantine-Badge-root').nth(5).waitFor()
        const borders = await page.evaluate(() =>
          [
            ...document.querySelectorAll(
              'main .mantine-Button-root, main .mantine-ActionIcon-root, main .mantine-Input-input, .mantine-Badge-root, main .mantine-SegmentedControl-root',
            ),
          ].map((el) => {
            const style = getComputedStyle(el)
            return {
              what: `${el.className.split(' ').find((c) => c.startsWith('mantine-')) ?? el.tagName}: ${el.textContent?.slice(0, 30) ?? ''}`,
              width: parseFloat(style.borderTopWidth),
              style: style.borderTopStyle,
              color: style.borderTopColor,
              background: style.backgroundColor,
            }
          }),
        )
        expect(borders.length).toBeGreaterThan(5)
        const invisible = borders.filter(
          (b) => b.width < 1 || b.style === 'none' || b.color === 'rgba(0, 0, 0, 0)' || b.color === b.background,
        )
        expect(invisible).toEqual([])
        await screenshot(page, `a11y-forced-colors-mentors-${colorScheme}`)

        // A dialog opens at once, with no fade, and shows its fields' borders.
        await page.getByRole('button', { name: 'Log session' }).first().press('Enter')
        const dialog = page.getByRole('dialog', { name: 'Log a session' })
        await dialog.waitFor()
        const opacity = await dialog.evaluate(
          (el) => getComputedStyle(el.closest('.mantine-Modal-content') ?? el).opacity,
        )
        expect(opacity).toBe('1')
        await screenshot(page, `a11y-forced-colors-dialog-${colorScheme}`)
        await page.keyboard.press('Escape')
        await dialog.waitFor({ state: 'hidden' })

        await page.goto(`${host.url}#/`)
        await page.getByRole('heading', { name: 'Sessions per month' }).waitFor()
        await screenshot(page, `a11y-forced-colors-dashboard-${colorScheme}`)
        await page.goto(`${host.url}#/actions`)
        await page.getByRole('heading', { name: 'Action items', exact: true }).waitFor()
        await screenshot(page, `a11y-forced-colors-actions-${colorScheme}`)
      } finally {
        await browser.close()
      }
    }
    await host.stop()
  })

  it.each(['light', 'dark'] as const)(
    'at 200 per cent zoom no text is clipped or drawn over other text, and nothing scrolls sideways, on the key screens (%s)',
    async (colorScheme) => {
      const host = await startHost(join(await newDir(), 'mentor-tracker.json'))
      await invoke(host, 'sample:load')
      const screens = await keyScreens(host)
      const browser = await openBrowser({ colorScheme, zoom200: true })
      const { page } = browser
      try {
        const found: Record<string, LayoutProblem[]> = {}
        for (const screen of screens) {
          await page.goto(`${host.url}${screen.hash}`)
          await page.getByRole('heading', { level: 1, name: screen.heading }).waitFor({ state: 'attached' })
          await page.waitForLoadState('networkidle')
          await page.waitForTimeout(400)
          // The whole page, scrolled: at 200% most of it is below the fold.
          await page.screenshot({
            path: join(artifactsDir, `a11y-zoom200-${screen.name}-${colorScheme}.png`),
            fullPage: true,
          })
          const problems = await layoutProblems(page)
          if (problems.length > 0) found[screen.name] = problems
        }
        // The list is kept beside the screenshots, to read with them when this fails.
        await writeFile(join(artifactsDir, `a11y-zoom200-problems-${colorScheme}.json`), JSON.stringify(found, null, 2))
        expect(found).toEqual({})
      } finally {
        await browser.close()
        await host.stop()
      }
    },
  )
})
