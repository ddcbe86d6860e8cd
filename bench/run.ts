// `npm run bench`: prints figures and writes them to bench/results/. Never fails on time.
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { cpus, tmpdir } from 'node:os'
import { join } from 'node:path'
import { ensureBuilt } from '../test/web-host/build'
import { measureReport } from './report-pdf'
import { measureRoster } from './roster-browser'
import { measureTimeline } from './timeline-browser'
import type { Sample } from './stats'

const dir = await mkdtemp(join(tmpdir(), 'mentor-tracker-bench-'))
const results: Record<string, Sample> = {}
try {
  await ensureBuilt()
  Object.assign(results, await measureRoster(dir, 500))
  Object.assign(results, await measureTimeline(dir, 5_000))
  Object.assign(results, await measureReport(dir, 1_000))
} finally {
  await rm(dir, { recursive: true, force: true })
}

const rows = Object.entries(results).map(([name, s]) => ({
  figure: name,
  n: s.count,
  'median ms': s.median.toFixed(1),
  'p95 ms': s.p95.toFixed(1),
  'max ms': s.max.toFixed(1),
}))
console.table(rows)
const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}, Node ${process.version}`
console.log(`Machine: ${machine}`)
const stamp = new Date().toISOString().replace(/[:.]/g, '-')
await writeFile(
  join(import.meta.dirname, 'results', `${stamp}.json`),
  `${JSON.stringify({ machine, results }, null, 2)}\n`,
)
