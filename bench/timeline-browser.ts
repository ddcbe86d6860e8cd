// The timeline with thousands of sessions in Chromium through the web host: first screen and scrolling.
import type { Database } from '../src/shared/model'
import { takeLongTasks, timeToReady, withAppOn } from './browser-page'
import type { Sample } from './stats'
import { summarize } from './stats'

/** Measures the timeline of `data`'s sessions; `dir` receives the data file. */
export async function measureTimeline(dir: string, data: Database, runs = 5): Promise<Record<string, Sample>> {
  const sessions = data.sessions.length
  return withAppOn(dir, data, async (page, url) => {
    const firstCards = await timeToReady(
      page,
      `${url}#/timeline`,
      () => page.getByRole('article').first().waitFor(),
      runs,
    )
    const openLongTasks = await takeLongTasks(page)
    // Scroll the whole page, a screen at a time, one frame per step.
    const frames = await page.evaluate(async () => {
      const times: number[] = []
      for (let y = 0; y < document.documentElement.scrollHeight; y += window.innerHeight * 0.8) {
        const start = performance.now()
        window.scrollTo(0, y)
        await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))
        times.push(performance.now() - start)
      }
      return times
    })
    const scrollLongTasks = await takeLongTasks(page)
    return {
      [`timeline ${sessions}: navigation to first cards visible`]: summarize(firstCards),
      [`timeline ${sessions}: long tasks while opening`]: summarize(openLongTasks, openLongTasks.length),
      [`timeline ${sessions}: scroll step, scroll to painted (${frames.length} steps)`]: summarize(frames),
      [`timeline ${sessions}: long tasks while scrolling`]: summarize(scrollLongTasks, scrollLongTasks.length),
    }
  })
}
