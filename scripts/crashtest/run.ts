// The crash test: npx tsx scripts/crashtest/run.ts --runs 200 [--seed <n>] [--keep]
// Exits non-zero, with the details, when any run finds a damaged file or a lost acknowledged write.
import { parseArgs } from 'node:util'
import { runCrashTest, summarize } from './crash-test'

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '200' },
    seed: { type: 'string' },
    keep: { type: 'boolean', default: false },
  },
})
const runs = Number(values.runs)
const seed = values.seed ? Number(values.seed) : Math.floor(Math.random() * 2 ** 31)
if (!Number.isInteger(runs) || runs < 1 || !Number.isFinite(seed)) {
  console.error('Usage: tsx scripts/crashtest/run.ts --runs <n> [--seed <n>] [--keep]')
  process.exit(2)
}

console.log(`Crash test: ${runs} runs, seed ${seed} (repeat the workload with --seed ${seed})`)
const result = await runCrashTest({
  runs,
  seed,
  keep: values.keep,
  onRun: (run) => {
    if (run.problems.length > 0) console.log(`run ${run.run} FAILED:\n  ${run.problems.join('\n  ')}`)
    else if (run.run % 10 === 0 || run.run === runs) {
      console.log(`run ${run.run}: ${run.acknowledged} writes acknowledged, ${run.inFlight} in flight at the kill`)
    }
  },
})
console.log(summarize(result))
process.exitCode = result.failures.length === 0 ? 0 : 1
