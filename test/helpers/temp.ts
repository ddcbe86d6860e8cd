import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach } from 'vitest'

/**
 * Returns a function that makes a temporary folder; every folder it made is removed after each test
 * (retrying while a core left open still writes its backups there).
 */
export function tempDirs(): () => Promise<string> {
  const made: string[] = []
  afterEach(async () => {
    await Promise.all(
      made.splice(0).map((dir) => rm(dir, { recursive: true, force: true, maxRetries: 10, retryDelay: 50 })),
    )
  })
  return async () => {
    const dir = await mkdtemp(join(tmpdir(), 'mentor-tracker-test-'))
    made.push(dir)
    return dir
  }
}
