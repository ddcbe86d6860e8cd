import { describe, expect, it } from 'vitest'
import type { MenuItemConstructorOptions } from 'electron'
import { mkdtemp, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import {
  locationFileIn,
  readDataLocation,
  resolveDataFile,
  writeDataLocation,
} from '../../../src/main/electron/data-file'
import { applicationMenuTemplate } from '../../../src/main/electron/menu-template'
import { defaultWindowState, restoreWindowState } from '../../../src/main/electron/window-state'

describe('data file location', () => {
  it.each([
    [{}, '/home/amara/.config/Mentor Tracker/mentor-tracker.json'],
    [{ MENTOR_TRACKER_DATA: '/sync/mentoring.json' }, '/sync/mentoring.json'],
    [{ MENTOR_TRACKER_DATA: '   ' }, '/home/amara/.config/Mentor Tracker/mentor-tracker.json'],
  ])('%o gives %s', (env, expected) => {
    expect(resolveDataFile(env, '/home/amara/.config/Mentor Tracker')).toBe(expected)
  })

  it('remembers where the user moved the data, and the copy it came from, for the next start', async () => {
    const userData = await mkdtemp(join(tmpdir(), 'mentor-tracker-userdata-'))
    const pointer = locationFileIn(userData)
    expect(await readDataLocation(pointer)).toBeNull()
    const location = {
      dataFile: '/sync/Mentor Tracker/mentor-tracker.json',
      previousDataFile: '/old/mentor-tracker.json',
    }
    await writeDataLocation(pointer, location)
    expect(JSON.parse(await readFile(pointer, 'utf8'))).toEqual(location)
    const remembered = await readDataLocation(pointer)
    expect(remembered).toEqual(location)
    expect(resolveDataFile({}, userData, remembered)).toBe(location.dataFile)
    // The override still wins, for tests and for people who start the app with it.
    expect(resolveDataFile({ MENTOR_TRACKER_DATA: '/x/y.json' }, userData, remembered)).toBe('/x/y.json')
  })

  it.each([['not json'], ['{"dataFile": "relative/file.json"}'], ['{"dataFile": 42}'], ['[]']])(
    'ignores a damaged or foreign location file (%s) and uses the default place',
    async (content) => {
      const userData = await mkdtemp(join(tmpdir(), 'mentor-tracker-userdata-'))
      await writeFile(locationFileIn(userData), content)
      const remembered = await readDataLocation(locationFileIn(userData))
      expect(remembered).toBeNull()
      expect(resolveDataFile({}, userData, remembered)).toBe(join(userData, 'mentor-tracker.json'))
    },
  )
})

describe('window position', () => {
  const laptop = { x: 0, y: 0, width: 1440, height: 900 }
  const external = { x: 1440, y: 0, width: 2560, height: 1440 }

  it.each([
    ['first start', null, [laptop], defaultWindowState],
    [
      'a saved place on a screen that exists',
      { x: 100, y: 80, width: 1000, height: 700, maximized: false },
      [laptop],
      { x: 100, y: 80, width: 1000, height: 700, maximized: false },
    ],
    [
      'a place on an unplugged monitor',
      { x: 2000, y: 100, width: 1800, height: 1000, maximized: true },
      [laptop],
      { ...defaultWindowState, maximized: true },
    ],
    [
      'a place on a monitor still plugged in',
      { x: 2000, y: 100, width: 1800, height: 1000, maximized: false },
      [laptop, external],
      { x: 2000, y: 100, width: 1800, height: 1000, maximized: false },
    ],
    [
      'a title bar above the screen',
      { x: 100, y: -300, width: 1000, height: 700, maximized: false },
      [laptop],
      { width: 1000, height: 700, maximized: false },
    ],
  ] as const)('%s', (_label, saved, displays, expected) => {
    expect(restoreWindowState(saved, [...displays])).toEqual(expected)
  })
})

describe('application menu', () => {
  const labels = (items: MenuItemConstructorOptions[]): string[] =>
    items.flatMap((item) => [
      item.label ?? item.role ?? '',
      ...(Array.isArray(item.submenu) ? labels(item.submenu) : []),
    ])

  it('offers New Mentor with Ctrl/Cmd+N, and navigation to each page', () => {
    const paths: string[] = []
    const menu = applicationMenuTemplate('linux', false, {
      navigate: (p) => void paths.push(p),
      revealDataFile: () => {},
    })
    const file = menu.find((m) => m.label === 'File')
    const newMentor = (file?.submenu as MenuItemConstructorOptions[]).find((i) => i.label === 'New Mentor…')
    expect(newMentor?.accelerator).toBe('CmdOrCtrl+N')
    newMentor?.click?.(undefined as never, undefined, undefined as never)
    expect(paths).toEqual(['/mentors?new=1'])
    expect(labels(menu)).toEqual(
      expect.arrayContaining(['Dashboard', 'Mentors', 'Timeline', 'Goals', 'Settings', 'quit']),
    )
  })

  it('keeps reload and developer tools out of a user build', () => {
    const actions = { navigate: () => {}, revealDataFile: () => {} }
    expect(labels(applicationMenuTemplate('win32', false, actions))).not.toContain('toggleDevTools')
    expect(labels(applicationMenuTemplate('win32', true, actions))).toContain('toggleDevTools')
  })

  it('puts the app menu first on macOS only', () => {
    const actions = { navigate: () => {}, revealDataFile: () => {} }
    expect(applicationMenuTemplate('darwin', false, actions)[0]?.label).toBe('Mentor Tracker')
    expect(applicationMenuTemplate('linux', false, actions)[0]?.label).toBe('File')
  })
})
