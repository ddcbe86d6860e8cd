// Every reminder the data implies, before snoozes, dismissals and quiet hours. Pure.
import type { ActionItem, Database, Mentor, Session } from '../../../shared/model'
import { firstNameOf } from '../../../shared/text'
import { addDays, todayIn, zonedMillis } from '../../../shared/time'
import { actionKey, digestKey, sessionKey, touchKey } from './keys'
import { preparation } from './preparation'
import { agreementReviewCandidates } from './agreement-candidates'
import type { Candidate } from './candidate'

export type { Candidate } from './candidate'

const MINUTE = 60_000
const WEEK = 7 * 24 * 60 * MINUTE
/** Action items are due "on the day": the reminder comes at nine in the morning. */
const ACTION_TIME = '09:00'

const firstName = (mentor: Mentor | undefined) => (mentor ? firstNameOf(mentor.name) : 'your mentor')

/** "in 15 minutes", "in 2 hours", "tomorrow" for a lead time. */
function leadText(minutes: number): string {
  if (minutes < 60) return `in ${minutes} minutes`
  if (minutes < 24 * 60) return minutes === 60 ? 'in an hour' : `in ${Math.round(minutes / 60)} hours`
  return minutes === 24 * 60 ? 'tomorrow' : `in ${Math.round(minutes / (24 * 60))} days`
}

const formats = new Map<string, Intl.DateTimeFormat>()

/** A formatter per zone and style, made once: constructing one costs more than formatting thousands of dates. */
function format(zone: string, style: 'session' | 'day'): Intl.DateTimeFormat {
  const key = `${style}|${zone}`
  let made = formats.get(key)
  if (!made) {
    made =
      style === 'session'
        ? new Intl.DateTimeFormat('en-GB', {
            weekday: 'short',
            day: 'numeric',
            month: 'short',
            hour: '2-digit',
            minute: '2-digit',
            timeZone: zone,
          })
        : new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeZone: zone })
    formats.set(key, made)
  }
  return made
}

function sessionTime(session: Session): string {
  return format(session.timeZone, 'session').format(new Date(session.startsAt))
}

/** Zoned times already worked out, across plans: re-planning after each change reuses them. */
const zonedCache = new Map<string, number>()
const ZONED_CACHE_LIMIT = 50_000

/** A local day (plus `days`) at a time of day in `zone`, as milliseconds; cached, since many items share a day. */
function dayClock(zone: string) {
  return (date: string, time: string, days = 0): number => {
    const key = `${zone}|${date}+${days}T${time}`
    let value = zonedCache.get(key)
    if (value === undefined) {
      if (zonedCache.size >= ZONED_CACHE_LIMIT) zonedCache.clear()
      value = zonedMillis({ date: days ? addDays(date, days) : date, time }, zone)

      zonedCache.set(key, value)
    }
    return value
  }
}

/**
 * Candidates made by earlier plans, per record. Records are immutable (a change replaces them), so a
 * record's candidates stay right while it, its mentor, the zone and what they depend on stay the same:
 * re-planning after each change then only builds what changed.
 */
const actionMemo = new WeakMap<
  ActionItem,
  { zone: string; mentor: Mentor | undefined; today: string; overdueAt: number; overdue: boolean; made: Candidate }
>()
const sessionMemo = new WeakMap<
  Session,
  { mentor: Mentor | undefined; defaults: readonly number[]; context: string; made: Candidate[] }
>()

