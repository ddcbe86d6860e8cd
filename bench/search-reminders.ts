// Searching everything through core's handler once the index is built, and planning every reminder.
import type { Core } from '../src/main/core/create-core'
import { planReminders } from '../src/main/core/reminders/plan'
import { SearchIndex } from '../src/main/core/search/search-index'
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

/**
 * What follows one change: the search index taking in the changed note (what core does now) beside
 * walking every note of the kind (what it did), and planning every reminder again with one record new.
 */
export async function measureChangeFollowUp(data: Database, runs: number): Promise<Record<string, Sample>> {
  const index = new SearchIndex()
  await index.build(data, Infinity)
  index.sync(data)
  planReminders(data, benchNow, 'Europe/Berlin') // Warms the per-record memo, as a running app has.
  const apply: number[] = []
  const walk: number[] = []
  const replan: number[] = []
  let current = data
  for (let i = 0; i < runs; i++) {
    const at = (i * 97) % current.notes.length
    const note = { ...current.notes[at]!, body: `${current.notes[at]!.body}\n\nEdited for the benchmark (${i}).` }
    const next: Database = { ...current, notes: current.notes.map((n, j) => (j === at ? note : n)) }
    let start = performance.now()
    index.apply({ put: { notes: [note] }, removed: {} })
    apply.push(performance.now() - start)
    const other = { ...next, notes: [...next.notes] }
    start = performance.now()
    index.sync(other)
    walk.push(performance.now() - start)
    start = performance.now()
    planReminders(next, benchNow, 'Europe/Berlin')
    replan.push(performance.now() - start)
    current = next
  }
  return {
    'after a change: search index takes in the changed note': summarize(apply),
    'after a change, before: search index walks every note of the kind': summarize(walk),
    'after a change: plan all reminders again (off the path the answer waits for)': summarize(replan),
  }
}
