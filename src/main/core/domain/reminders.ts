// `reminders:*`: the reminder centre's list, snooze, dismiss and done. The rules take the reminder plan and the
// user's zone as input; the registration at the end gathers them.
import type { ChannelOutput, ParsedInput } from '../../../shared/ipc'
import type { Database, ReminderState } from '../../../shared/model'
import type { ReminderView } from '../../../shared/requests/reminders'
import { addDays, instantOf, todayIn } from '../../../shared/time'
import type { CoreContext } from '../context'
import { AppFailure } from '../errors'
import type { HandlerSlice } from '../handlers'
import type { Plan } from '../reminders/plan'
import type { Outcome, RuleEnv } from '../rules'
import { mutation } from '../rules'

/** How many upcoming reminders the reminder centre lists. */
const UPCOMING_SHOWN = 30

/** The reminder state for `key` changed by `change`, created when there is none yet. */
function withState(
  data: Database,
  key: string,
  { now, newId }: RuleEnv,
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

/** The reminder centre's list from a plan made at `now`: what is due, and the first upcoming ones. */
export function reminderList(plan: Plan, now: Date): ChannelOutput<'reminders:list'> {
  return {
    due: plan.due,
    upcoming: plan.upcoming.slice(0, UPCOMING_SHOWN),
    nextAt: plan.nextAt,
    now: now.toISOString(),
  }
}

/** The instant a snooze chosen at `now` ends; "tomorrow" is 9 in the morning in the user's `zone`. */
export function snoozeEnd(
  { for: choice, until }: Pick<ParsedInput<'reminders:snooze'>, 'for' | 'until'>,
  now: Date,
  zone: string,
): string {
  if (choice === '15m') return new Date(now.getTime() + 15 * 60_000).toISOString()
  if (choice === '1h') return new Date(now.getTime() + 60 * 60_000).toISOString()
  if (choice === 'tomorrow') {
    const tomorrow = addDays(todayIn(zone, now), 1)
    return instantOf({ date: tomorrow, time: '09:00' }, zone) ?? new Date(now.getTime() + 86_400_000).toISOString()
  }
  return until ?? now.toISOString()
}

/** What snoozing needs besides the user's choice: the keys of the reminders due now, and the user's zone. */
export interface SnoozeContext {
  dueKeys: readonly string[]
  zone: string
}

/** Snoozes one reminder, or every one due now (`all`); refuses an end that is not in the future. */
export function snoozeReminders(
  data: Database,
  input: ParsedInput<'reminders:snooze'> & SnoozeContext,
  env: RuleEnv,
): Outcome<ChannelOutput<'reminders:snooze'>> {
  const end = snoozeEnd(input, env.now, input.zone)
  if (Date.parse(end) <= env.now.getTime()) {
    throw new AppFailure('invalid-input', 'Nothing was snoozed. Choose a time in the future.', [
      { path: 'until', message: 'Choose a time in the future' },
    ])
  }
  const keys = input.all ? [...input.dueKeys] : [input.key ?? '']
  const next = keys.reduce((d, k) => withState(d, k, env, (s) => ({ ...s, snoozedUntil: end })), data)
  return { data: next, value: { snoozed: keys.length, until: end }, changed: ['reminders'] }
}

/** Dismisses a reminder: it does not come back. */
export function dismissReminder(
  data: Database,
  { key }: ParsedInput<'reminders:dismiss'>,
  env: RuleEnv,
): Outcome<{ key: string }> {
  const dismissed = withState(data, key, env, (s) => ({ ...s, dismissedAt: env.now.toISOString() }))
  return { data: dismissed, value: { key }, changed: ['reminders'] }
}

/**
 * Marks the action item a reminder is about done, and dismisses the reminder. `planned` are the reminders
 * planned now (due and upcoming); refuses a reminder that is not about an action item.
 */
export function markReminderDone(
  data: Database,
  { key, planned }: ParsedInput<'reminders:done'> & { planned: readonly ReminderView[] },
  env: RuleEnv,
): Outcome<{ key: string }> {
  const itemId = planned.find((r) => r.key === key)?.actionItemId
  if (!itemId) throw new AppFailure('conflict', 'Only a reminder about an action item can be marked done.')
  const stamp = env.now.toISOString()
  const next: Database = {
    ...withState(data, key, env, (s) => ({ ...s, dismissedAt: stamp })),
    actionItems: data.actionItems.map((a) =>
      a.id === itemId && !a.doneAt ? { ...a, doneAt: stamp, updatedAt: stamp } : a,
    ),
  }
  return { data: next, value: { key }, changed: ['reminders', 'actionItems'] }
}

/** `reminders:*` over the store; `plan` plans the reminders as they stand now. */
export function reminderHandlers(ctx: CoreContext & { plan: () => Plan }) {
  const { clock, zone, plan } = ctx
  return {
    'reminders:list': async () => reminderList(plan(), clock.now()),
    // The plan and the zone are read as the change is applied, like the data it changes.
    'reminders:snooze': mutation(ctx, (data, input, env) =>
      snoozeReminders(data, { ...input, dueKeys: input.all ? plan().due.map((r) => r.key) : [], zone: zone() }, env),
    ),
    'reminders:dismiss': mutation(ctx, dismissReminder),
    'reminders:done': mutation(ctx, (data, input, env) => {
      const current = plan()
      return markReminderDone(data, { ...input, planned: [...current.due, ...current.upcoming] }, env)
    }),
  } satisfies HandlerSlice<'reminders'>
}
