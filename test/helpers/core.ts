import { join } from 'node:path'
import type { AdjustableClock } from '../../src/main/core/clock'
import { createAdjustableClock } from '../../src/main/core/clock'
import type { Core, CoreOptions } from '../../src/main/core/create-core'
import { createCore } from '../../src/main/core/create-core'
import { silentLogger } from '../../src/main/core/log'

/** A clock standing still at `iso` until a test moves it. */
export function fixedClock(iso = '2026-11-27T09:00:00.000Z'): AdjustableClock {
  const start = new Date(iso)
  return createAdjustableClock({ now: () => start })
}

/** The data file's path inside a test folder. */
export const dataFileIn = (dir: string) => join(dir, 'mentor-tracker.json')

/** A core on `dir`'s data file with a fixed clock and no console noise. */
export async function openCore(
  dir: string,
  options: Partial<CoreOptions> = {},
): Promise<Core & { clock: AdjustableClock; dataFile: string }> {
  const clock = (options.clock as AdjustableClock | undefined) ?? fixedClock()
  const dataFile = options.dataFile ?? dataFileIn(dir)
  const core = await createCore({ ...options, dataFile, clock, ports: { log: silentLogger, ...options.ports } })
  return Object.assign(core, { clock, dataFile })
}

/** Unwraps a Result in a test: the value, or a thrown error naming what failed. */
export function valueOf<T>(result: { ok: true; value: T } | { ok: false; error: { message: string } }): T {
  if (!result.ok) throw new Error(`Expected success, got: ${result.error.message}`)
  return result.value
}
