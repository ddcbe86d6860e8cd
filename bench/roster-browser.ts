// The roster with many mentors in Chromium through the web host: time to first rows, filter latency, long tasks.
import type { Database } from '../src/shared/model'
import { takeLongTasks, timeToReady, withAppOn } from './browser-page'
import type { Sample } from './stats'
import { summarize } from './stats'

/** Measures the roster page of `data`; `dir` receives the data file. */
export async function measureRoster(dir: string, data: Database, runs = 5): Promise<Record<string, Sample>> {
  const mentors = data.mentors.length
  return withAppOn(dir, data, async (page, url) => {
    const firstRows = await timeToReady(
      page,
      `${url}#/mentors`,
      () => page.getByRole('list', { name: 'Mentors' }).getByRole('listitem').first().waitFor(),
      runs,
    )
    const openLongTasks = await takeLongTasks(page)

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
    const filterLongTasks = await takeLongTasks(page)

    // Scroll the whole list and note any long task.
    await page.evaluate(async () => {
      const scroller = document.querySelector('[role="list"][aria-label="Mentors"]')!.parentElement!
      for (let y = 0; y < scroller.scrollHeight; y += 400) {
        scroller.scrollTop = y
        await new Promise((r) => requestAnimationFrame(r))
      }
    })
    const scrollLongTasks = await takeLongTasks(page)

    return {
      [`roster ${mentors}: first rows visible (navigation to rows)`]: summarize(firstRows),
      [`roster ${mentors}: filter, input to painted result`]: summarize(filterTimes),
      [`roster ${mentors}: long tasks while opening`]: summarize(openLongTasks, openLongTasks.length),
      [`roster ${mentors}: long tasks while filtering`]: summarize(filterLongTasks, filterLongTasks.length),
      [`roster ${mentors}: long tasks while scrolling`]: summarize(scrollLongTasks, scrollLongTasks.length),
    }
  })
}
