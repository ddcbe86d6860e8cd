// `sessions:*`: logging, planning and the timeline. Each rule is a function of the data, its input and the time;
// the registration is at the end.
import type { ChannelOutput, ParsedInput } from '../../../shared/ipc'
import type { ActionItem, Database, Series, Session } from '../../../shared/model'
import type { SessionDetail, SessionSummary } from '../../../shared/requests/sessions'
import { matchesQuery, ordinal } from '../../../shared/text'
import type { CoreContext } from '../context'
import { AppFailure } from '../errors'
import type { HandlerSlice } from '../handlers'
import type { Outcome, RuleEnv, Undoable } from '../rules'
import { byId, deleteExpired, mutation, read, undoable } from '../rules'
import { withoutDraft } from './drafts'
import { checkReferences } from './references'
import { findById, replaceById } from './records'
import {
  actionCountsBySession,
  assertNotHeldInFuture,
  startInstant,
  summaryOf,
  syncActionItems,
  wallTimeOfSession,
} from './session-records'
import { extendSeries } from './series'
import { carriedForwardAgenda, formatDay } from './prefill'
import { tellOutcomes } from './outcomes'
import { agreedFormat } from './agreements'

/** What deleting a session took away, kept for undo. */
export interface DeletedSession {
  session: Session
  actionItems: ActionItem[]
}

/** The timeline: the sessions the query allows (mentor, goal, statuses, time range, words), newest first. */
export function timelineOf(
  data: Database,
  { mentorId, goalId, statuses, text, ...range }: ParsedInput<'sessions:timeline'>,
): SessionSummary[] {
  // Compared as instants: "10:00:00Z" and "10:00:00.000Z" are the same moment but not the same text.
  const after = range.after && new Date(range.after).toISOString()
  const before = range.before && new Date(range.before).toISOString()
  const counts = actionCountsBySession(data)
  const names = new Map(data.mentors.map((m) => [m.id, m.name]))
  const itemTitles = new Map<string, string[]>()
  if (text) {
    for (const item of data.actionItems) {
      if (item.sessionId) itemTitles.set(item.sessionId, [...(itemTitles.get(item.sessionId) ?? []), item.title])
    }
  }
  return data.sessions
    .filter(
      (s) =>
        (!mentorId || s.mentorId === mentorId) &&
        (!goalId || s.goalIds.includes(goalId)) &&
        (!statuses || statuses.includes(s.status)) &&
        (!after || s.startsAt >= after) &&
        (!before || s.startsAt < before) &&
        (!text ||
          matchesQuery(text, [
            names.get(s.mentorId ?? '') ?? '',
            s.agenda,
            s.notes,
            s.whatWorked,
            s.whatDidNot,
            s.takeaways,
            s.reflection,
            ...(itemTitles.get(s.id) ?? []),
          ])),
    )
    .sort((a, b) => ordinal(b.startsAt, a.startsAt))
    .map((s) => summaryOf(s, counts.get(s.id) ?? { open: 0, done: 0 }))
}

/** A session with its action items and the series it belongs to. */
export function sessionDetail(data: Database, { id }: { id: string }): SessionDetail {
  const session = findById(data.sessions, id, 'session')
  return {
    session,
    actionItems: data.actionItems.filter((a) => a.sessionId === id),
    series: data.series.find((s) => s.id === session.seriesId) ?? null,
  }
}

/**
 * Logs or plans a session with its action items, dropping the draft it was typed in. A repeating one starts a
 * series, whose occurrences up to the horizon are planned at once. Refuses a held session that has not started.
 */
export function createSession(
  data: Database,
  { actionItems, repeat, draftKey, date, time, timeZone, ...fields }: ParsedInput<'sessions:create'>,
  { now, newId }: RuleEnv,
): Outcome<Session> {
  checkReferences(data, { mentorId: fields.mentorId, goalIds: fields.goalIds })
  const startsAt = startInstant(date, time, timeZone)
  assertNotHeldInFuture(fields.status, startsAt, now)
  const stamp = now.toISOString()
  const series: Series | null = repeat
    ? {
        id: newId(),
        mentorId: fields.mentorId,
        startLocal: `${date}T${time}`,
        timeZone,
        repeat,
        durationMinutes: fields.durationMinutes,
        format: fields.format,
        agenda: fields.agenda,
        until: null,
        exceptions: [],
        createdAt: stamp,
        updatedAt: stamp,
      }
    : null
  const session: Session = {
    id: newId(),
    ...fields,
    startsAt,
    timeZone,
    seriesId: series?.id ?? null,
    occurrenceKey: series ? series.startLocal : null,
    createdAt: stamp,
    updatedAt: stamp,
  }
  let next: Database = {
    ...data,
    sessions: [...data.sessions, session],
    series: series ? [...data.series, series] : data.series,
    actionItems: tellOutcomes(syncActionItems(data.actionItems, session, actionItems, now, newId), null, session, now),
    drafts: withoutDraft(data.drafts, draftKey),
  }
  if (series) next = extendSeries(next, now, newId)
  return { data: next, value: session, changed: ['sessions', 'series', 'actionItems', 'drafts'] }
}

/**
 * Changes the fields given (a new date, time or zone moves the start), and the action items when given;
 * a session moved to another mentor takes its action items along. Drops the draft it was typed in.
 */
