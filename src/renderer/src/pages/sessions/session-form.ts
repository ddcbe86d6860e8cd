// The session editor's values, and how they become what core takes. Pure: unit-tested.
import type { ActionItem, Repeat, Session, SessionFormat, SessionStatus } from '../../../../shared/model'
import { blankSessionContent } from '../../../../shared/model'

import { SessionDraft } from '../../../../shared/requests/sessions'
import type { ActionItemInput, SessionDraft as SessionDraftInput } from '../../../../shared/requests/sessions'
import { instantOf, userTimeZone, wallTimeOf } from '../../../../shared/time'
import { validateWith } from '../../lib/form'

export type RepeatChoice = 'none' | 'weeks' | 'monthly-day' | 'monthly-weekday'

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
  /** How many weeks apart, when the session repeats every few weeks. */
  repeatWeeks: number | string
  /** Minutes before the start to remind, as the picker holds them; none means the defaults from settings. */
  reminderLeadMinutes: string[]
}

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
    repeatWeeks: 1,
    reminderLeadMinutes: [],
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
    repeatWeeks: 1,
    reminderLeadMinutes: (session.reminderLeadMinutes ?? []).map(String),
  }
}

/** Logging a planned session: held, its plan kept as the agenda; a plan for later is logged as now. */
export function markedHeld(values: SessionFormValues, now: Date): SessionFormValues {
  const later = isInFuture(values, now)
  return { ...values, status: 'held', ...(later ? roundedNow(now, values.timeZone) : {}) }
}

/** The rule core takes for the editor's repeat choice. */
function repeatRule(repeat: Exclude<RepeatChoice, 'none'>, weeks: number | string): Repeat {
  if (repeat === 'weeks') return { every: 'weeks', interval: weeks === '' ? Number.NaN : Number(weeks) }
  return { every: 'month', on: repeat === 'monthly-day' ? 'day' : 'weekday' }
}

/** Repeat choices a draft saved by an earlier version may hold, as today's choice and weeks. */
const legacyRepeats: Record<string, [RepeatChoice, number]> = {
  weekly: ['weeks', 1],
  'every-2-weeks': ['weeks', 2],
  'every-4-weeks': ['weeks', 4],
}

/** The editor's values from a saved draft, over `initial`; drafts from earlier versions still fit. */
export function restoredValues(initial: SessionFormValues, saved: Record<string, unknown>): SessionFormValues {
  const values = { ...initial, ...(saved as Partial<SessionFormValues>) }
  const legacy = legacyRepeats[String(saved.repeat)]
  if (legacy) return { ...values, repeat: legacy[0], repeatWeeks: legacy[1] }
  return Array.isArray(values.reminderLeadMinutes) ? values : { ...values, reminderLeadMinutes: [] }
}

/** What `sessions:create` takes. Empty rows of action items and links are left out. */
export function toSessionDraft({
  repeat,
  repeatWeeks,
  reminderLeadMinutes,
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
    reminderLeadMinutes:
      reminderLeadMinutes.length === 0 ? null : reminderLeadMinutes.map(Number).sort((a, b) => b - a),
    repeat: repeat === 'none' || values.status !== 'planned' ? null : repeatRule(repeat, repeatWeeks),
  }
}

const validateDraft = validateWith<SessionFormValues>(SessionDraft, toSessionDraft)

/** Core's rules as the user types, in words for this form. */
export function validateSession(values: SessionFormValues): Record<string, string> {
  const errors = validateDraft(values)
  // The weeks are their own field here; core names them inside the repeat rule.
  const weeks = errors['repeat.interval']
  if (weeks) {
    delete errors['repeat.interval']
    errors.repeatWeeks = weeks
  }
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
