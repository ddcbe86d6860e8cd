// A core with fake timers and recorded notifications, for the reminder tests.
import type { AppNotification } from '../../src/main/core/reminders/notifications'
import { fixedClock, openCore } from './core'

/** Timers that run only when the test says; they record every delay asked for. */
export function fakeTimers() {
  const pending = new Map<number, () => unknown>()
  const delays: number[] = []
  let next = 0
  return {
    delays,
    setTimeout(run: () => unknown, ms: number) {
      delays.push(ms)
      pending.set(++next, run)
      return next
    },
    clearTimeout(handle: unknown) {
      pending.delete(handle as number)
    },
    /** Runs every pending timer (as if its time came), and waits for what they started. */
    async fire() {
      const runs = [...pending.values()]
      pending.clear()
      await Promise.all(runs.map((run) => run()))
    },
  }
}

/** A core on `dir` at `start`, its scheduler on fake timers, its notifications recorded. */
export async function reminderCore(start: string, options: { dir: string; zone?: string }) {
  const { dir } = options
  const clock = fixedClock(start)
  const timers = fakeTimers()
  const shown: AppNotification[] = []
  const core = await openCore(dir, {
    clock,
    timers,
    timeZone: () => options.zone ?? 'Europe/Berlin',
    ports: { notify: (n) => void shown.push(n) },
  })
  await core.wake()
  /** Moves the clock and lets the scheduler's timer run, as time passing would. */
  const pass = async (ms: number) => {
    clock.advance(ms)
    await timers.fire()
  }
  return { core, clock, timers, shown, pass, dir }
}

/** The titles of the notifications shown. */
export const titles = (shown: AppNotification[]) => shown.map((n) => n.title)
