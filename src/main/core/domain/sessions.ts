import type { ActionItem, Database, Series, Session } from '../../../shared/model'
import { matchesQuery, ordinal } from '../../../shared/text'
import type { CoreContext } from '../context'
import { AppFailure } from '../errors'
import type { HandlerSlice } from '../handlers'
import { createUndoShelf, restoreFromShelf } from '../undo-shelf'
import { deleteExpired } from '../rules'
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

/** What deleting a session took away, kept for undo. */
interface DeletedSession {
  session: Session
  actionItems: ActionItem[]
}

/** `sessions:*`: logging, planning and the timeline. */
export function sessionHandlers({ store, clock, newId }: CoreContext) {
  const deleted = createUndoShelf<DeletedSession>(clock)

  return {
    'sessions:timeline': async ({ mentorId, goalId, statuses, text, ...range }) => {
      const data = store.data
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
    },

    'sessions:get': async ({ id }) => {
      const session = findById(store.data.sessions, id, 'session')
      return {
        session,
        actionItems: store.data.actionItems.filter((a) => a.sessionId === id),
        series: store.data.series.find((s) => s.id === session.seriesId) ?? null,
      }
    },

    'sessions:create': ({ actionItems, repeat, draftKey, date, time, timeZone, ...fields }) =>
      store.mutate((data, now) => {
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
          actionItems: syncActionItems(data.actionItems, session, actionItems, now, newId),
          drafts: withoutDraft(data.drafts, draftKey),
        }
        if (series) next = extendSeries(next, now, newId)
        return { data: next, value: session, changed: ['sessions', 'series', 'actionItems', 'drafts'] }
      }),

    'sessions:update': ({ id, changes, actionItems, draftKey }) =>
      store.mutate((data, now) => {
        const current = findById(data.sessions, id, 'session')
        const { date, time, timeZone, ...fields } = changes
        checkReferences(data, { mentorId: fields.mentorId, goalIds: fields.goalIds }, 'changes.')
        const wall = wallTimeOfSession(current)
        const zone = timeZone ?? current.timeZone
        const startsAt =
          date || time || timeZone ? startInstant(date ?? wall.date, time ?? wall.time, zone) : current.startsAt
        const defined = Object.fromEntries(
          Object.entries(fields).filter(([, v]) => v !== undefined),
        ) as Partial<Session>
        const session: Session = { ...current, ...defined, startsAt, timeZone: zone, updatedAt: now.toISOString() }
        assertNotHeldInFuture(session.status, session.startsAt, now)
        const items = actionItems
          ? syncActionItems(data.actionItems, session, actionItems, now, newId)
          : session.mentorId === current.mentorId
            ? data.actionItems
            : data.actionItems.map((a) =>
                // A session moved to another mentor takes its action items along.
                a.sessionId === id && a.mentorId !== session.mentorId ? { ...a, mentorId: session.mentorId } : a,
              )
        const next: Database = {
          ...data,
          sessions: replaceById(data.sessions, session),
          actionItems: items,
          drafts: withoutDraft(data.drafts, draftKey),
        }
        return { data: next, value: session, changed: ['sessions', 'actionItems', 'drafts'] }
      }),

    'sessions:delete': ({ id }) =>
      store.mutate((data) => {
        const session = findById(data.sessions, id, 'session')
        const actionItems = data.actionItems.filter((a) => a.sessionId === id)
        deleted.put(id, { session, actionItems })
        // A deleted occurrence of a series is not planned again.
        const series = data.series.map((s) =>
          s.id === session.seriesId && session.occurrenceKey
            ? { ...s, exceptions: [...s.exceptions, session.occurrenceKey] }
            : s,
        )
        const next: Database = {
          ...data,
          sessions: data.sessions.filter((s) => s.id !== id),
          actionItems: data.actionItems.filter((a) => a.sessionId !== id),
          series,
        }
        return { data: next, value: { id }, changed: ['sessions', 'actionItems', 'series'] }
      }),

    'sessions:undelete': ({ id }) =>
      restoreFromShelf(deleted, id, deleteExpired('session'), ({ session, actionItems }) =>
        store.mutate((data) => {
          if (data.sessions.some((s) => s.id === id)) throw new AppFailure('conflict', 'This session is already back.')
          const mentorId =
            session.mentorId && data.mentors.some((m) => m.id === session.mentorId) ? session.mentorId : null
          const restored = { ...session, mentorId }
          const next: Database = {
            ...data,
            sessions: [...data.sessions, restored],
            actionItems: [...data.actionItems, ...actionItems.map((a) => ({ ...a, mentorId }))],
            series: data.series.map((s) =>
              s.id === session.seriesId
                ? { ...s, exceptions: s.exceptions.filter((k) => k !== session.occurrenceKey) }
                : s,
            ),
          }
          return { data: next, value: restored, changed: ['sessions', 'actionItems', 'series'] }
        }),
      ),

    'sessions:skip': ({ id }) =>
      store.mutate((data, now) => {
        const current = findById(data.sessions, id, 'session')
        if (current.status !== 'planned') {
          throw new AppFailure('conflict', `Only a planned session can be skipped; this one is ${current.status}.`)
        }
        const session: Session = { ...current, status: 'cancelled', updatedAt: now.toISOString() }
        return {
          data: { ...data, sessions: replaceById(data.sessions, session) },
          value: session,
          changed: ['sessions'],
        }
      }),

    'sessions:prefill': async ({ mentorId }) => {
      checkReferences(store.data, { mentorId })
      return { agenda: carriedForwardAgenda(store.data, mentorId, formatDay) }
    },
  } satisfies Omit<HandlerSlice<'sessions'>, 'sessions:exportIcs'>
}
