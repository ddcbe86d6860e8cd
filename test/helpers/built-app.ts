// For unit tests that need the built app in out/: build it when stale, one build at a time across test workers.
import { createHash } from 'node:crypto'
import { mkdir, readdir, rm, stat } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { setTimeout as delay } from 'node:timers/promises'
import { ensureBuilt, root } from '../web-host/build'

/** A build that has held the lock this long was killed; its lock is taken over. */
const STALE_LOCK_MS = 10 * 60_000

/** The newest modification time of any file under `path`. */
async function newestMtime(path: string): Promise<number> {
  const info = await stat(path).catch(() => null)
  if (!info) return 0
  if (!info.isDirectory()) return info.mtimeMs
  const times = await Promise.all((await readdir(path)).map((name) => newestMtime(join(path, name))))
  return Math.max(0, ...times)
}

/**
 * Builds the app (electron-vite) and the web host's bridge unless out/ is already newer than the
 * sources, as the browser tests' global setup does; also rebuilds when out/preload is missing or stale,
 * which that check alone would not notice. Test files in parallel workers wait for each other's build.
 */
export async function buildAppIfStale(): Promise<void> {
  const lock = join(tmpdir(), `mentor-tracker-build-${createHash('sha256').update(root).digest('hex').slice(0, 12)}`)
  for (;;) {
    try {
      await mkdir(lock)
      break
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
      const held = await stat(lock).catch(() => null)
      if (held && Date.now() - held.mtimeMs > STALE_LOCK_MS) await rm(lock, { recursive: true, force: true })
      else await delay(250)
    }
  }
  try {
    const preload = await newestMtime(join(root, 'out/preload/index.cjs'))
    const preloadSources = Math.max(
      await newestMtime(join(root, 'src/preload')),
      await newestMtime(join(root, 'src/shared')),
    )
    await ensureBuilt({ force: preload === 0 || preloadSources > preload })
  } finally {
    await rm(lock, { recursive: true, force: true })
  }
}
