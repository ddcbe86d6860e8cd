// The crash test's child: opens core on a data file and writes until it is killed, one stdout line per
// acknowledged write. Usage: node --import tsx scripts/crashtest/writer.ts --data <file> --seed <n>
import { writeSync } from 'node:fs'
import { parseArgs } from 'node:util'
import type { Core } from '../../src/main/core/create-core'
import { createCore } from '../../src/main/core/create-core'
import type { Logger } from '../../src/main/core/log'
import type { TrackedKind, WriterLine } from './records'
import { contentOf } from './records'
import type { Known } from './operations'
import { ORPHANS, pickWeighted, possibleOps, valueOf } from './operations'
import { randomSource } from './workload'

/** One line to stdout, written synchronously so it is out before the next write starts. */
function emit(line: WriterLine): void {
  const bytes = Buffer.from(`${JSON.stringify(line)}\n`)
  let offset = 0
  while (offset < bytes.length) {
    try {
      offset += writeSync(1, bytes, offset)
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EAGAIN') throw error
    }
  }
}

const stderrLogger: Logger = {
  info: () => {},
  warn: (message) => process.stderr.write(`[core] ${message}\n`),
  error: (message, detail) => process.stderr.write(`[core] ${message} ${String(detail)}\n`),
}

/** The journal's size that starts a compaction: a few dozen writes. */
const COMPACT_AT_BYTES = 48 * 1024

/** Learns every record already in the file, so this run updates and deletes what earlier runs wrote. */
async function discover(core: Core): Promise<Map<string, Known>> {
  const known = new Map<string, Known>()
  const add = (kind: TrackedKind, record: { id: string; mentorId?: string | null }, sessionId: string | null) =>
    known.set(`${kind}:${record.id}`, {
      kind,
      id: record.id,
      lane: kind === 'mentors' ? record.id : (record.mentorId ?? ORPHANS),
      content: contentOf(kind, record as never),
      sessionId,
    })
  const mentors = valueOf(await core.handlers['mentors:list']({ includeArchived: true }))
  for (const mentor of mentors) add('mentors', mentor, null)
  for (const mentorId of [...mentors.map((m) => m.id), null]) {
    for (const note of valueOf(await core.handlers['notes:list']({ mentorId }))) add('notes', note, null)
  }
  for (const summary of valueOf(await core.handlers['sessions:timeline']({}))) {
    const detail = valueOf(await core.handlers['sessions:get']({ id: summary.id }))
    add('sessions', detail.session, null)
  }
  for (const item of valueOf(await core.handlers['actions:list']({}))) add('actionItems', item, item.sessionId)
  return known
}

/** Writes until killed: `concurrency` writes in flight, never two on one mentor's records. */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      data: { type: 'string' },
      seed: { type: 'string', default: '1' },
      // A broken writer for the crash test's own test: it acknowledges updates and deletes before they are durable.
      'ack-before-durable': { type: 'boolean', default: false },
    },
  })
  const lie = values['ack-before-durable']
  if (!values.data) throw new Error('Usage: writer.ts --data <file> --seed <n>')
  const random = randomSource(Number(values.seed))
  emit({ t: 'opening' })
  // A small journal, so compactions come often and kills land in them and between their steps.
  const store = { compactAtBytes: COMPACT_AT_BYTES, trace: (step: string) => emit({ t: 'store', step }) }
  const core = await createCore({ dataFile: values.data, ports: { log: stderrLogger }, store })
  const status = core.status()
  if (status.mode !== 'ok' && status.mode !== 'new') throw new Error(`The data file opened as ${status.mode}`)
  const known = await discover(core)
  // Searches wait for the index core builds after opening: ready means started, so kills land among writes.
  valueOf(await core.handlers['search:query']({ text: 'mentor' }))
  const busy = new Set<string>()
  const concurrency = random.int(1, 4)
  let nextOp = 0
  emit({ t: 'ready', records: known.size, concurrency })

  // The parent kills this process; the timer only ends a writer left behind.
  setTimeout(() => process.exit(3), 120_000).unref()
  const worker = async () => {
    for (;;) {
      const op = pickWeighted(possibleOps(core, known, busy, random), random)
      if (!op) {
        await new Promise((resolve) => setTimeout(resolve, 1))
        continue
      }
      const id = nextOp++
      busy.add(op.lane)
      const write = op.plan()
      emit({ t: 'begin', op: id, channel: write.channel, may: write.may, creates: write.creates })
      const early = lie && Object.keys(write.creates).length === 0
      if (early) {
        emit({ t: 'ack', op: id, effects: write.may })
        await new Promise((resolve) => setTimeout(resolve, 30))
      }
      try {
        const effects = await write.run()
        if (!early) emit({ t: 'ack', op: id, effects })
      } catch (error) {
        emit({ t: 'fail', op: id, channel: write.channel, message: (error as Error).message })
      } finally {
        busy.delete(op.lane)
      }
    }
  }
  await Promise.all(Array.from({ length: concurrency }, worker))
}

main().catch((error: unknown) => {
  process.stderr.write(`writer: ${(error as Error).stack ?? String(error)}\n`)
  process.exit(1)
})
