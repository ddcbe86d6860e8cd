import { readFile, stat } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import {
  autostartEntry,
  autostartFile,
  launchExecutable,
  loginItemSettings,
  startsHidden,
  syncAutostartEntry,
} from '../../../src/main/electron/start-at-login'
import { tempDirs } from '../../helpers/temp'

const newDir = tempDirs()

describe('start at login', () => {
  it.each([
    ['win32', { openAtLogin: true, args: ['--hidden'] }],
    ['darwin', { openAtLogin: true }],
  ] as const)('registers the login item on %s so the app starts in the tray', (platform, expected) => {
    expect(loginItemSettings(platform, true)).toEqual(expected)
  })

  it.each([
    ['win32', ['C:\\Mentor Tracker\\Mentor Tracker.exe', '--hidden'], false, true],
    ['win32', ['C:\\Mentor Tracker\\Mentor Tracker.exe'], false, false],
    ['linux', ['/opt/Mentor Tracker/mentor-tracker', '--hidden'], false, true],
    ['linux', ['/opt/Mentor Tracker/mentor-tracker'], false, false],
    ['darwin', ['/Applications/Mentor Tracker.app/Contents/MacOS/Mentor Tracker'], true, true],
    ['darwin', ['/Applications/Mentor Tracker.app/Contents/MacOS/Mentor Tracker'], false, false],
    // Only macOS knows it opened the app at login; elsewhere that flag means nothing.
    ['win32', ['C:\\Mentor Tracker\\Mentor Tracker.exe'], true, false],
  ] as const)(
    'on %s started as %j (opened at login: %s) stays hidden: %s',
    (platform, argv, wasOpenedAtLogin, hidden) => {
      expect(startsHidden({ platform, argv, wasOpenedAtLogin })).toBe(hidden)
    },
  )

  it.each([
    [{}, '/home/amara/.config/autostart/mentor-tracker.desktop'],
    [{ XDG_CONFIG_HOME: '/home/amara/.dotfiles' }, '/home/amara/.dotfiles/autostart/mentor-tracker.desktop'],
    [{ XDG_CONFIG_HOME: 'relative/config' }, '/home/amara/.config/autostart/mentor-tracker.desktop'],
    [{ XDG_CONFIG_HOME: '' }, '/home/amara/.config/autostart/mentor-tracker.desktop'],
  ])('puts the Linux autostart entry for %o at %s', (env, expected) => {
    expect(autostartFile(env, '/home/amara')).toBe(expected)
  })

  it('starts the AppImage itself when running from one, else the executable', () => {
    expect(
      launchExecutable({ APPIMAGE: '/home/amara/Apps/Mentor Tracker.AppImage' }, '/tmp/.mount_abc/mentor-tracker'),
    ).toBe('/home/amara/Apps/Mentor Tracker.AppImage')
    expect(launchExecutable({}, '/opt/Mentor Tracker/mentor-tracker')).toBe('/opt/Mentor Tracker/mentor-tracker')
  })

  it('writes an entry a desktop reads back as the program path and --hidden, whatever the path holds', () => {
    const entry = autostartEntry('/opt/Mentor Tracker/mentor-tracker')
    expect(entry.split('\n')).toEqual(
      expect.arrayContaining([
        '[Desktop Entry]',
        'Type=Application',
        'Name=Mentor Tracker',
        'Exec="/opt/Mentor Tracker/mentor-tracker" --hidden',
      ]),
    )
    expect(entry.startsWith('[Desktop Entry]\n')).toBe(true)
    // Quotes, dollars, backticks and backslashes are escaped inside the quotes, and a backslash once more as a
    // string value (four in all); a percent sign would start a field code.
    const odd = autostartEntry('/home/a"b/$HOME/`x`/c\\d/100%/mentor-tracker')
    expect(odd).toContain('Exec="/home/a\\\\"b/\\\\$HOME/\\\\`x\\\\`/c\\\\\\\\d/100%%/mentor-tracker" --hidden')
  })

  it('creates the autostart entry when turned on and removes it when turned off', async () => {
    const config = await newDir()
    const host = {
      env: { XDG_CONFIG_HOME: config },
      home: '/nonexistent',
      execPath: '/opt/Mentor Tracker/mentor-tracker',
    }
    const file = join(config, 'autostart', 'mentor-tracker.desktop')
    await syncAutostartEntry(true, host)
    expect(await readFile(file, 'utf8')).toContain('Exec="/opt/Mentor Tracker/mentor-tracker" --hidden')
    await syncAutostartEntry(false, host)
    await expect(stat(file)).rejects.toMatchObject({ code: 'ENOENT' })
    // Turning it off when it was never on is fine.
    await syncAutostartEntry(false, host)
  })
})