/** All reminders implied by `data` for a user in `zone`. */
export function reminderCandidates(data: Database, now: Date, zone: string): Candidate[] {
  const mentors = new Map(data.mentors.map((m) => [m.id, m]))
  const at = dayClock(zone)
  const out: Candidate[] = []
  const defaults = data.settings.reminders.sessionLeadMinutes
  const plannedStarts = new Map<Session, number>()

  const today = todayIn(zone, now)
  const days = [today, addDays(today, 1)] as const
  // Where today and tomorrow begin and end in `zone`: the digest counts the planned sessions in each.
  const bounds = [...days, addDays(today, 2)].map((day) => at(day, '00:00'))
  const plannedOn = [0, 0]
  const lastHeld = new Map<string, number>()
  /** The takeaways of the last held session with each mentor: the session reminder recalls them. */
  const lastTakeaways = new Map<string, { start: number; takeaways: string }>()
  const planned = new Set<string>()
  for (const session of data.sessions) {
    if (session.status === 'held' && !session.mentorId) continue
    const start = Date.parse(session.startsAt)
    if (session.status === 'planned') {
      if (start >= bounds[0]! && start < bounds[2]!) plannedOn[start < bounds[1]! ? 0 : 1]!++
      if (session.mentorId && start > now.getTime()) planned.add(session.mentorId)
      plannedStarts.set(session, start)
    } else if (session.status === 'held' && session.mentorId) {
      lastHeld.set(session.mentorId, Math.max(lastHeld.get(session.mentorId) ?? 0, start))
      const last = lastTakeaways.get(session.mentorId)
      if (session.takeaways.trim() && (!last || start > last.start))
        lastTakeaways.set(session.mentorId, { start, takeaways: session.takeaways })
    }
  }
  const openItems = new Map<string, number>()
  for (const item of data.actionItems) {
    if (!item.doneAt && item.mentorId) openItems.set(item.mentorId, (openItems.get(item.mentorId) ?? 0) + 1)
  }

  // Before a planned session.
  for (const [session, start] of plannedStarts) {
    const end = start + session.durationMinutes * MINUTE
    if (end <= now.getTime()) continue
    const mentor = mentors.get(session.mentorId ?? '')
    const context = mentor
      ? preparation(lastTakeaways.get(mentor.id)?.takeaways ?? '', openItems.get(mentor.id) ?? 0)
      : ''
    const memo = sessionMemo.get(session)
    if (memo && memo.mentor === mentor && memo.defaults === defaults && memo.context === context) {
      out.push(...memo.made)
      continue
    }
    const made = sessionCandidates(session, mentor, defaults, start, end, context)
    sessionMemo.set(session, { mentor, defaults, context, made })
    out.push(...made)
  }

  // Keep in touch: due at the cadence after the last held session, overdue at one and a half times it.
  for (const mentor of data.mentors) {
    if (!mentor.cadenceWeeks || mentor.archivedAt || mentor.stage === 'paused' || planned.has(mentor.id)) continue
    const held = lastHeld.get(mentor.id)
    const base = held ?? Date.parse(mentor.createdAt)
    const cadence = mentor.cadenceWeeks * WEEK
    const overdue = now.getTime() >= base + 1.5 * cadence
    const since = held ? `Your last session was ${format(zone, 'day').format(new Date(held))}` : 'You have not met yet'
    out.push({
      key: touchKey(mentor.id, new Date(base).toISOString(), overdue ? 'overdue' : 'due'),
      kind: 'keep-in-touch',
      title: overdue
        ? `It has been a while since you met ${firstName(mentor)}`
        : `Time to get in touch with ${firstName(mentor)}`,
      body: `${since}; you meant to keep in touch every ${mentor.cadenceWeeks === 1 ? 'week' : `${mentor.cadenceWeeks} weeks`}.`,
      dueAt: base + (overdue ? 1.5 : 1) * cadence,
      since: base,
      expiresAt: null,
      urgent: false,
      target: `/mentors/${mentor.id}`,
      actionItemId: null,
    })
  }

  // Action items: on the day they are due, then once overdue.
  let dueOrOverdue = 0
  let dueTomorrow = 0
  for (const item of data.actionItems) {
    if (item.doneAt || !item.dueOn) continue
    if (item.dueOn <= today) dueOrOverdue++
    else if (item.dueOn === days[1]) dueTomorrow++
    const mentor = mentors.get(item.mentorId ?? '')
    const memo = actionMemo.get(item)
    const overdueAt = memo && memo.zone === zone ? memo.overdueAt : at(item.dueOn, ACTION_TIME, 1)
    const overdue = now.getTime() >= overdueAt
    if (memo && memo.zone === zone && memo.mentor === mentor && memo.today === today && memo.overdue === overdue) {
      out.push(memo.made)
      continue
    }
    const whose =
      item.owner === 'me'
        ? mentor
          ? `You promised ${firstName(mentor)}`
          : 'You promised yourself'
        : `${firstName(mentor)} promised this`
    const made: Candidate = {
      key: actionKey(item.id, item.dueOn, overdue ? 'overdue' : 'due'),
      kind: 'action',
      title: overdue
        ? `Overdue: ${item.title}`
        : `Due ${item.dueOn === today ? 'today' : 'on ' + item.dueOn}: ${item.title}`,
      body: `${whose}.`,
      dueAt: overdue ? overdueAt : at(item.dueOn, ACTION_TIME),
      since: Date.parse(item.createdAt),
      expiresAt: null,
      urgent: false,
      // The action items page opens the item's form from `edit`.
      target: `/actions?edit=${encodeURIComponent(item.id)}`,
      actionItemId: item.id,
    }
    actionMemo.set(item, { zone, mentor, today, overdueAt, overdue, made })
    out.push(made)
  }

  // The agreements whose review date comes.
  out.push(...agreementReviewCandidates(data, mentors, zone, at))

  // The daily digest, today's and tomorrow's (so the scheduler knows when the next one falls).
  const { digestTime, digestSetAt } = data.settings.reminders
  const digestSince = digestSetAt ? Date.parse(digestSetAt) : 0
  if (digestTime) {
    for (const [index, day] of days.entries()) {
      const sessionsToday = plannedOn[index]!
      // Tomorrow's digest also counts what falls due tomorrow.
      const dueItems = index === 0 ? dueOrOverdue : dueOrOverdue + dueTomorrow
      if (sessionsToday + dueItems === 0) continue
      const parts = [
        sessionsToday > 0 && `${sessionsToday} ${sessionsToday === 1 ? 'session' : 'sessions'} today`,
        dueItems > 0 && `${dueItems} action ${dueItems === 1 ? 'item' : 'items'} due or overdue`,
      ].filter(Boolean)
      out.push({
        key: digestKey(day),
        kind: 'digest',
        title: 'Your mentoring today',
        body: `${parts.join(', ')}.`,
        dueAt: at(day, digestTime),
        // Only setting the digest up (or changing its time) holds back a digest already past; other settings do not.
        since: digestSince,
        expiresAt: at(addDays(day, 1), '00:00'),
        urgent: false,
        target: '/',
        actionItemId: null,
      })
    }
  }
  return out
}

/** The reminders before one planned session, one per lead time; each opens the session's brief. */
function sessionCandidates(
  session: Session,
  mentor: Mentor | undefined,
  defaults: readonly number[],
  start: number,
  end: number,
  context: string,
): Candidate[] {
  const name = firstName(mentor)
  const agenda =
    session.agenda
      .split('\n')
      .find((l) => l.trim() && !l.startsWith('**'))
      ?.replace(/^[-*\s[\]x]+/, '') ?? ''
  return (session.reminderLeadMinutes ?? defaults).map((lead) => ({
    key: sessionKey(session.id, session.startsAt, lead),
    kind: 'session',
    title: `Session with ${name} ${leadText(lead)}`,
    body: [sessionTime(session), agenda, context].filter(Boolean).join(' · '),
    dueAt: start - lead * MINUTE,
    since: Date.parse(session.createdAt),
    expiresAt: end,
    urgent: lead <= 60,
    target: `/sessions/${session.id}/brief`,
    actionItemId: null,
  }))
}
