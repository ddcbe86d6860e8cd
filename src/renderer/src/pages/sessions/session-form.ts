// The session editor's values, and how they become what core takes. Pure: unit-tested.
import type { ActionItem, Repeat, Session, SessionFormat, SessionStatus } from '../../../../shared/model'
import { blankSessionContent } from '../../../../shared/model'

import { SessionDraft } from '../../../../shared/requests/sessions'
import type { ActionItemInput, SessionDraft as SessionDraftInput } from '../../../../shared/requests/sessions'
import { instantOf, todayIn, wallTimeOf } from '../../../../shared/time'
import { validateWith } from '../../lib/form'

export type RepeatChoice = 'none' | 'weekly' | 'every-2-weeks' | 'every-4-weeks' | 'monthly-day' | 'monthly-weekday'

export interface SessionFormValues {
  mentorId: string | null
  date: string | null
  time: string
  timeZone: string
  durationMinutes: number | string
  format: SessionFormat
  status: SessionStatus
  agenda: string
  notes: string
  whatWorked: string
  whatDidNot: string
  takeaways: string
  reflection: string
  goalIds: string[]
  resources: Array<{ title: string; url: string }>
  followUpOn: string | null
  actionItems: Array<ActionItemInput & { done: boolean; dueOn: string | null }>
  repeat: RepeatChoice
}

/** The zone the user's computer is in. */
export const userTimeZone = (): string => Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC'

/** `now` rounded down to the quarter hour, as a local date and time in `zone`. */
export function roundedNow(now: Date, zone: string): { date: string; time: string } {
  const quarter = 15 * 60_000
  return wallTimeOf(new Date(Math.floor(now.getTime() / quarter) * quarter).toISOString(), zone)
}

/** A new session: logged now, or planned for the same time next week. */
export function newSessionValues(options: {
  mentorId?: string | null
  mode: 'log' | 'plan'
  now: Date
  agenda?: string
}): SessionFormValues {
  const zone = userTimeZone()
  const start = roundedNow(
    options.mode === 'plan' ? new Date(options.now.getTime() + 7 * 86_400_000) : options.now,
    zone,
  )
  return {
    mentorId: options.mentorId ?? null,
    date: start.date,
    time: options.mode === 'plan' ? '10:00' : start.time,
    timeZone: zone,
    durationMinutes: 60,
    format: 'video',
    status: options.mode === 'plan' ? 'planned' : 'held',
    ...blankSessionContent,
    agenda: options.agenda ?? '',
    actionItems: [],
    repeat: 'none',
  }
}

/** The editor's values for an existing session and its action items. */
export function sessionValues(session: Session, actionItems: readonly ActionItem[]): SessionFormValues {
  const { date, time } = wallTimeOf(session.startsAt, session.timeZone)
  return {
    mentorId: session.mentorId,
    date,
    time,
    timeZone: session.timeZone,
    durationMinutes: session.durationMinutes,
    format: session.format,
    status: session.status,
    agenda: session.agenda,
    notes: session.notes,
    whatWorked: session.whatWorked,
    whatDidNot: session.whatDidNot,
    takeaways: session.takeaways,
    reflection: session.reflection,
    goalIds: session.goalIds,
    resources: session.resources,
    followUpOn: session.followUpOn,
    actionItems: actionItems.map((a) => ({
      id: a.id,
      title: a.title,
      owner: a.owner,
      dueOn: a.dueOn,
      done: a.doneAt !== null,
    })),
    repeat: 'none',
  }
}

/** Logging a planned session: held, its plan kept as the agenda; a plan for later is logged as now. */
export function markedHeld(values: SessionFormValues, now: Date): SessionFormValues {
  const later = isInFuture(values, now)
  return { ...values, status: 'held', ...(later ? roundedNow(now, values.timeZone) : {}) }
}

const repeats: Record<Exclude<RepeatChoice, 'none'>, Repeat> = {
  weekly: { every: 'weeks', interval: 1 },
  'every-2-weeks': { every: 'weeks', interval: 2 },
  'every-4-weeks': { every: 'weeks', interval: 4 },
  'monthly-day': { every: 'month', on: 'day' },
  'monthly-weekday': { every: 'month', on: 'weekday' },
}

/** What `sessions:create` takes. Empty rows of action items and links are left out. */
export function toSessionDraft({
  repeat,
  mentorId,
  date,
  durationMinutes,
  actionItems,
  resources,
  ...values
}: SessionFormValues): SessionDraftInput {
  return {
    ...values,
    mentorId: mentorId ?? '',
    date: date ?? '',
    durationMinutes: durationMinutes === '' ? Number.NaN : Number(durationMinutes),
    actionItems: actionItems.filter((a) => a.title.trim() !== '' || a.id),
    resources: resources.filter((r) => r.url.trim() !== '' || r.title.trim() !== ''),
    repeat: repeat === 'none' || values.status !== 'planned' ? null : repeats[repeat],
  }
}

const validateDraft = validateWith<SessionFormValues>(SessionDraft, toSessionDraft)

/** Core's rules as the user types, in words for this form. */
export function validateSession(values: SessionFormValues): Record<string, string> {
  const errors = validateDraft(values)
  if (!values.mentorId) errors.mentorId = 'Choose a mentor'
  if (!values.date) errors.date = 'Choose a date'
  if (Number.isNaN(Number(values.durationMinutes)) || values.durationMinutes === '')
    errors.durationMinutes = 'Enter a duration in minutes'
  if (values.status === 'held' && isInFuture(values, new Date())) {
    errors.date = 'This has not happened yet: plan it instead, or change the date'
  }
  return errors
}

/** True when the local date and time lie after `now`: such a session can only be planned. */
export function isInFuture(values: Pick<SessionFormValues, 'date' | 'time' | 'timeZone'>, now: Date): boolean {
  if (!values.date) return false
  const instant = instantOf({ date: values.date, time: values.time }, values.timeZone)
  return instant !== null && Date.parse(instant) > now.getTime()
}

/** Today in the user's zone, for date pickers. */
export const todayLocal = (now: Date) => todayIn(userTimeZone(), now)
