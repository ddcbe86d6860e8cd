// Searching everything through core's handler once the index is built, and planning every reminder.
import type { Core } from '../src/main/core/create-core'
import { planReminders } from '../src/main/core/reminders/plan'
import type { Database } from '../src/shared/model'
import { benchNow } from './dataset'
import type { Sample } from './stats'
import { summarize, timed } from './stats'

/** Times `runs` of each query through `search:query` (20 results, as the palette asks); the index must be built. */
export async function measureSearch(
  core: Core,
  queries: Array<{ kind: string; text: string }>,
  runs: number,
): Promise<{ figures: Record<string, Sample>; hits: Record<string, number> }> {
  const figures: Record<string, Sample> = {}
  const hits: Record<string, number> = {}
  for (const { kind, text } of queries) {
    let found = 0
    const times = await timed(runs, async () => {
      const result = await core.handlers['search:query']({ text, limit: 20 })
      if (!result.ok) throw new Error(`Search for "${text}" failed: ${result.error.message}`)
      found = result.value.length
    })
    const figure = `search: ${kind} "${text}"`
    figures[figure] = summarize(times)
    hits[figure] = found
  }
  return { figures, hits }
}

/** Times `runs` plans of every reminder from `data` at the benchmark's "now". */
export async function measureReminders(data: Database, runs: number): Promise<Record<string, Sample>> {
  const times = await timed(runs, () => planReminders(data, benchNow, 'Europe/Berlin'))
  const plan = planReminders(data, benchNow, 'Europe/Berlin')
  return {
    [`plan all reminders (${plan.due.length} due, ${plan.upcoming.length} upcoming)`]: summarize(times),
  }
}
