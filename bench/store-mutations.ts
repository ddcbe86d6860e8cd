// Durable changes end to end through core's handlers, the disk bytes a draft save costs, and the journal's own costs.
import type { StoreIO } from '../src/main/core/store/durable-file'
import { durableIO } from '../src/main/core/store/durable-file'
import { serializeBytes } from '../src/main/core/store/serialize'
import type { Core, CoreOptions } from '../src/main/core/create-core'
import type { Database } from '../src/shared/model'
import type { Result } from '../src/shared/result'
import { fixedClock, openCore } from '../test/helpers/core'
import { benchNow } from './dataset'
import type { Sample } from './stats'
import { pause, summarize, timed } from './stats'

/** The three changes the benchmark times, each a row: what a person does most. */
export const mutationKinds = ['create a note', 'update a session', 'complete an action item'] as const
export type MutationKind = (typeof mutationKinds)[number]

export const benchNoteBody = `We talked about giving feedback to my team. She suggested writing it down first, then saying it in person.

- Ask what they think went well
- Say what I saw, not what I guess
- Agree on one thing to try next week

Zoë's café idea — a monthly coffee 1:1 ☕ — worth a try.`

/** A 2 KB draft of a note being typed: what the editor saves at each pause in typing. */
const draftBody = (i: number) =>
  `${benchNoteBody}\n\n${`Draft ${i}: still typing about the café and 学习. `.repeat(40)}`.slice(0, 2_048)

/** A core on `file` with its journal appends timed; resolves once the search index is built (searches wait for it). */
export async function openTimedCore(file: string, store?: CoreOptions['store']) {
  const writes: number[] = []
  const io: StoreIO = {
    ...durableIO,
    append: async (target, content) => {
      const start = performance.now()
      await durableIO.append(target, content)
      writes.push(performance.now() - start)
    },
  }
  const started = performance.now()
  const core = await openCore('', {
    dataFile: file,
    clock: fixedClock(benchNow.toISOString()),
    watchMs: 0,
    storeIO: io,
    store,
  })
  const opened = performance.now()
  ok(await core.handlers['search:query']({ text: 'ready' }))
  const indexed = performance.now()
  return { core, writes, openMs: opened - started, indexMs: indexed - opened }
}

function ok<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(`A benchmark change failed: ${result.error.message}`)
  return result.value
}

/** The records the changes pick from, found once per dataset (outside the timings: a user's form knows its record). */
const picks = new WeakMap<Database, { mentors: Database['mentors']; open: Database['actionItems'] }>()
function picksOf(data: Database) {
  let found = picks.get(data)
  if (!found) {
    found = { mentors: data.mentors.filter((m) => !m.archivedAt), open: data.actionItems.filter((a) => !a.doneAt) }
    picks.set(data, found)
  }
  return found
}

/** The change of `kind` number `i`, through its handler. */
export function change(core: Core, data: Database, kind: MutationKind, i: number): Promise<unknown> {
  const { mentors, open } = picksOf(data)
  switch (kind) {
    case 'create a note':
      return core.handlers['notes:create']({
        mentorId: mentors[i % mentors.length]!.id,
        section: 'notes',
        title: `Benchmark note ${i}`,
        body: benchNoteBody,
      }).then(ok)
    case 'update a session':
      return core.handlers['sessions:update']({
        id: data.sessions[(i * 37) % data.sessions.length]!.id,
        changes: { whatWorked: `Writing the feedback down first worked (${i}).` },
      }).then(ok)
    case 'complete an action item':
      return core.handlers['actions:setDone']({ id: open[(i * 7) % open.length]!.id, done: true }).then(ok)
  }
}

/** A core opened by openTimedCore. */
export type TimedCore = Awaited<ReturnType<typeof openTimedCore>>

/**
 * Times `runs` changes of each kind through `opened`'s handlers (on records of `data`), one at a time with
 * `pauseMs` between them (a person does not save several times a second; the reminders re-plan meanwhile).
 */
export async function measureMutationsOn(
  opened: TimedCore,
  data: Database,
  runs: number,
  pauseMs: number,
  label = '',
): Promise<Record<string, Sample>> {
  const { core, writes, openMs, indexMs } = opened
  picksOf(data)
  const figures: Record<string, Sample> = {
    [`${label}createCore: open the store, plan reminders`]: summarize([openMs]),
    [`${label}search index built in the background after open`]: summarize([indexMs]),
  }
  // A file the app never wrote has no snapshot facts yet: its first change writes it whole, once.
  await change(core, data, 'create a note', runs)
  writes.length = 0
  for (const kind of mutationKinds) {
    const times: number[] = []
    for (let i = 0; i < runs; i++) {
      await pause(pauseMs)
      const start = performance.now()
      await change(core, data, kind, i)
      times.push(performance.now() - start)
    }
    figures[`${label}mutation: ${kind}`] = summarize(times)
  }
  figures[`${label}mutation, part: serialize the whole file at compaction (unchanged records reused)`] = summarize(
    await timed(Math.min(runs, 10), () => serializeBytes(data)),
  )
  figures[`${label}mutation, part: journal append + fdatasync`] = summarize(writes)
  return figures
}

/** Bytes this process has caused to be written to disk so far, as the kernel counts them (Linux), or null. */
async function processWriteBytes(): Promise<number | null> {
  const { readFile } = await import('node:fs/promises')
  const io = await readFile('/proc/self/io', 'utf8').catch(() => null)
  const found = io?.match(/^write_bytes:\s*(\d+)/m)
  return found ? Number(found[1]) : null
}

/** KB written to disk by each of `runs` draft saves (a 2 KB note being typed), from the OS's counters; null off Linux. */
export async function measureDraftSaves(core: Core, data: Database, runs: number, pauseMs: number) {
  const mentor = data.mentors[0]!
  const kilobytes: number[] = []
  const times: number[] = []
  for (let i = 0; i < runs; i++) {
    await pause(pauseMs)
    const before = await processWriteBytes()
    const start = performance.now()
    ok(await core.handlers['drafts:save']({ key: `note:new:${mentor.id}:notes`, values: { body: draftBody(i) } }))
    times.push(performance.now() - start)
    const after = await processWriteBytes()
    if (before === null || after === null) return null
    kilobytes.push((after - before) / 1024)
  }
  return { kilobytes: summarize(kilobytes), time: summarize(times) }
}

/** Makes `count` changes of every kind in turn, as fast as they are answered: a journal to replay. */
export async function makeChanges(core: Core, data: Database, count: number): Promise<void> {
  for (let i = 0; i < count; i++) await change(core, data, mutationKinds[i % mutationKinds.length]!, 10_000 + i)
}
