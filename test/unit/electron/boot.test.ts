// The built Electron main process (out/main/index.js) and preload (out/preload/index.cjs), run against a
// stand-in for the electron module typed with Electron's own API (test/helpers/electron), since the
// Electron binary cannot be launched here.
import { existsSync } from 'node:fs'
import * as events from 'node:events'
import { mkdir, mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { isAbsolute, join } from 'node:path'
import * as timers from 'node:timers'
import * as url from 'node:url'
import { runInNewContext } from 'node:vm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Database } from '../../../src/shared/model'
import type { ReminderList } from '../../../src/shared/requests/reminders'
import type { Result } from '../../../src/shared/result'
import { channelNames } from '../../../src/shared/channel-names'
import { userTimeZone } from '../../../src/shared/time'
import { notificationFor } from '../../../src/main/core/reminders/notifications'
import { planReminders } from '../../../src/main/core/reminders/plan'
import { journalPathOf } from '../../../src/main/core/store/snapshot'
import { trayMenuTemplate, trayTooltip } from '../../../src/main/electron/tray-menu'
import { trayNotice } from '../../../src/main/electron/tray-notice'
import { buildAppIfStale } from '../../helpers/built-app'
import { dataFileIn, fixedClock, openCore, valueOf } from '../../helpers/core'
import { dataAfterRestart } from '../../helpers/restart'
import type { BootedApp } from '../../helpers/electron/boot-app'
import { bootBuiltApp, callsTo } from '../../helpers/electron/boot-app'
import type { StandInRecord } from '../../helpers/electron/stand-in-kit'
import { plainData } from '../../helpers/electron/stand-in-kit'
import { createElectronStandIn } from '../../helpers/electron/stand-in'
import { root } from '../../web-host/build'

const out = join(root, 'out')
const zone = userTimeZone()

beforeAll(buildAppIfStale, 300_000)

/** A fresh folder for one start of the app: its userData and its data file. */
async function appFolders(): Promise<{ dir: string; userData: string; dataFile: string }> {
  const dir = await mkdtemp(join(tmpdir(), 'mentor-tracker-boot-'))
  await mkdir(join(dir, 'user-data'))
  await mkdir(join(dir, 'data'))
  return { dir, userData: join(dir, 'user-data'), dataFile: dataFileIn(join(dir, 'data')) }
}

/** Each record in short: `object.member` for a call, `object:event` for an event, `exit <code>`. */
const summary = (records: readonly StandInRecord[]) =>
  records.map((r) =>
    r.type === 'call' ? `${r.object}.${r.member}` : r.type === 'event' ? `${r.object}:${r.event}` : `exit ${r.code}`,
  )

/** The first argument of each call. */
const firstArgs = (calls: Array<{ args: unknown[] }>) => calls.map((c) => c.args[0])

/** The mentors in the data file's snapshot alone (not its journal). */
async function mentorsInSnapshot(dataFile: string): Promise<string[]> {
  const data = JSON.parse(await readFile(dataFile, 'utf8')) as { mentors: Array<{ name: string }> }
  return data.mentors.map((m) => m.name)
}

describe('the built main process', { timeout: 30_000 }, () => {
  // One start of the app serves the checks below, in order: they follow one run of it, from start to quit.
  const actionTitle = 'Send Amara the reading list'
  let app: BootedApp
  let folders: Awaited<ReturnType<typeof appFolders>>
  let seeded: Database

  beforeAll(async () => {
    folders = await appFolders()
    // An action item due years ago, made before it was due: its reminder is due, missed while the app was closed.
    const core = await openCore(join(folders.dir, 'data'), { clock: fixedClock('2020-01-01T08:00:00.000Z') })
    valueOf(await core.invoke('actions:create', { title: actionTitle, owner: 'me', dueOn: '2020-01-02' }))
    await core.close()
    seeded = await dataAfterRestart(folders.dataFile)

    app = bootBuiltApp({ userData: folders.userData, dataFile: folders.dataFile, singleInstanceLock: true })
    // Electron is ready once the main script ran; the lock request is the script's first step.
    await app.until('the single-instance lock request', (r) => callsTo(r, 'app', 'requestSingleInstanceLock')[0])
    app.send({ type: 'ready' })
    // Starting ends with loading the window's page; what follows that in start() runs before any later command.
    await app.until('the window loading its page', (r) => callsTo(r, 'BrowserWindow#1', 'loadFile')[0])
    await app.synced()
  }, 60_000)

  afterAll(async () => {
    app?.stop()
    await rm(folders.dir, { recursive: true, force: true, maxRetries: 10, retryDelay: 50 })
  })

  it('starts without an error, having asked for the single-instance lock before anything else', () => {
    expect(app.uncaught).toEqual([])
    expect(callsTo(app.records, 'dialog', 'showErrorBox')).toEqual([])
    expect(callsTo(app.records, 'app', 'exit')).toEqual([])
    expect(app.records[0]).toMatchObject({ object: 'app', member: 'requestSingleInstanceLock' })
    // Nothing opens, and the data is not touched, before Electron is ready.
    const beforeReady = summary(app.records).slice(0, summary(app.records).indexOf('app:ready'))
    expect(beforeReady).toEqual(['app.requestSingleInstanceLock', 'app.setAppUserModelId'])
  })

  it('opens one window with the secure options and a preload that exists in the build', () => {
    const created = callsTo(app.records, 'BrowserWindow', 'constructor')
    expect(created).toHaveLength(1)
    const options = created[0]!.args[0] as { icon: string; webPreferences: Record<string, unknown> }
    const preferences = options.webPreferences
    expect(preferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
    })
    expect(preferences.webSecurity).not.toBe(false)
    expect(preferences.allowRunningInsecureContent).not.toBe(true)
    expect(preferences.webviewTag).not.toBe(true)
    expect(preferences.preload).toBe(join(out, 'preload/index.cjs'))
    expect(existsSync(preferences.preload as string)).toBe(true)
    expect(existsSync(options.icon)).toBe(true)
    // The session denies permissions and sends the CSP; the page cannot open windows.
    expect(callsTo(app.records, 'session.defaultSession', 'setPermissionRequestHandler')).toHaveLength(1)
    expect(callsTo(app.records, 'session.defaultSession.webRequest', 'onHeadersReceived')).toHaveLength(1)
    expect(callsTo(app.records, 'webContents#1', 'setWindowOpenHandler')).toHaveLength(1)
  })

  it('loads the built renderer file, and shows the window once it is ready', () => {
    const loaded = callsTo(app.records, 'BrowserWindow#1', 'loadFile')
    expect(loaded).toHaveLength(1)
    const file = loaded[0]!.args[0] as string
    expect(isAbsolute(file)).toBe(true)
    expect(file).toBe(join(out, 'renderer/index.html'))
    expect(existsSync(file)).toBe(true)
    expect(callsTo(app.records, 'BrowserWindow#1', 'loadURL')).toEqual([])
    expect(callsTo(app.records, 'BrowserWindow#1', 'show')).toHaveLength(1)
  })

  it('registers every contract channel with ipcMain.handle once, and answers only its own page', async () => {
    const handled = firstArgs(callsTo(app.records, 'ipcMain', 'handle'))
    expect([...handled].sort()).toEqual([...channelNames].sort())
    expect(callsTo(app.records, 'ipcMain', 'removeHandler')).toEqual([])

    const own = (await app.invoke('app:info')) as Result<{ name: string }>
    expect(own).toMatchObject({ ok: true, value: { name: 'Mentor Tracker' } })
    const stranger = (await app.invoke('app:info', undefined, 'https://example.com/')) as Result<unknown>
    expect(stranger).toMatchObject({ ok: false, error: { code: 'forbidden' } })
  })

  it("builds the tray, with the tray module's menu for what is due and its icon files", async () => {
    expect(callsTo(app.records, 'Tray', 'constructor')).toHaveLength(1)
    const list = valueOf((await app.invoke('reminders:list')) as Result<ReminderList>)
    expect(list.due.map((r) => r.title)).toEqual([`Overdue: ${actionTitle}`])

    const noAction = () => {}
    const actions = { open: noAction, logSession: noAction, snoozeAll: noAction, quit: noAction }
    const expected = plainData(trayMenuTemplate(list, new Date(list.now), actions, zone))
    const menus = firstArgs(callsTo(app.records, 'Tray#1', 'setContextMenu'))
    expect(menus.at(-1)).toEqual({ menu: expected })
    expect(firstArgs(callsTo(app.records, 'Tray#1', 'setToolTip')).at(-1)).toBe(trayTooltip(list))

    const icons = [
      ...firstArgs(callsTo(app.records, 'Tray', 'constructor')),
      ...firstArgs(callsTo(app.records, 'Tray#1', 'setImage')),
    ] as Array<{ image: string }>
    for (const { image } of icons) expect(existsSync(image), image).toBe(true)
    // Something is due, so the icon shown last is not the one the tray started with.
    expect(icons.at(-1)).not.toEqual(icons[0])
    expect(callsTo(app.records, 'Menu', 'setApplicationMenu')).toHaveLength(1)
  })

  it('shows the reminder that fell due while it was closed as a desktop notification', () => {
    const plan = planReminders(seeded, new Date(), zone)
    expect(plan.toFire).toHaveLength(1)
    const expected = notificationFor(plan.toFire[0]!)
    expect(expected.title).toContain(actionTitle)

    const created = callsTo(app.records, 'Notification', 'constructor')
    const index = created.findIndex((c) => (c.args[0] as { title: string }).title === expected.title)
    expect(index, 'a notification for the reminder').toBeGreaterThanOrEqual(0)
    expect(created[index]!.args[0]).toMatchObject({ title: expected.title, body: expected.body })
    expect((created[index]!.args[0] as { actions: unknown[] }).actions).toHaveLength(expected.actions.length)
    expect(callsTo(app.records, `Notification#${index + 1}`, 'show')).toHaveLength(1)
  })

  it('brings its window back when a second instance starts, without opening another', async () => {
    // The user closes the window: it goes to the tray, and the app says so once.
    let mark = app.records.length
    app.send({ type: 'close-window', id: 1 })
    const closing = await app.until('the window closing', (r) =>
      r.slice(mark).find((e) => e.type === 'event' && e.object === 'BrowserWindow#1' && e.event === 'close'),
    )
    expect(closing).toMatchObject({ prevented: true })
    expect(summary(app.records.slice(mark))).toContain('BrowserWindow#1.hide')
    expect(callsTo(app.records, 'BrowserWindow#1', 'destroy')).toEqual([])
    await app.until('the tray notice', (r) =>
      callsTo(r, 'Notification', 'constructor').find(
        (c) => (c.args[0] as { title: string }).title === trayNotice.title,
      ),
    )

    const windowCalls = (from: number) =>
      summary(app.records.slice(from)).filter((call) => call.startsWith('BrowserWindow'))
    // A start at login while the app runs leaves the window closed...
    mark = app.records.length
    app.send({ type: 'second-instance', argv: ['/usr/bin/mentor-tracker', '--hidden'] })
    await app.synced()
    expect(windowCalls(mark)).toEqual([])
    // ...and a start by the user shows it.
    mark = app.records.length
    app.send({ type: 'second-instance', argv: ['/usr/bin/mentor-tracker'] })
    await app.until('the window taking focus, or another opening', (r) => {
      const since = r.slice(mark)
      return callsTo(since, 'BrowserWindow#1', 'focus')[0] ?? callsTo(since, 'BrowserWindow', 'constructor')[0]
    })
    expect(windowCalls(mark)).toEqual(['BrowserWindow#1.show', 'BrowserWindow#1.focus'])
    expect(callsTo(app.records, 'BrowserWindow', 'constructor')).toHaveLength(1)
  })

  it('writes a change made through ipcMain into the data file before it quits', async () => {
    const mark = app.records.length
    const created = (await app.invoke('mentors:create', { name: 'Grace Hopper' })) as Result<unknown>
    expect(created.ok).toBe(true)
    // The window hears of the change.
    await app.until('data:changed sent to the window', (r) =>
      callsTo(r.slice(mark), 'webContents#1', 'send').find((c) => c.args[0] === 'data:changed'),
    )
    // Acknowledged in the journal; the snapshot is rewritten later, or on quit.
    expect(await mentorsInSnapshot(folders.dataFile)).not.toContain('Grace Hopper')

    app.send({ type: 'quit' })
    // The end, or what held it up: a window or will-quit that stopped the quit.
    const end = await app.until('the app to quit', (r) =>
      r.slice(mark).find((e) => e.type === 'exit' || (e.type === 'event' && e.event !== 'before-quit' && e.prevented)),
    )
    expect(end).toEqual({ type: 'exit', code: 0 } satisfies StandInRecord)
    expect(await app.exited).toBe(0)
    const quitting = app.records
      .slice(mark)
      .flatMap((r) => (r.type === 'event' && r.event === 'before-quit' ? [r] : []))
    // The first quit is held while the store is flushed; the app then quits again.
    expect(quitting.map((r) => r.prevented)).toEqual([true, false])
    expect(callsTo(app.records.slice(mark), 'app', 'quit')).toHaveLength(2)

    expect(await mentorsInSnapshot(folders.dataFile)).toContain('Grace Hopper')
    expect(existsSync(journalPathOf(folders.dataFile))).toBe(false)
    expect(app.uncaught).toEqual([])
  })
})

