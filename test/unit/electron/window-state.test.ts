import { spawnSync } from 'node:child_process'
import { mkdir, readdir, writeFile } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { WindowState } from '../../../src/main/electron/window-state'
import {
  defaultWindowState,
  loadWindowState,
  restoreWindowState,
  saveWindowStateSync,
} from '../../../src/main/electron/window-state'
import { tempDirs } from '../../helpers/temp'

const newDir = tempDirs()
const root = resolve(import.meta.dirname, '../../..')
const laptop = { x: 0, y: 0, width: 1440, height: 900 }
const external = { x: 1440, y: 0, width: 2560, height: 1440 }

/** What the next start opens with, from the state file as it is on disk now. */
const reopen = async (file: string, displays = [laptop]) => restoreWindowState(await loadWindowState(file), displays)

describe('the window opens where it was closed', () => {
  it.each<[string, WindowState, (typeof laptop)[]]>([
    ['moved and resized', { x: 120, y: 64, width: 1100, height: 720, maximized: false }, [laptop]],
    ['maximized', { x: 10, y: 10, width: 1000, height: 700, maximized: true }, [laptop]],
    ['on the second screen', { x: 1600, y: 200, width: 1800, height: 1000, maximized: false }, [laptop, external]],
  ])('%s', async (_label, closedAt, displays) => {
    const file = join(await newDir(), 'window-state.json')
    saveWindowStateSync(file, closedAt)
    expect(await reopen(file, displays)).toEqual(closedAt)
  })

  it('keeps the latest bounds when the window is closed again', async () => {
    const file = join(await newDir(), 'window-state.json')
    saveWindowStateSync(file, { x: 100, y: 100, width: 1000, height: 700, maximized: false })
    saveWindowStateSync(file, { x: 300, y: 150, width: 1200, height: 760, maximized: false })
    expect(await reopen(file)).toEqual({ x: 300, y: 150, width: 1200, height: 760, maximized: false })
    expect(await readdir(join(file, '..'))).toEqual(['window-state.json'])
  })

  it('is on disk when the app exits right after the window closes', async () => {
    // Electron quits without waiting for pending writes: the save must be done before close returns.
    const file = join(await newDir(), 'window-state.json')
    const closedAt = { x: 222, y: 111, width: 1111, height: 777, maximized: false }
    const script = [
      `import { saveWindowStateSync } from ${JSON.stringify(join(root, 'src/main/electron/window-state.ts'))}`,
      `saveWindowStateSync(${JSON.stringify(file)}, ${JSON.stringify(closedAt)})`,
      'process.exit(0)',
    ].join('\n')
    const child = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '--eval', script], {
      cwd: root,
      encoding: 'utf8',
      timeout: 60_000,
    })
    expect(child.stderr).toBe('')
    expect(child.status).toBe(0)
    expect(await reopen(file)).toEqual(closedAt)
  }, 60_000)
})

describe('a state file that cannot be used falls back to the defaults, without an error', () => {
  it.each([
    ['missing', null],
    ['empty', ''],
    ['not JSON', '{"x": 10, "y": 1'],
    ['null', 'null'],
    ['sizes as text', '{"width":"1200","height":"800"}'],
    ['a window too small to use', '{"width":10,"height":10}'],
    ['fractional positions', '{"x":0.5,"y":1,"width":1000,"height":700}'],
  ])('%s', async (_label, content) => {
    const file = join(await newDir(), 'window-state.json')
    if (content !== null) await writeFile(file, content)
    expect(await reopen(file)).toEqual(defaultWindowState)
  })

  it('a folder where the file should be', async () => {
    const file = join(await newDir(), 'window-state.json')
    await mkdir(file)
    expect(await reopen(file)).toEqual(defaultWindowState)
  })

  it.each([
    ['far off to the right', { x: 9000, y: 200, width: 1000, height: 700, maximized: false }],
    ['above the screen', { x: 100, y: -2000, width: 1000, height: 700, maximized: false }],
    ['on a monitor since unplugged', { x: -1900, y: 0, width: 1000, height: 700, maximized: false }],
  ])('off screen, %s: opens centred at the saved size', async (_label, closedAt) => {
    const file = join(await newDir(), 'window-state.json')
    saveWindowStateSync(file, closedAt)
    expect(await reopen(file)).toEqual({ width: 1000, height: 700, maximized: false })
  })

  it('larger than every screen now: opens at the default size', async () => {
    const file = join(await newDir(), 'window-state.json')
    saveWindowStateSync(file, { x: 0, y: 0, width: 3800, height: 2100, maximized: false })
    expect(await reopen(file)).toEqual({ ...defaultWindowState, x: 0, y: 0 })
  })
})
