// Opening a page of the app in Chromium through the web host, with long tasks recorded.
import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import type { Database } from '../src/shared/model'
import { invoke, openBrowser, startHost } from '../test/browser/support'

declare global {
  interface Window {
    __longTasks: number[]
  }
}

/** Runs `measure` against the app on a data file holding `data`, then stops the host and the browser. */
export async function withAppOn<T>(
  dir: string,
  data: Database,
  measure: (page: Page, url: string) => Promise<T>,
): Promise<T> {
  const dataFile = join(dir, `bench-${Date.now()}.json`)
  await writeFile(dataFile, JSON.stringify(data))
  const host = await startHost(dataFile)
  // Measured once start-up is over: the search index is built in the background in the first seconds
  // after start (a search waits for it), and slows answers while it is.
  await invoke(host, 'search:query', { text: 'ready' })
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
    return await measure(page, host.url)
  } finally {
    await browser.close()
    await host.stop()
  }
}

/** The long tasks recorded since the last call, in milliseconds. */
export const takeLongTasks = (page: Page) => page.evaluate(() => window.__longTasks.splice(0))

/** Milliseconds from navigating to `url` until `ready` resolves, over `runs` fresh loads. */
export async function timeToReady(
  page: Page,
  url: string,
  ready: () => Promise<unknown>,
  runs: number,
): Promise<number[]> {
  const times: number[] = []
  for (let run = 0; run < runs; run++) {
    await page.goto('about:blank')
    const start = Date.now()
    await page.goto(url)
    await ready()
    times.push(Date.now() - start)
  }
  return times
}
