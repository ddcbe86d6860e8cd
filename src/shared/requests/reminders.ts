import { z } from 'zod'
import { Timestamp } from '../model/common'

export const reminderKinds = ['session', 'keep-in-touch', 'action', 'digest', 'check-in', 'agreement-review'] as const
export type ReminderKind = (typeof reminderKinds)[number]

/** A reminder as the user sees it, derived from the data by the planner. */
export const ReminderView = z.object({
  /** Stable: the same reminder keeps its key across re-plans and restarts. */
  key: z.string(),
  kind: z.enum(reminderKinds),
  title: z.string(),
  body: z.string(),
  /** When it is (or was) due, after any snooze and quiet hours. */
  dueAt: Timestamp,
  /** Where clicking it leads in the app, e.g. `/sessions/<id>`. */
  target: z.string(),
  /** An action item reminder can be marked done. */
  actionItemId: z.string().nullable(),
  /** Session start reminders and soon-due items are urgent: quiet hours do not hold them. */
  urgent: z.boolean(),
  snoozedUntil: Timestamp.nullable(),
})
export type ReminderView = z.infer<typeof ReminderView>

/** `reminders:list`: what is due now and what comes next. */
export const ReminderList = z.object({
  due: z.array(ReminderView),
  upcoming: z.array(ReminderView),
  /** The next time something falls due, if anything does. */
  nextAt: Timestamp.nullable(),
  /** Core's time when this was planned: "in 5 minutes" is measured from it, not from the window's clock. */
  now: Timestamp,
})

export type ReminderList = z.infer<typeof ReminderList>

export const snoozeChoices = ['15m', '1h', 'tomorrow', 'until'] as const

/** `reminders:snooze`: one reminder (or every one due now) until a chosen time or a preset. */
export const ReminderSnooze = z
  .object({
    key: z.string().min(1).max(300).optional(),
    all: z.boolean().default(false),
    for: z.enum(snoozeChoices, { error: 'Choose how long to snooze' }),
    until: Timestamp.optional(),
  })
  .superRefine((input, ctx) => {
    if (!input.all && !input.key)
      ctx.addIssue({ code: 'custom', path: ['key'], message: 'Say which reminder to snooze' })
    if (input.for === 'until' && !input.until)
      ctx.addIssue({ code: 'custom', path: ['until'], message: 'Choose when to be reminded again' })
  })
export type ReminderSnooze = z.input<typeof ReminderSnooze>

export const ReminderRef = z.object({ key: z.string().min(1).max(300) })
