// The one timer behind all reminders: plans, fires what is due exactly once, sleeps until the next one.
import { randomUUID } from 'node:crypto'
import { todayIn } from '../../../shared/time'
import type { Clock } from '../clock'
import type { Logger } from '../log'
import type { Store } from '../store/store'
import type { AppNotification } from './notifications'
import { notificationFor, summaryNotification } from './notifications'
import type { Plan } from './plan'
import { planReminders } from './plan'
import { markFired } from './states'
import type { Timers } from '../timers'

/** The longest the scheduler ever waits: a clock change or a missed wake-up is noticed within a minute. */
export const MAX_WAIT_MS = 60_000
/** A tick later than this after the last one means the computer slept or the clock jumped. */
const GAP_MS = 2 * MAX_WAIT_MS
/** How long after a data change the scheduler re-plans, so a burst of writes re-plans once. */
const SETTLE_MS = 200

export interface SchedulerOptions {
  store: Store
  clock: Clock
  zone: () => string
  timers: Timers
  log: Logger
  notify(notification: AppNotification): void
  /** Called with every new plan (the tray and the reminder centre follow it). */
  onPlan?(plan: Plan): void
  /** Called (and awaited) before planning when the local day changed since the last tick: daily upkeep. */
  onNewDay?(): Promise<void>
}

export interface Scheduler {
  /** Resolves once the first plan ran (what was missed while the app was closed is delivered by then). */
  ready: Promise<void>
  /** Plans now and fires what is due; on start, after sleep, a clock change or a data change. */
  wake(): Promise<void>
  /** The latest plan, computed now. */
  plan(): Plan
  stop(): void
}

/** Starts the scheduler: it plans at once, then keeps a single timer to the next due time. */
export function createScheduler(options: SchedulerOptions): Scheduler {
  const { store, clock, timers, log } = options
  let timer: unknown = null
  let lastTick: number | null = null
  let lastDay: string | null = null
  let stopped = false
  // Delivered in this run but perhaps not yet on disk (or not storable: a read-only file).
  const delivered = new Map<string, string>()

  const plan = () => planReminders(store.data, clock.now(), options.zone())

  const schedule = (next: Plan) => {
    if (stopped) return
    const now = clock.now().getTime()
    const until = next.nextAt ? Date.parse(next.nextAt) - now : MAX_WAIT_MS
    timer = timers.setTimeout(tick, Math.max(0, Math.min(MAX_WAIT_MS, until)))
  }

  let queue: Promise<void> = Promise.resolve()
  let queued = false
  /** Runs a tick after any running one; wake-ups while one waits share it (it sees the latest data). */
  function tick(): Promise<void> {
    if (stopped) return queue
    if (queued) return queue
    queued = true
    queue = queue.then(() => {
      queued = false
      return runTick()
    })
    return queue
  }

  async function runTick(): Promise<void> {
    if (stopped) return
    timers.clearTimeout(timer)
    try {
      const day = todayIn(options.zone(), clock.now())
      if (lastDay !== null && day !== lastDay) {
        await options.onNewDay?.()
        if (stopped) return
      }
      lastDay = day
      const now = clock.now()
      const current = plan()
      options.onPlan?.(current)
      const fresh = current.toFire.filter((r) => delivered.get(r.key) !== r.dueAt)
      if (fresh.length > 0) {
        // After a start, a sleep or a clock jump forward, what came due meanwhile is one summary, not a burst.
        // After the clock was set back nothing was missed: what is due now comes due on time.
        const back = lastTick !== null && now.getTime() < lastTick
        const away = !back && (lastTick === null || now.getTime() - lastTick > GAP_MS)
        const isMissed = (r: (typeof fresh)[number]) => !back && (away || Date.parse(r.dueAt) < (lastTick ?? 0))
        const missed = fresh.filter(isMissed)
        const onTime = fresh.filter((r) => !isMissed(r))
        for (const r of fresh) delivered.set(r.key, r.dueAt)
        if (store.writable) {
          await store
            .mutate((data, at) => ({
              data: markFired(
                data,
                fresh.map((r) => r.key),
                at,
                options.zone(),
                randomUUID,
              ),
              value: null,
              changed: ['reminders'],
            }))
            .catch((error: unknown) => log.warn('Could not record delivered reminders', error))
        }
        if (missed.length > 1) options.notify(summaryNotification(missed, now))
        else missed.forEach((r) => options.notify(notificationFor(r)))
        onTime.forEach((r) => options.notify(notificationFor(r)))
      }
      lastTick = now.getTime()
      schedule(fresh.length > 0 ? plan() : current)
    } catch (error) {
      log.error('Planning reminders failed', error)
      schedule({ toFire: [], due: [], upcoming: [], nextAt: null })
    }
  }

  let settle: unknown = null
  const unsubscribe = store.onChange(() => {
    timers.clearTimeout(settle)
    settle = timers.setTimeout(tick, SETTLE_MS)
  })
  const ready = tick()

  return {
    ready,
    wake: tick,

    plan,
    stop: () => {
      stopped = true
      unsubscribe()
      timers.clearTimeout(timer)
      timers.clearTimeout(settle)
    },
  }
}
