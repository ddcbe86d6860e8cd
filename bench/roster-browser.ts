// The roster with many mentors in Chromium through the web host: time to first rows, filter latency, long tasks.
import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { generateDataset } from '../test/helpers/fake-data'
import { openBrowser, startHost } from '../test/browser/support'
import type { Sample } from './stats'
import { summarize } from './stats'

declare global {
  interface Window {
    __longTasks: number[]
  }
}

/** Measures the roster page with `mentors` mentors; `dir` receives the data file. */
export async function measureRoster(dir: string, mentors: number, runs = 5): Promise<Record<string, Sample>> {
  const dataFile = join(dir, 'roster.json')
  await writeFile(
    dataFile,
    JSON.stringify(
      generateDataset(
        { mentors, sessions: mentors * 10, notes: mentors * 20, actionItems: mentors * 10, goals: 20 },
        3,
      ),
    ),
  )
  const host = await startHost(dataFile)
  const browser = await openBrowser()
  const { page } = browser
  page.on('console', (m) => process.env.BENCH_DEBUG && console.log(m.text()))
  try {
    // tsx keeps function names with a __name helper the page does not have.
    await page.addInitScript({ content: 'globalThis.__name = (fn) => fn' })
    await page.addInitScript(() => {
      window.__longTasks = []
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) window.__longTasks.push(entry.duration)
      }).observe({ type: 'longtask', buffered: true })
    })
    const firstRows: number[] = []
    for (let run = 0; run < runs; run++) {
      await page.goto('about:blank')
      const start = Date.now()
      await page.goto(`${host.url}#/mentors`)
      await page.getByRole('list', { name: 'Mentors' }).getByRole('listitem').first().waitFor()
      firstRows.push(Date.now() - start)
    }
    const openLongTasks = await page.evaluate(() => window.__longTasks.splice(0))

    // Each query typed into the search box, timed in the page from input to the next paint of the new list.
    const filterTimes = await page.evaluate(async () => {
      const input = document.querySelector<HTMLInputElement>('input[aria-label="Search mentors"]')!
      const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!
      const queries = ['a', 'an', 'ann', 'anna', '', 'z', 'zo', '', 'li', '李', '', 'sys', 'system', '']
      const times: number[] = []
      /** True once the list shows `query`'s result; no list means "No mentors match" is shown. */
      const shows = (query: string) => {
        const list = document.querySelector<HTMLElement>('[data-filter]')
        return list ? (list.dataset.filter ?? '').startsWith(`${query}|`) : true
      }
      for (const query of queries) {
        const start = performance.now()
        setValue.call(input, query)
        input.dispatchEvent(new Event('input', { bubbles: true }))
        // Observed, not polled (timers may be throttled); then the frame that paints it.
        await new Promise<void>((resolve) => {
          if (shows(query)) return resolve()
          const observer = new MutationObserver(() => {
            if (!shows(query)) return
            observer.disconnect()
            resolve()
          })
          observer.observe(document.body, {
            subtree: true,
            childList: true,
            attributes: true,
            attributeFilter: ['data-filter'],
          })
        })
        await new Promise((r) => requestAnimationFrame(r))
        times.push(performance.now() - start)
        console.log(`filter "${query}": ${(performance.now() - start).toFixed(1)} ms`)
      }
      return times
    })
    const filterLongTasks = await page.evaluate(() => window.__longTasks.splice(0))

    // Scroll the whole list and note any long task.
    await page.evaluate(async () => {
      const scroller = document.querySelector('[role="list"][aria-label="Mentors"]')!.parentElement!
      for (let y = 0; y < scroller.scrollHeight; y += 400) {
        scroller.scrollTop = y
        await new Promise((r) => requestAnimationFrame(r))
      }
    })
    const scrollLongTasks = await page.evaluate(() => window.__longTasks.splice(0))

    return {
      [`roster ${mentors}: first rows visible (navigation to rows)`]: summarize(firstRows),
      [`roster ${mentors}: filter, input to painted result`]: summarize(filterTimes),
      [`roster ${mentors}: long tasks while opening`]: summarize(openLongTasks, openLongTasks.length),
      [`roster ${mentors}: long tasks while filtering`]: summarize(filterLongTasks, filterLongTasks.length),
      [`roster ${mentors}: long tasks while scrolling`]: summarize(scrollLongTasks, scrollLongTasks.length),
    }
  } finally {
    await browser.close()
    await host.stop()
  }
}