export function updateSession(
  data: Database,
  { id, changes, actionItems, draftKey }: ParsedInput<'sessions:update'>,
  { now, newId }: RuleEnv,
): Outcome<Session> {
  const current = findById(data.sessions, id, 'session')
  const { date, time, timeZone, ...fields } = changes
  checkReferences(data, { mentorId: fields.mentorId, goalIds: fields.goalIds }, 'changes.')
  const wall = wallTimeOfSession(current)
  const zone = timeZone ?? current.timeZone
  const startsAt =
    date || time || timeZone ? startInstant(date ?? wall.date, time ?? wall.time, zone) : current.startsAt
  const defined = Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined)) as Partial<Session>
  const session: Session = { ...current, ...defined, startsAt, timeZone: zone, updatedAt: now.toISOString() }
  assertNotHeldInFuture(session.status, session.startsAt, now)
  const items = actionItems
    ? syncActionItems(data.actionItems, session, actionItems, now, newId)
    : session.mentorId === current.mentorId
      ? data.actionItems
      : data.actionItems.map((a) =>
          a.sessionId === id && a.mentorId !== session.mentorId ? { ...a, mentorId: session.mentorId } : a,
        )
  const next: Database = {
    ...data,
    sessions: replaceById(data.sessions, session),
    actionItems: tellOutcomes(items, current, session, now),
    drafts: withoutDraft(data.drafts, draftKey),
  }
  return { data: next, value: session, changed: ['sessions', 'actionItems', 'drafts'] }
}

/** Deletes a session and its action items, kept for undo; a deleted occurrence of a series is not planned again. */
export function deleteSession(
  data: Database,
  { id }: { id: string },
  { now }: RuleEnv,
): Undoable<{ id: string }, DeletedSession> {
  const session = findById(data.sessions, id, 'session')
  const actionItems = data.actionItems.filter((a) => a.sessionId === id)
  const series = data.series.map((s) =>
    s.id === session.seriesId && session.occurrenceKey
      ? { ...s, exceptions: [...s.exceptions, session.occurrenceKey] }
      : s,
  )
  const next: Database = {
    ...data,
    sessions: data.sessions.filter((s) => s.id !== id),
    // What was told in it is to tell again.
    actionItems: tellOutcomes(
      data.actionItems.filter((a) => a.sessionId !== id),
      session,
      null,
      now,
    ),
    series,
  }
  return { data: next, value: { id }, changed: ['sessions', 'actionItems', 'series'], kept: { session, actionItems } }
}

/** Brings a deleted session and its action items back; under "Unknown mentor" when its mentor was deleted meanwhile. */
export function undeleteSession(
  data: Database,
  { session, actionItems }: DeletedSession,
  { now }: RuleEnv,
): Outcome<Session> {
  if (data.sessions.some((s) => s.id === session.id)) throw new AppFailure('conflict', 'This session is already back.')
  const mentorId = session.mentorId && data.mentors.some((m) => m.id === session.mentorId) ? session.mentorId : null
  const restored = { ...session, mentorId }
  const next: Database = {
    ...data,
    sessions: [...data.sessions, restored],
    actionItems: tellOutcomes(
      [...data.actionItems, ...actionItems.map((a) => ({ ...a, mentorId }))],
      null,
      restored,
      now,
    ),
    series: data.series.map((s) =>
      s.id === session.seriesId ? { ...s, exceptions: s.exceptions.filter((k) => k !== session.occurrenceKey) } : s,
    ),
  }
  return { data: next, value: restored, changed: ['sessions', 'actionItems', 'series'] }
}

/** Skips a planned session (it becomes cancelled); refuses one that is not planned. */
export function skipSession(data: Database, { id }: { id: string }, { now }: RuleEnv): Outcome<Session> {
  const current = findById(data.sessions, id, 'session')
  if (current.status !== 'planned') {
    throw new AppFailure('conflict', `Only a planned session can be skipped; this one is ${current.status}.`)
  }
  const session: Session = { ...current, status: 'cancelled', updatedAt: now.toISOString() }
  return { data: { ...data, sessions: replaceById(data.sessions, session) }, value: session, changed: ['sessions'] }
}

/** What a new session with a mentor starts from: what is still open with them, and the format agreed with them. */
export function prefillAgenda(
  data: Database,
  { mentorId }: ParsedInput<'sessions:prefill'>,
): ChannelOutput<'sessions:prefill'> {
  checkReferences(data, { mentorId })
  return { agenda: carriedForwardAgenda(data, mentorId, formatDay), format: agreedFormat(data, mentorId) }
}

/** `sessions:*` over the store (`sessions:exportIcs` is in ics.ts). */
export function sessionHandlers(ctx: CoreContext) {
  const deletes = undoable<DeletedSession>(ctx, deleteExpired('session'))
  return {
    'sessions:timeline': read(ctx, timelineOf),
    'sessions:get': read(ctx, sessionDetail),
    'sessions:create': mutation(ctx, createSession),
    'sessions:update': mutation(ctx, updateSession),
    'sessions:delete': deletes.change(deleteSession, byId),
    'sessions:undelete': deletes.undo(byId, undeleteSession),
    'sessions:skip': mutation(ctx, skipSession),
    'sessions:prefill': read(ctx, prefillAgenda),
  } satisfies Omit<HandlerSlice<'sessions'>, 'sessions:exportIcs'>
}
