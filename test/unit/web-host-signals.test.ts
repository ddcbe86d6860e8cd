// `npm run web` as a process: a stop signal never loses a change, and it starts with no settings at all.
import type { ChildProcess } from 'node:child_process'
import { spawn } from 'node:child_process'
import { readFile, rm } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { createInterface } from 'node:readline'
import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import { dataAfterRestart } from '../helpers/restart'
import { buildAppIfStale } from '../helpers/built-app'
import { tempDirs } from '../helpers/temp'
import { root } from '../web-host/build'

const newDir = tempDirs()
const started = new Set<ChildProcess>()

beforeAll(buildAppIfStale, 300_000)

afterEach(() => {
  for (const child of started) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL')
  started.clear()
})

interface Host {
  url: URL
  /** The lines it printed so far. */
  output: string[]
  /** Resolves with the exit code once the process has ended. */
  exited: Promise<number | null>
  child: ChildProcess
}

/** Starts test/web-host/main.ts with exactly `env` on top of PATH and HOME; resolves once it prints its URL. */
async function startHost(env: Record<string, string>): Promise<Host> {
  const base = Object.fromEntries(
    Object.entries(process.env).filter(([key]) => key !== 'MENTOR_TRACKER_DATA' && key !== 'PORT'),
  )
  const child = spawn(process.execPath, ['--import', 'tsx', 'test/web-host/main.ts'], {
    cwd: root,
    env: { ...base, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  started.add(child)
  const output: string[] = []
  const errors: string[] = []
  child.stderr!.on('data', (chunk: Buffer) => errors.push(chunk.toString()))
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)))
  // It prints its URL, then the data file's path: ready once both are out.
  const url = await new Promise<URL>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('The web host printed no URL within 120 s')), 120_000)
    createInterface({ input: child.stdout! }).on('line', (line) => {
      output.push(line)
      const printed = output.find((l) => l.startsWith('http'))
      if (printed && line.startsWith('Data file: ')) {
        clearTimeout(timer)
        resolve(new URL(printed.trim()))
      }
    })
    void exited.then((code) => reject(new Error(`The web host exited with ${code}: ${errors.join('')}`)))
  })
  return { url, output, exited, child }
}

/** Calls a channel the way the page does; resolves with the result, or null when the host hung up first. */
async function invoke(host: Host, channel: string, input?: unknown): Promise<{ ok: boolean } | null> {
  try {
    const response = await fetch(new URL('/__api/invoke', host.url), {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-mentor-token': host.url.searchParams.get('token') ?? '' },
      body: JSON.stringify({ channel, input }),
    })
    return (await response.json()) as { ok: boolean }
  } catch {
    return null
  }
}

const mentorNames = async (dataFile: string) =>
  (JSON.parse(await readFile(dataFile, 'utf8')) as { mentors: Array<{ name: string }> }).mentors.map((m) => m.name)

/**
 * Starts a host, sends it 30 changes at once and sends `signal` the moment the first answer comes back,
 * while the rest are still being saved or sent. Checks what must hold every time; returns the counts.
 */
async function stopWhileSaving(signal: NodeJS.Signals): Promise<{ acknowledged: number; onDisk: number }> {
  const dataFile = join(await newDir(), 'mentor-tracker.json')
  const host = await startHost({ MENTOR_TRACKER_DATA: dataFile, PORT: '0' })
  // One change first, so the host is warmed up and the rest arrive while it writes, not all in one batch.
  expect(await invoke(host, 'mentors:create', { name: 'Warm-up' })).toMatchObject({ ok: true })
  const names = Array.from({ length: 30 }, (_, i) => `Mentor ${i} before ${signal}`)
  const acknowledged = ['Warm-up']
  let signalled = false
  const calls = names.map((name) =>
    invoke(host, 'mentors:create', { name }).then((result) => {
      if (result?.ok) acknowledged.push(name)
      if (result && !signalled) {
        signalled = true
        host.child.kill(signal)
      }
    }),
  )
  await Promise.all(calls)

  expect(signalled).toBe(true)
  expect(await host.exited).toBe(0)
  expect(host.output).toContain(`${signal}: finishing pending writes…`)
  const onDisk = await mentorNames(dataFile)
  for (const name of acknowledged) expect(onDisk).toContain(name)
  // Whole and valid: nothing twice, nothing that was not sent.
  expect(new Set(onDisk).size).toBe(onDisk.length)
  for (const name of onDisk) expect(['Warm-up', ...names]).toContain(name)
  return { acknowledged: acknowledged.length, onDisk: onDisk.length }
}

describe('the web host on a stop signal', () => {
  it.each(['SIGTERM', 'SIGINT'] as const)(
    '%s while changes are being saved: exits 0, having finished writing every change it had',
    async (signal) => {
      // A change the host had taken but not yet answered when the signal came is on disk only if it
      // finished its writes before exiting. Which changes those are is down to timing, so up to three tries.
      const tries: Array<{ acknowledged: number; onDisk: number }> = []
      for (let attempt = 0; attempt < 3; attempt++) {
        const result = await stopWhileSaving(signal)
        tries.push(result)
        if (result.onDisk > result.acknowledged) return
      }
      expect.fail(`No change was saved after the signal in three tries: ${JSON.stringify(tries)}`)
    },
    300_000,
  )
})

describe('the web host with no settings', () => {
  it('picks a free port, prints its URL, and keeps its data in a fresh temporary file', async () => {
    const host = await startHost({})
    expect(host.url.href).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]{32}$/)
    expect(Number(host.url.port)).toBeGreaterThan(0)
    const dataLine = host.output.find((line) => line.startsWith('Data file: '))
    const dataFile = dataLine?.slice('Data file: '.length) ?? ''
    expect(dataFile).toMatch(/mentor-tracker-web-[^/\\]+[/\\]mentor-tracker\.json$/)
    try {
      expect(await mentorNames(dataFile)).toEqual([]) // a fresh file, not one left by an earlier run
      expect(await invoke(host, 'mentors:create', { name: 'Nadia in a fresh file' })).toMatchObject({ ok: true })
      expect((await dataAfterRestart(dataFile)).mentors.map((m) => m.name)).toEqual(['Nadia in a fresh file'])
      host.child.kill('SIGTERM')
      expect(await host.exited).toBe(0)
      // After a clean quit the data file alone holds everything.
      expect(await mentorNames(dataFile)).toEqual(['Nadia in a fresh file'])
    } finally {
      if (dataFile) await rm(dirname(dataFile), { recursive: true, force: true })
    }
  }, 180_000)
})
