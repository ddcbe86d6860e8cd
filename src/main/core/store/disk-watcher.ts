// Looks at the files every few seconds for other programs' changes (a sync tool replacing them): one stat each.
import type { Timers } from '../timers'

/** Runs `look` every `everyMs` (after the previous look ended) until stopped; 0 never looks. */
export class DiskWatcher {
  private timer: unknown = null
  /** The current round of looking; a look that ends after a stop or restart does not go on. */
  private round: object | null = null

  constructor(
    private readonly timers: Timers,
    private readonly everyMs: number,
    private readonly look: () => Promise<void>,
  ) {}

  start(): void {
    if (this.everyMs <= 0) return
    const round = {}
    this.round = round
    const next = () => {
      this.timer = this.timers.setTimeout(() => {
        void this.look().finally(() => {
          if (this.round === round) next()
        })
      }, this.everyMs)
    }
    next()
  }

  stop(): void {
    this.round = null
    if (this.timer !== null) this.timers.clearTimeout(this.timer)
    this.timer = null
  }
}
