// Shared by the browser tests: start the real web host as `npm run web` does, and a clean Chromium.
import type { ChildProcess } from 'node:child_process'
import { spawn } from 'node:child_process'
import { mkdir, mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { createInterface } from 'node:readline'
import type { BrowserContext, Page } from 'playwright-core'
import { chromium } from 'playwright-core'
import { chromiumArgs, chromiumExecutable } from '../helpers/chromium'

export const root = resolve(import.meta.dirname, '../..')
export const artifactsDir = join(root, 'test-artifacts')

export interface RunningHost {
  url: string
  process: ChildProcess
  /** Sends SIGTERM and waits for the host to exit; resolves with its exit code. */
  stop(): Promise<number | null>
}

const running = new Set<ChildProcess>()

/** Stops every host a test started and did not stop (a failed test skips its own cleanup). */
export async function stopAllHosts(): Promise<void> {
  await Promise.all(
    [...running].map(
      (child) =>
        new Promise<void>((resolve) => {
          child.once('exit', () => resolve())
          child.kill('SIGTERM')
        }),
    ),
  )
}

/** Starts `test/web-host/main.ts` on `dataFile` and waits for the URL it prints first. */
export async function startHost(dataFile: string): Promise<RunningHost> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'test/web-host/main.ts'], {
    cwd: root,
    env: { ...process.env, MENTOR_TRACKER_DATA: dataFile, PORT: '0' },
    stdio: ['ignore', 'pipe', 'inherit'],
  })
  running.add(child)
  const exited = new Promise<number | null>((resolve) =>
    child.once('exit', (code) => {
      running.delete(child)
      resolve(code)
    }),
  )
  const url = await new Promise<string>((resolve, reject) => {
    const lines = createInterface({ input: child.stdout! })
    const timer = setTimeout(() => reject(new Error('The web host printed no URL within 120 s')), 120_000)
    lines.on('line', (line) => {
      if (line.startsWith('http')) {
        clearTimeout(timer)
        resolve(line.trim())
      }
    })
    void exited.then((code) => reject(new Error(`The web host exited with ${code} before printing its URL`)))
  })
  return {
    url,
    process: child,
    stop: async () => {
      child.kill('SIGTERM')
      return exited
    },
  }
}

/** Calls a channel of a running host the way its page does; for seeding data in a test. */
export async function invoke<T = unknown>(host: RunningHost, channel: string, input?: unknown): Promise<T> {
  const url = new URL(host.url)
  const response = await fetch(new URL('/__api/invoke', url), {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-mentor-token': url.searchParams.get('token') ?? '' },
    body: JSON.stringify({ channel, input }),
  })
  const result = (await response.json()) as { ok: boolean; value?: T; error?: { message: string } }
  if (!result.ok) throw new Error(`${channel} failed: ${result.error?.message}`)
  return result.value as T
}

/** GETs a JSON endpoint of a running host under /__host/. */
export async function hostJson<T>(host: RunningHost, path: string): Promise<T> {
  const url = new URL(host.url)
  const response = await fetch(new URL(`/__host/${path}`, url), {
    headers: { 'x-mentor-token': url.searchParams.get('token') ?? '' },
  })
  return (await response.json()) as T
}

/** POSTs to a test hook of a running host under /__host/ (the next open dialog's file, the clock, a disk fault). */
export async function hostPost(host: RunningHost, path: string, body: unknown): Promise<void> {
  const url = new URL(host.url)
  const response = await fetch(new URL(`/__host/${path}`, url), {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-mentor-token': url.searchParams.get('token') ?? '' },
    body: JSON.stringify(body),
  })
  if (!response.ok) throw new Error(`POST /__host/${path} answered ${response.status}`)
}

/** Debian's Chromium, headless, with a fresh profile; closed and removed by the returned function. `bypassCSP` lets axe-core in. */
export async function openBrowser(
  options: { colorScheme?: 'light' | 'dark'; bypassCSP?: boolean; zoom200?: boolean } = {},
): Promise<{
  context: BrowserContext
  page: Page
  close(): Promise<void>
}> {
  const profile = await mkdtemp(join(tmpdir(), 'mentor-tracker-chromium-'))
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumExecutable,
    headless: true,
    // 200% zoom: a 1280x800 window laid out as Chromium does at 200%, a 640x400 viewport at scale 2.
    viewport: options.zoom200 ? { width: 640, height: 400 } : { width: 1280, height: 800 },
    deviceScaleFactor: options.zoom200 ? 2 : 1,
    colorScheme: options.colorScheme ?? 'light',
    locale: 'en-US',
    bypassCSP: options.bypassCSP ?? false,
    args: chromiumArgs,
  })
  const page = context.pages()[0] ?? (await context.newPage())
  const errors: string[] = []
  page.on('pageerror', (error) => errors.push(error.message))
  return {
    context,
    page,
    close: async () => {
      await context.close()
      await rm(profile, { recursive: true, force: true })
      if (errors.length > 0) throw new Error(`The page threw: ${errors.join('; ')}`)
    },
  }
}

/** The toast titled `title`, once it shows. */
export const toast = (page: Page, title: string) =>
  page.locator('.mantine-Notification-root').filter({ has: page.getByText(title, { exact: true }) })

/** Saves a full-window screenshot as test-artifacts/<name>.png. */
export async function screenshot(page: Page, name: string): Promise<string> {
  await mkdir(artifactsDir, { recursive: true })
  const path = join(artifactsDir, `${name}.png`)
  // Let notifications and transitions settle so the picture shows the resting state.
  await page.waitForTimeout(400)
  await page.screenshot({ path })
  return path
}
