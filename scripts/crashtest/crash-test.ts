// Kills a writing core with SIGKILL at random moments and checks after each kill that nothing acknowledged was lost.
import { spawn } from 'node:child_process'
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { basename, dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { systemClock } from '../../src/main/core/clock'
import type { Logger } from '../../src/main/core/log'
import type { WriterLine } from './records'
import { backupDirOf } from '../../src/main/core/store/backups'
import { readJournal } from '../../src/main/core/store/journal-file'
import { parseDataFile } from '../../src/main/core/store/parse-data-file'
import { journalPathOf } from '../../src/main/core/store/snapshot'
import { Store } from '../../src/main/core/store/store'
import { checkRun, parseLines } from './check-run'
import { snapshotOf } from './records'
import { randomSource } from './workload'

const here = dirname(fileURLToPath(import.meta.url))
const writerScript = join(here, 'writer.ts')
const projectRoot = resolve(here, '../..')

export interface CrashTestOptions {
  runs: number
  seed: number
  /** How long the writer runs after it is ready, before the kill: a random time in this range, ms. */
  killAfterMs?: [number, number]
  /** The share of runs killed during start-up instead (a random 0 to 80 ms after it starts opening the file). */
  startUpShare?: number
  /** Extra arguments for the writer (the crash test's own test passes a broken writer's flag). */
  writerArgs?: string[]
  /** Keep the data folder afterwards (it is always kept when a run fails). */
  keep?: boolean
  /** Told after each run. */
  onRun?(run: RunReport): void
}

/** What one run did and found. */
export interface RunReport {
  run: number
  phase: KillPhase
  acknowledged: number
  inFlight: number
  /** Temporary files the kill left beside the data file (a kill in the middle of a write). */
  tempFiles: number
  problems: string[]
}

export interface CrashTestResult {
  runs: number
  passed: number
  acknowledged: number
  verified: number
  /** Runs whose kill left a temporary file: the kill landed while a write was under way. */
  killedMidWrite: number
  /** Runs killed with a write begun and not yet acknowledged. */
  killedInFlight: number
  /** Runs killed while the writer opened the data file. */
  killedInStartUp: number
  /** Runs killed while a journal line was being appended and flushed (or that cut one short). */
  killedDuringAppend: number
  /** Runs killed while a compaction wrote the new snapshot. */
  killedDuringCompaction: number
  /** Runs killed after a compaction's snapshot was durable and before its journal was replaced. */
  killedBetweenCompactionSteps: number
  failures: RunReport[]
  dir: string
  elapsedMs: number
}

/** Where in the writer's life the kill lands: while it opens the file, or while it writes. */
export type KillPhase = 'start-up' | 'writing'

/** Starts the writer, waits until it is opening or ready, lets it go on for `delayMs`, then kills it; its stdout and stderr. */
async function writeAndKill(
  args: string[],
  phase: KillPhase,
  delayMs: number,
): Promise<{ stdout: string; stderr: string; killed: boolean }> {
  const child = spawn(process.execPath, ['--import', 'tsx', writerScript, ...args], {
    cwd: projectRoot,
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let stdout = ''
  let stderr = ''
  let killed = false
  let timer: NodeJS.Timeout | undefined
  const readyTimeout = setTimeout(() => child.kill('SIGKILL'), 60_000)
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
    if (!timer && (stdout + chunk).includes(phase === 'writing' ? '"t":"ready"' : '"t":"opening"')) {
      clearTimeout(readyTimeout)
      timer = setTimeout(() => {
        killed = child.kill('SIGKILL')
      }, delayMs)
    }
    stdout += chunk
  })
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk))
  await new Promise<void>((done) => child.on('close', () => done()))
  clearTimeout(readyTimeout)
  clearTimeout(timer)
  return { stdout, stderr, killed: killed && child.signalCode === 'SIGKILL' }
}

/** Files in `dir` whose names match `pattern`, or none when it does not exist. */
const namesIn = async (dir: string, pattern: RegExp) =>
  (await readdir(dir).catch(() => [] as string[])).filter((name) => pattern.test(name))

const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** Where the last compaction stood when the writer died, from the store's steps it printed. */
function compactionAtKill(lines: readonly WriterLine[]): 'writing the snapshot' | 'between its steps' | null {
  const steps = lines.flatMap((line) => (line.t === 'store' && line.step.startsWith('compaction') ? [line.step] : []))
  const last = steps.at(-1)
  return last === 'compaction-begin'
    ? 'writing the snapshot'
    : last === 'compaction-snapshot-durable'
      ? 'between its steps'
      : null
}

/** Temporary files a kill can leave: write-file-atomic's (`<name>.<digits>`) and half-copied backups (`.partial`). */
async function tempNames(dataFile: string): Promise<string[]> {
  const backups = backupDirOf(dataFile)
  return [
    ...(await namesIn(dirname(dataFile), new RegExp(`^${escaped(basename(dataFile))}\\.\\d+$`))),
    ...(await namesIn(dirname(dataFile), new RegExp(`^${escaped(basename(journalPathOf(dataFile)))}\\.\\d+$`))),
    ...(await namesIn(backups, /\.(json|journal)\.(\d+|partial)$/)).map((name) => join(basename(backups), name)),
  ]
}

