// A core for fuzzing: a copy of the fixture file, ports that succeed, timers that never fire; and the checks of every answer.
import { copyFile, mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { CorePorts } from '../../../src/main/core/ports'
import type { Core } from '../../../src/main/core/create-core'
import type { Logger } from '../../../src/main/core/log'
import type { AppError, Result } from '../../../src/shared/result'
import { isResult } from '../../../src/shared/result'
import { isChannelName } from '../../../src/shared/channel-names'
import { channels } from '../../../src/shared/ipc'
import { dataFileIn, openCore } from '../core'
import type { Fixtures } from './examples'
import { createFixtures } from './examples'
import { leakMarkers } from './arbitraries'
import { openedAfterRestart, storedBytes } from '../restart'

/** Timers that never fire: nothing writes to the file except the call under test. */
const idleTimers = { setTimeout: () => 0, clearTimeout: () => {} }

/** Errors core logged: each one is an unexpected failure inside a handler. */
export const loggedErrors: string[] = []
const logger: Logger = {
  info: () => {},
  warn: () => {},
  error: (message, detail) => void loggedErrors.push(`${message}: ${String(detail)}`),
}

const ports: Partial<CorePorts> = {
  openExternal: async () => {},
  openFile: async () => {},
  saveFile: async () => null,
  printPdf: async () => new TextEncoder().encode('%PDF-1.4\n1 0 obj << /Type /Page >> endobj\n%%EOF\n'),
  notify: () => {},
  revealPath: async () => {},
  // The dialogs are cancelled: the fuzzer never moves the data or imports a file of its choosing.
  chooseFile: async () => null,
  chooseFolder: async () => null,
  saveDataLocation: async () => {},
  log: logger,
}

let fixtureFile: { file: string; dir: string; fixtures: Fixtures } | null = null

/** Builds the fixture file once; every fuzz core starts from a copy of it. */
async function fixtureCopy(): Promise<{ file: string; fixtures: Fixtures }> {
  if (!fixtureFile) {
    const dir = await mkdtemp(join(tmpdir(), 'mentor-tracker-fuzz-fixture-'))
    const core = await openCore(dir, { timers: idleTimers, ports, timeZone: () => 'Europe/Berlin' })
    const fixtures = await createFixtures(core)
    await core.close()
    fixtureFile = { file: dataFileIn(dir), dir, fixtures }
  }
  return fixtureFile
}

/** Inputs thrown at core so far, across every property. */
export let inputCount = 0
/** How core answered them: `ok` or the error code. */
export const answers = new Map<string, number>()

export interface FuzzCore {
  core: Core
  dataFile: string
  fixtures: Fixtures
  /** Sends `input` to `channel` and checks the answer; throws (failing the property) on any broken rule. */
  probe(channel: unknown, input: unknown): Promise<Result<unknown>>
  close(): Promise<void>
}

/** Opens a core on a fresh copy of the fixture file. */
export async function openFuzzCore(): Promise<FuzzCore> {
  const source = await fixtureCopy()
  const dir = await mkdtemp(join(tmpdir(), 'mentor-tracker-fuzz-'))
  const dataFile = dataFileIn(dir)
  await copyFile(source.file, dataFile)
  const core = await openCore(dir, { timers: idleTimers, ports, timeZone: () => 'Europe/Berlin' })
  return {
    core,
    dataFile,
    fixtures: source.fixtures,
    probe: async (channel, input) => {
      inputCount++
      const errorsBefore = loggedErrors.length
      const before = await storedBytes(dataFile)
      let result: unknown
      try {
        result = await core.invoke(channel, input)
      } catch (error) {
        throw new Error(`core.invoke threw instead of answering: ${String(error)}`, { cause: error })
      }
      if (!isResult(result)) throw new Error(`core answered with something that is not a Result: ${String(result)}`)
      const answer = result.ok ? 'ok' : result.error.code
      answers.set(answer, (answers.get(answer) ?? 0) + 1)
      const problems = await answerProblems(channel, result, before, dataFile)
      if (loggedErrors.length > errorsBefore) problems.push(`core logged an error: ${loggedErrors.at(-1)}`)
      if (({} as Record<string, unknown>).polluted !== undefined) problems.push('Object.prototype was polluted')
      if (problems.length > 0) throw new Error(problems.join('; '))
      return result
    },
    close: async () => {
      await core.close()
      await rm(dir, { recursive: true, force: true })
    },
  }
}

/** What is wrong with an answer: an internal error, a bad message, a change on refusal, a file that no longer loads. */
async function answerProblems(
  channel: unknown,
  result: Result<unknown>,
  before: Buffer,
  dataFile: string,
): Promise<string[]> {
  const after = await storedBytes(dataFile)
  if (!result.ok) {
    if (result.error.code === 'internal') return [`internal error: ${result.error.message}`]
    const problems = messageProblems(result.error).map((p) => `a bad error message: ${p}`)
    if (!after.equals(before))
      problems.push(`the data file changed although the input was refused (${result.error.code})`)
    return problems
  }
  const problems: string[] = []
  if (isChannelName(channel) && !channels[channel].output.safeParse(result.value).success) {
    problems.push(`the answer does not match the output schema of ${channel}`)
  }
  // What an accepted input wrote must load and validate at the next start.
  const reloaded = after.equals(before) ? null : (await openedAfterRestart(dataFile)).status
  if (reloaded && reloaded.mode !== 'ok') problems.push(`the data no longer opens as it was: ${JSON.stringify(reloaded)}`)
  return problems
}

/** Removes the fixture file's folder. */
export async function removeFixtures(): Promise<void> {
  if (fixtureFile) await rm(fixtureFile.dir, { recursive: true, force: true })
  fixtureFile = null
}

/** What is wrong with an error a user may read: leaks of stacks or paths, or not a short sentence. */
export function messageProblems(error: AppError): string[] {
  const problems: string[] = []
  const texts = [error.message, ...error.issues.flatMap((i) => [i.message, i.path])]
  for (const text of texts) {
    const marker = leakMarkers.find((m) => text.includes(m))
    if (marker) problems.push(`${JSON.stringify(marker)} in ${JSON.stringify(text.slice(0, 200))}`)
  }
  if (!/\S/.test(error.message) || error.message.length > 600) {
    problems.push(`message is not a short sentence: ${JSON.stringify(error.message.slice(0, 200))}`)
  }
  if (!/[.!?)]$/.test(error.message) || /[^.]\.\.$/.test(error.message)) {
    problems.push(`message does not end a sentence once: ${JSON.stringify(error.message)}`)
  }
  for (const issue of error.issues) {
    if (!/\S/.test(issue.message) || issue.message.length > 300) {
      problems.push(`issue message is not short: ${JSON.stringify(issue.message.slice(0, 200))}`)
    }
  }
  return problems
}
