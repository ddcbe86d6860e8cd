import type { Database, ReminderState } from '../../../shared/model'
import { addDays, instantOf, todayIn } from '../../../shared/time'
import type { CoreContext } from '../context'
import { AppFailure } from '../errors'
import type { HandlerSlice } from '../handlers'
import type { Plan } from '../reminders/plan'

/** How many upcoming reminders the reminder centre lists. */
const UPCOMING_SHOWN = 30

/** The reminder state for `key` changed by `change`, created when there is none yet. */
function withState(
  data: Database,
  key: string,
  now: Date,
  newId: () => string,
  change: (state: ReminderState) => ReminderState,
): Database {
  const stamp = now.toISOString()
  const existing = data.reminders.find((s) => s.key === key)
  const base: ReminderState = existing ?? {
    id: newId(),
    key,
    firedAt: null,
    snoozedUntil: null,
    dismissedAt: null,
    createdAt: stamp,
    updatedAt: stamp,
  }
  const next = { ...change(base), updatedAt: stamp }
  return {
    ...data,
    reminders: existing ? data.reminders.map((s) => (s.key === key ? next : s)) : [...data.reminders, next],
  }
}

/** `reminders:*`: the reminder centre's list, snooze, dismiss and done. */
export function reminderHandlers({ store, clock, newId, zone, plan }: CoreContext & { plan: () => Plan }) {
  /** The instant a snooze ends. */
  const snoozeEnd = (choice: '15m' | '1h' | 'tomorrow' | 'until', until: string | undefined, now: Date): string => {
    if (choice === '15m') return new Date(now.getTime() + 15 * 60_000).toISOString()
    if (choice === '1h') return new Date(now.getTime() + 60 * 60_000).toISOString()
    if (choice === 'tomorrow') {
      const tomorrow = addDays(todayIn(zone(), now), 1)
      return instantOf({ date: tomorrow, time: '09:00' }, zone()) ?? new Date(now.getTime() + 86_400_000).toISOString()
    }
    return until ?? now.toISOString()
  }

  return {
    'reminders:list': async () => {
      const current = plan()
      return {
        due: current.due,
        upcoming: current.upcoming.slice(0, UPCOMING_SHOWN),
        nextAt: current.nextAt,
        now: clock.now().toISOString(),
      }
    },

    'reminders:snooze': ({ key, all, for: choice, until }) =>
      store.mutate((data, now) => {
        const end = snoozeEnd(choice, until, now)
        if (Date.parse(end) <= now.getTime()) {
          throw new AppFailure('invalid-input', 'Nothing was snoozed. Choose a time in the future.', [
            { path: 'until', message: 'Choose a time in the future' },
          ])
        }
        const keys = all ? plan().due.map((r) => r.key) : [key ?? '']
        const next = keys.reduce((d, k) => withState(d, k, now, newId, (s) => ({ ...s, snoozedUntil: end })), data)
        return { data: next, value: { snoozed: keys.length, until: end }, changed: ['reminders'] }
      }),

    'reminders:dismiss': ({ key }) =>
      store.mutate((data, now) => ({
        data: withState(data, key, now, newId, (s) => ({ ...s, dismissedAt: now.toISOString() })),
        value: { key },
        changed: ['reminders'],
      })),

    'reminders:done': ({ key }) =>
      store.mutate((data, now) => {
        const reminder = [...plan().due, ...plan().upcoming].find((r) => r.key === key)
        const itemId = reminder?.actionItemId
        if (!itemId) throw new AppFailure('conflict', 'Only a reminder about an action item can be marked done.')
        const stamp = now.toISOString()
        const next: Database = {
          ...withState(data, key, now, newId, (s) => ({ ...s, dismissedAt: stamp })),
          actionItems: data.actionItems.map((a) =>
            a.id === itemId && !a.doneAt ? { ...a, doneAt: stamp, updatedAt: stamp } : a,
          ),
        }
        return { data: next, value: { key }, changed: ['reminders', 'actionItems'] }
      }),
  } satisfies HandlerSlice<'reminders'>
}
