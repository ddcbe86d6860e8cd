// Start at login on every system: what to register, and whether a start should stay in the tray. No Electron import.
import { mkdir, rm, writeFile } from 'node:fs/promises'
import { dirname, isAbsolute, join } from 'node:path'
import type { Settings as LoginItemSettings } from 'electron'

/** The argument a start at login carries: the app starts in the tray, without its window. */
export const HIDDEN_ARG = '--hidden'

/** What `app.setLoginItemSettings` gets (macOS and Windows; Electron does nothing with it on Linux). */
export function loginItemSettings(platform: NodeJS.Platform, openAtLogin: boolean): LoginItemSettings {
  // macOS tells the app it was opened at login; Windows starts it with the argument instead.
  return platform === 'win32' ? { openAtLogin, args: [HIDDEN_ARG] } : { openAtLogin }
}

/** Whether this start should keep the window closed: started at login (by the argument, or as macOS says). */
export function startsHidden(start: { platform: NodeJS.Platform; argv: readonly string[]; wasOpenedAtLogin: boolean }) {
  return start.argv.includes(HIDDEN_ARG) || (start.platform === 'darwin' && start.wasOpenedAtLogin)
}

/** The XDG autostart entry: in `$XDG_CONFIG_HOME/autostart` (if absolute, per the spec), else `~/.config/autostart`. */
export function autostartFile(env: NodeJS.ProcessEnv, home: string): string {
  const configHome =
    env.XDG_CONFIG_HOME && isAbsolute(env.XDG_CONFIG_HOME) ? env.XDG_CONFIG_HOME : join(home, '.config')
  return join(configHome, 'autostart', 'mentor-tracker.desktop')
}

/** The program to start: the AppImage itself when running from one (its mount point changes every run). */
export function launchExecutable(env: NodeJS.ProcessEnv, execPath: string): string {
  return env.APPIMAGE || execPath
}

/** One argument of a desktop entry's Exec key: quoted, with the quoting and string escapes the spec asks for. */
function execArgument(value: string): string {
  const quoted = `"${value.replace(/[\\"`$]/g, (c) => `\\${c}`)}"`
  // String-value escapes apply on top of the quoting (so one backslash is written as four); `%` starts a field code.
  return quoted.replace(/\\/g, '\\\\').replace(/\n/g, '\\n').replace(/%/g, '%%')
}

/** The autostart desktop entry that starts `executable` in the tray at login. */
export function autostartEntry(executable: string): string {
  return [
    '[Desktop Entry]',
    'Type=Application',
    'Name=Mentor Tracker',
    'Comment=Mentoring reminders in the tray',
    `Exec=${execArgument(executable)} ${HIDDEN_ARG}`,
    'Terminal=false',
    'X-GNOME-Autostart-enabled=true',
    '',
  ].join('\n')
}

/** Writes the autostart entry (or removes it) for Linux desktops, where Electron's login items do nothing. */
export async function syncAutostartEntry(
  openAtLogin: boolean,
  host: { env: NodeJS.ProcessEnv; home: string; execPath: string },
): Promise<void> {
  const file = autostartFile(host.env, host.home)
  if (!openAtLogin) return rm(file, { force: true })
  await mkdir(dirname(file), { recursive: true })
  await writeFile(file, autostartEntry(launchExecutable(host.env, host.execPath)), 'utf8')
}