describe('the built main process, started while another instance runs', { timeout: 30_000 }, () => {
  it('is refused the single-instance lock and quits without a window, a tray or opening the data', async () => {
    const folders = await appFolders()
    try {
      const app = bootBuiltApp({ userData: folders.userData, dataFile: folders.dataFile, singleInstanceLock: false })
      expect(await app.exited).toBe(0)
      expect(summary(app.records)).toEqual([
        'app.requestSingleInstanceLock',
        'app.quit',
        'app:before-quit',
        'app:will-quit',
        'exit 0',
      ])
      expect(existsSync(folders.dataFile)).toBe(false)
      expect(app.uncaught).toEqual([])
    } finally {
      await rm(folders.dir, { recursive: true, force: true })
    }
  })
})

describe('the built preload', () => {
  it('run as the sandbox runs it, exposes exactly window.api, each channel a method that invokes it', async () => {
    const code = await readFile(join(out, 'preload/index.cjs'), 'utf8')
    const records: StandInRecord[] = []
    const standIn = createElectronStandIn({
      userData: tmpdir(),
      singleInstanceLock: true,
      name: 'Mentor Tracker',
      version: '0.0.0',
      record: (entry) => records.push(entry),
      terminate: () => {},
      answer: (channel, args) => ({ ok: true, value: { channel, input: args[0] } }),
    })
    // A sandboxed preload may require electron and these Node modules only.
    const modules: Record<string, unknown> = { electron: standIn.electron, events, timers, url }
    const sandboxRequire = (name: string) => {
      if (!(name in modules)) throw new Error(`A sandboxed preload cannot require "${name}"`)
      return modules[name]
    }
    const cjsModule = { exports: {} }
    const run = runInNewContext(`(function (exports, require, module, __filename, __dirname) {\n${code}\n})`, {}) as (
      ...args: unknown[]
    ) => void
    run(cjsModule.exports, sandboxRequire, cjsModule, 'index.cjs', '.')

    expect([...standIn.drive.exposed.keys()]).toEqual(['api'])
    const api = standIn.drive.exposed.get('api') as Record<
      string,
      Record<string, (input?: unknown) => Promise<unknown>>
    >
    const verbs = new Map<string, string[]>()
    for (const channel of channelNames) {
      const [domain, verb] = channel.split(':') as [string, string]
      verbs.set(domain, [...(verbs.get(domain) ?? []), verb])
    }
    expect(Object.keys(api).sort()).toEqual([...verbs.keys(), 'on'].sort())
    for (const [domain, names] of verbs) expect(Object.keys(api[domain]!).sort(), domain).toEqual([...names].sort())

    for (const channel of channelNames) {
      const [domain, verb] = channel.split(':') as [string, string]
      expect(await api[domain]![verb]!({ from: channel })).toEqual({
        ok: true,
        value: { channel, input: { from: channel } },
      })
    }
    const invoked = callsTo(records, 'ipcRenderer', 'invoke').map((c) => c.args)
    expect(invoked).toEqual(channelNames.map((channel) => [channel, { from: channel }]))

    // Events reach the page's listener without Electron's event object, until it unsubscribes.
    const heard: unknown[] = []
    const on = api.on as unknown as (event: string, listener: (payload: unknown) => void) => () => void
    const unsubscribe = on('data:changed', (payload) => heard.push(payload))
    standIn.drive.send('data:changed', { kinds: ['mentors'] })
    unsubscribe()
    standIn.drive.send('data:changed', { kinds: ['goals'] })
    expect(heard).toEqual([{ kinds: ['mentors'] }])
  })
})
