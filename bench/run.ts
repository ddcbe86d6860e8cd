// `npm run bench`: prints the table and writes it as JSON to bench/results/. Never fails on time.
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { cpus, tmpdir, totalmem } from 'node:os'
import { join } from 'node:path'
import { ensureBuilt } from '../test/web-host/build'
import { defaultOptions, runBenchmark } from './benchmark'
import { formatTable } from './table'

const started = performance.now()
const dir = await mkdtemp(join(tmpdir(), 'mentor-tracker-bench-'))
const options = defaultOptions(dir)
let result
try {
  await ensureBuilt()
  result = await runBenchmark(options)
} finally {
  await rm(dir, { recursive: true, force: true })
}

const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}, ${Math.round(totalmem() / 2 ** 30)} GB, Node ${process.version}, ${process.platform}`
const minutes = (performance.now() - started) / 60_000
console.log('')
console.log(formatTable(result))
console.log(`\nMachine: ${machine}. The whole run took ${minutes.toFixed(1)} minutes.`)
const stamp = new Date().toISOString().replace(/[:.]/g, '-')
const file = join(import.meta.dirname, 'results', `${stamp}.json`)
await writeFile(file, `${JSON.stringify({ machine, minutes, ...result }, null, 2)}\n`)
console.log(`Written to ${file}`)
