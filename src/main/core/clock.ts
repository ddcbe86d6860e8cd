/** Where core reads the time. Logic takes `now` as an argument; only edges ask the clock. */
export interface Clock {
  now(): Date
}

/** The machine's clock. */
export const systemClock: Clock = { now: () => new Date() }

/** A clock that runs with real time from a point that can be moved; the web host's test clock. */
export interface AdjustableClock extends Clock {
  /** Jumps to `date`; time runs on from there. */
  set(date: Date): void
  /** Moves forward (or back, if negative) by `ms`. */
  advance(ms: number): void
}

/** Builds an adjustable clock over `base` (the system clock by default). */
export function createAdjustableClock(base: Clock = systemClock): AdjustableClock {
  let offset = 0
  return {
    now: () => new Date(base.now().getTime() + offset),
    set: (date) => {
      offset = date.getTime() - base.now().getTime()
    },
    advance: (ms) => {
      offset += ms
    },
  }
}
