// Durable changes end to end through core's handlers, with the time split into serializing, writing and the rest.
import { readFile } from 'node:fs/promises'
import type { StoreIO } from '../src/main/core/store/durable-file'
import { durableIO } from '../src/main/core/store/durable-file'
import { serialize, serializeBytes } from '../src/main/core/store/serialize'
import type { Core } from '../src/main/core/create-core'
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

/** A core on `file` with its writes timed; resolves once the search index is built (searches wait for it). */
export async function openTimedCore(file: string) {
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

/** The change of `kind` number `i`, through its handler. */
function change(core: Core, data: Database, kind: MutationKind, i: number): Promise<unknown> {
  const mentors = data.mentors.filter((m) => !m.archivedAt)
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
    case 'complete an action item': {
      const open = data.actionItems.filter((a) => !a.doneAt)
      return core.handlers['actions:setDone']({ id: open[(i * 7) % open.length]!.id, done: true }).then(ok)
    }
  }
}

export interface MutationFigures {
  figures: Record<string, Sample>
  /** The time in write-file-atomic (temp file, fsync, rename, folder fsync), every change of every kind. */
  writes: number[]
  /** What the store wrote: the file after the changes. */
  content: string
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
): Promise<MutationFigures> {
  const { core, writes, openMs, indexMs } = opened
  const figures: Record<string, Sample> = {
    [`${label}createCore: open the store, plan reminders`]: summarize([openMs]),
    [`${label}search index built in the background after open`]: summarize([indexMs]),
  }
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
  const latest = await currentData(core)
  const text = serialize(latest)
  figures[`${label}mutation, part: serialize the whole file (unchanged records reused)`] = summarize(
    await timed(runs, () => serializeBytes(latest)),
  )
  figures[`${label}mutation, part: durable write (write-file-atomic, fsync, rename, folder fsync)`] = summarize(writes)
  return { figures, writes: [...writes], content: text }
}

/** The data as the core last wrote it, read back from its file. */
async function currentData(core: Core): Promise<Database> {
  return JSON.parse(await readFile(core.status().dataFile, 'utf8')) as Database
}
