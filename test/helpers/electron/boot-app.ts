// Starts the built main process (out/main/index.js) in a child Node process against the Electron stand-in,
// and lets a test drive it and read what it did.
//
// A child process, not an import into the test: the app is loaded exactly as Electron's Node loads it
// (native ESM, import.meta, its own module state and process handlers), quitting can end its process as
// Electron's does, and nothing it leaves running reaches the test's worker. `--import tsx` loads the
// TypeScript stand-in; boot-child.ts registers a resolve hook that maps 'electron' to it.
import type { ChildProcess } from 'node:child_process'
import { fork } from 'node:child_process'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { root } from '../../web-host/build'
import type { ChildConfig, ChildMessage, Command } from './protocol'
import { CONFIG_VARIABLE } from './protocol'
import type { StandInRecord } from './stand-in-kit'

export const builtMain = join(root, 'out/main/index.js')
const bootChild = pathToFileURL(join(import.meta.dirname, 'boot-child.ts')).href

export interface BootOptions extends ChildConfig {
  /** The data file (MENTOR_TRACKER_DATA). */
  dataFile: string
}

/** A running app: what the stand-in recorded so far, and the test's hands on it. */
export interface BootedApp {
  readonly records: readonly StandInRecord[]
  /** Errors the app left uncaught (Electron would report each in a dialog). */
  readonly uncaught: readonly string[]
  /** Acts as the system or the user would (see Command). */
  send(command: Exclude<Command, { type: 'invoke' | 'sync' }>): void
  /** Resolves once the app handled everything sent before, and the records it made meanwhile are all here. */
  synced(): Promise<void>
  /** Calls the app's ipcMain handler for `channel`, as its page (or the page at `senderUrl`) would. */
  invoke(channel: string, input?: unknown, senderUrl?: string): Promise<unknown>
  /** Resolves with what `find` finds in the records, as soon as it is there; rejects if the app fails or ends first. */
  until<T>(what: string, find: (records: readonly StandInRecord[]) => T | undefined): Promise<T>
  /** The process's exit code, once it ended. */
  readonly exited: Promise<number | null>
  /** What the process wrote to stdout and stderr so far. */
  output(): string
  /** Ends the process if it still runs. */
  stop(): void
}

/** Starts the built app with the stand-in configured by `options`. */
export function bootBuiltApp(options: BootOptions): BootedApp {
  const config: ChildConfig = { userData: options.userData, singleInstanceLock: options.singleInstanceLock }
  const { ELECTRON_RENDERER_URL: _devServer, ...env } = process.env
  const child: ChildProcess = fork(builtMain, [], {
    cwd: root,
    execArgv: ['--import', 'tsx', '--import', bootChild],
    env: {
      ...env,
      [CONFIG_VARIABLE]: JSON.stringify(config),
      MENTOR_TRACKER_DATA: options.dataFile,
      // Start at login on Linux writes (or removes) an autostart entry under XDG_CONFIG_HOME.
      XDG_CONFIG_HOME: join(options.userData, 'config'),
    },
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
    serialization: 'advanced',
  })
  const records: StandInRecord[] = []
  const uncaught: string[] = []
  const answers = new Map<number, (value: unknown) => void>()
  const waiting = new Set<() => void>()
  let output = ''
  let ended: string | null = null
  let nextId = 1

  const collect = (chunk: Buffer) => void (output += chunk.toString())
  child.stdout?.on('data', collect)
  child.stderr?.on('data', collect)
  // A command sent after the process ended: the wait for its answer reports the end.
  child.on('error', (error) => collect(Buffer.from(`\n${error.message}`)))
  child.on('message', (message: ChildMessage) => {
    if (message.type === 'record') records.push(message.entry)
    if (message.type === 'uncaught') uncaught.push(message.error)
    if (message.type === 'answer') {
      answers.get(message.id)?.(message.value)
      answers.delete(message.id)
    }
    waiting.forEach((check) => check())
  })
  // Ended once the process exited and its channel closed: the messages it sent before exiting are all in by then.
  const disconnected = new Promise<void>((resolve) => child.once('disconnect', resolve))
  const exited = new Promise<{ code: number | null; signal: string | null }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  ).then(async ({ code, signal }) => {
    await disconnected
    const last = records.slice(-5).map((r) => JSON.stringify(r))
    const how = signal ?? `exit code ${code}`
    ended = [`The app's process ended (${how}).`, output, ...uncaught, 'Its last records:', ...last].join('\n')
    waiting.forEach((check) => check())
    return code
  })

  /** Resolves with what `find` finds, checked after every message; rejects on an uncaught error or the end. */
  const until = <T>(what: string, find: () => T | undefined): Promise<T> =>
    new Promise<T>((resolve, reject) => {
      const check = () => {
        const found = find()
        if (found !== undefined) {
          waiting.delete(check)
          resolve(found)
        } else if (ended !== null || uncaught.length > 0) {
          waiting.delete(check)
          reject(new Error(`Waited for ${what}. ${ended ?? `The app failed:\n${uncaught.join('\n')}`}`))
        }
      }
      waiting.add(check)
      check()
    })

  /** Sends the command made with a fresh id; resolves with the child's answer to it. */
  const ask = (what: string, command: (id: number) => Command): Promise<unknown> => {
    const id = nextId++
    let answer: { value: unknown } | undefined
    answers.set(id, (value) => (answer = { value }))
    child.send(command(id))
    return until(what, () => answer).then(({ value }) => value)
  }

  return {
    records,
    uncaught,
    send: (command) => void child.send(command),
    invoke: (channel, input, senderUrl) =>
      ask(`the answer to ${channel}`, (id) => ({
        type: 'invoke',
        id,
        channel,
        input,
        ...(senderUrl ? { senderUrl } : {}),
      })),
    synced: () => ask('the app to catch up', (id) => ({ type: 'sync', id })).then(() => {}),
    until: (what, find) => until(what, () => find(records)),
    exited,
    output: () => output,
    stop: () => void (child.exitCode === null && child.signalCode === null && child.kill()),
  }
}

/** The calls recorded to `object` (e.g. 'app', 'BrowserWindow#1', 'Tray' for constructors), of `member` if given. */
export function callsTo(records: readonly StandInRecord[], object: string, member?: string) {
  return records.flatMap((r) =>
    r.type === 'call' && r.object === object && (member === undefined || r.member === member) ? [r] : [],
  )
}
