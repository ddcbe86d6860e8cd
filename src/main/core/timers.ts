// The timers core's long-running parts use (the reminder scheduler, the store's watch, retry and compaction); tests pass fakes.

/** The timer functions core uses. */
export interface Timers {
  setTimeout(run: () => unknown, ms: number): unknown
  clearTimeout(handle: unknown): void
}

/** Node's timers, not keeping the process alive on their own. */
export const nodeTimers: Timers = {
  setTimeout: (run, ms) => {
    const handle = setTimeout(run, ms)
    handle.unref?.()
    return handle
  },
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
}
