// Remembers where the main window was. Kept out of the data file: it belongs to this machine's screens.
import { readFile } from 'node:fs/promises'
import writeFileAtomic from 'write-file-atomic'
import { z } from 'zod'

export const WindowState = z.object({
  x: z.number().int().optional(),
  y: z.number().int().optional(),
  width: z.number().int().min(200).max(20_000),
  height: z.number().int().min(200).max(20_000),
  maximized: z.boolean().default(false),
})
export type WindowState = z.infer<typeof WindowState>

interface Area {
  x: number
  y: number
  width: number
  height: number
}

export const defaultWindowState: WindowState = { width: 1200, height: 800, maximized: false }

/**
 * The bounds to open with: the saved ones when their title bar lands on a screen that exists now
 * (a monitor may have been unplugged), otherwise the saved size, centred by the system.
 */
export function restoreWindowState(saved: WindowState | null, displays: Area[]): WindowState {
  if (!saved) return defaultWindowState
  const fits = (area: Area) => saved.width <= area.width && saved.height <= area.height
  const size = displays.some(fits) ? { width: saved.width, height: saved.height } : defaultWindowState
  if (saved.x === undefined || saved.y === undefined) return { ...size, maximized: saved.maximized }
  const { x, y } = saved
  // The top strip of the window (where it can be grabbed) must be visible on some display.
  const visible = displays.some((d) => x + 100 > d.x && x < d.x + d.width - 100 && y >= d.y && y < d.y + d.height - 50)
  return visible ? { ...size, x, y, maximized: saved.maximized } : { ...size, maximized: saved.maximized }
}

/** Reads the saved window state; null when there is none or it is unreadable. */
export async function loadWindowState(file: string): Promise<WindowState | null> {
  try {
    const parsed = WindowState.safeParse(JSON.parse(await readFile(file, 'utf8')))
    return parsed.success ? parsed.data : null
  } catch {
    return null
  }
}

/**
 * Saves the window state before it returns: the window closes as the app quits, and Electron exits
 * without waiting for pending writes, so an asynchronous save would be lost. Throws on a bad state or disk.
 */
export function saveWindowStateSync(file: string, state: WindowState): void {
  writeFileAtomic.sync(file, JSON.stringify(WindowState.parse(state)), { fsync: true })
}