/** Runs the crash test; the data file carries over from run to run, so every run also re-checks all earlier ones. */
export async function runCrashTest(options: CrashTestOptions): Promise<CrashTestResult> {
  const started = Date.now()
  const random = randomSource(options.seed)
  const [minDelay, maxDelay] = options.killAfterMs ?? [10, 350]
  const dir = await mkdtemp(join(tmpdir(), 'mentor-tracker-crashtest-'))
  const dataFile = join(dir, 'mentor-tracker.json')
  let before = new Map<string, string>()
  let gone = new Set<string>()
  let fileExisted = false
  const result: CrashTestResult = {
    runs: options.runs,
    passed: 0,
    acknowledged: 0,
    verified: 0,
    killedMidWrite: 0,
    killedInFlight: 0,
    killedInStartUp: 0,
    killedDuringAppend: 0,
    killedDuringCompaction: 0,
    killedBetweenCompactionSteps: 0,
    failures: [],
    dir,
    elapsedMs: 0,
  }

  for (let run = 1; run <= options.runs; run++) {
    const problems: string[] = []
    const args = ['--data', dataFile, '--seed', String(random.int(1, 2 ** 31)), ...(options.writerArgs ?? [])]
    const phase: KillPhase = random.chance(options.startUpShare ?? 0.15) ? 'start-up' : 'writing'
    const writer = await writeAndKill(
      args,
      phase,
      phase === 'writing' ? random.int(minDelay, maxDelay) : random.int(0, 80),
    )
    if (!writer.killed) problems.push(`the writer was not killed as planned; it said: ${writer.stderr.slice(-2_000)}`)
    const { lines, malformed } = parseLines(writer.stdout)
    if (malformed.length > 0) problems.push(`the writer printed lines that are not JSON: ${malformed[0]}`)

    const tempFiles = await tempNames(dataFile)
    const journal = await readJournal(journalPathOf(dataFile))
    const lastStep = lines.flatMap((line) => (line.t === 'store' ? [line.step] : [])).at(-1)
    if (lastStep === 'append-begin' || journal?.decoded.problem?.kind === 'torn') result.killedDuringAppend++
    const compaction = compactionAtKill(lines)
    if (compaction === 'writing the snapshot') result.killedDuringCompaction++
    if (compaction === 'between its steps') result.killedBetweenCompactionSteps++
    const bytes = await readFile(dataFile).catch(() => null)
    const parsed = bytes ? parseDataFile(bytes, new Date()) : null
    // Killed before the very first file was written: there is nothing to find yet.
    const notYetCreated = bytes === null && !fileExisted
    fileExisted ||= bytes !== null
    if (parsed?.kind !== 'good' && !notYetCreated) {
      problems.push(
        `the data file does not load and validate: ${parsed?.kind === 'damaged' ? parsed.reason : (parsed?.kind ?? 'missing')}`,
      )
    }

    const removed: string[] = []
    const log: Logger = {
      info: (message, detail) => void (message.startsWith('Removed a temporary file') && removed.push(String(detail))),
      warn: (message) => problems.push(`the store warned on open: ${message}`),
      error: (message) => problems.push(`the store reported an error on open: ${message}`),
    }
    const store = await Store.open({ dataFile, clock: systemClock, log })
    if (store.status.mode !== 'ok' && !(notYetCreated && store.status.mode === 'new')) {
      const reason = 'reason' in store.status ? `: ${store.status.reason}` : ''
      problems.push(`the data file opened as ${store.status.mode}, not ok${reason}`)
    }
    const after = snapshotOf(store.data)
    await store.close()
    const remaining = await tempNames(dataFile)
    if (remaining.length > 0) problems.push(`temporary files were not removed on open: ${remaining.join(', ')}`)
    else if (removed.length < tempFiles.length) {
      problems.push(`the store reported removing ${removed.length} of ${tempFiles.length} temporary files`)
    }

    const verdict = checkRun(before, gone, lines, after)
    problems.push(...verdict.problems)
    before = after
    gone = verdict.gone

    result.acknowledged += verdict.acknowledged
    result.verified += verdict.verified
    if (tempFiles.length > 0) result.killedMidWrite++
    if (verdict.inFlight > 0) result.killedInFlight++
    if (phase === 'start-up') result.killedInStartUp++
    const report: RunReport = {
      run,
      phase,
      acknowledged: verdict.acknowledged,
      inFlight: verdict.inFlight,
      tempFiles: tempFiles.length,
      problems,
    }
    if (problems.length === 0) result.passed++
    else result.failures.push(report)
    options.onRun?.(report)
  }

  result.elapsedMs = Date.now() - started
  if (result.failures.length === 0 && !options.keep) await rm(dir, { recursive: true, force: true })
  return result
}

/** The closing summary: "200 of 200 runs passed, N acknowledged writes checked, nothing lost". */
export function summarize(result: CrashTestResult): string {
  const seconds = (result.elapsedMs / 1000).toFixed(1)
  const detail = [
    `${result.killedMidWrite} kills left a half-written temporary file`,
    `${result.killedInFlight} landed with a write in flight`,
    `${result.killedDuringAppend} during a journal append`,
    `${result.killedDuringCompaction} came while a compaction wrote its snapshot`,
    `${result.killedBetweenCompactionSteps} between a compaction's two steps`,
    `${result.killedInStartUp} during start-up; ${seconds} s`,
  ].join(', ')
  if (result.failures.length === 0) {
    return `${result.passed} of ${result.runs} runs passed, ${result.acknowledged} acknowledged writes checked, nothing lost (${detail})`
  }
  const lines = result.failures
    .slice(0, 10)
    .map((f) => `  run ${f.run}: ${f.problems.slice(0, 5).join('\n          ')}`)
  return [
    `${result.passed} of ${result.runs} runs passed, ${result.acknowledged} acknowledged writes checked; ${result.failures.length} runs FAILED (${detail})`,
    ...lines,
    `The data folder is kept for a look: ${result.dir}`,
  ].join('\n')
}
