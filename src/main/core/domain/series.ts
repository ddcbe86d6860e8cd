// `series:*`: recurring sessions, planned half a year ahead as their occurrences come into reach.
import rrulePackage from 'rrule'
import type { Options } from 'rrule'
import type { Database, Series, Session } from '../../../shared/model'
import { blankSessionContent } from '../../../shared/model'
import { instantOfShifted, todayIn } from '../../../shared/time'
import type { CoreContext } from '../context'
import type { HandlerSlice } from '../handlers'
import type { Outcome, RuleEnv } from '../rules'
import { mutation } from '../rules'
import { findById } from './records'

// rrule ships CommonJS; its named exports do not resolve under Node's ESM loader.
const { RRule } = rrulePackage

/** How far ahead a series' occurrences exist as planned sessions. */
export const SERIES_HORIZON_DAYS = 182

const DAY_MS = 24 * 60 * 60 * 1000

/** A wall-clock key `2027-03-15T10:00` as rrule's "floating" date (the wall time read as UTC). */
function floating(key: string): Date {
  const [date = '', time = '00:00'] = key.split('T')
  const [y, m, d] = date.split('-').map(Number)
  const [hh, mm] = time.split(':').map(Number)
  return new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1, hh ?? 0, mm ?? 0))
}

const keyOf = (date: Date) => date.toISOString().slice(0, 16)

/** rrule's options for a series, on floating wall-clock time so each occurrence keeps its local time across DST. */
function ruleOptions(series: Series): Partial<Options> {
  const start = floating(series.startLocal)
  const until = series.until ? floating(`${series.until}T23:59`) : null
  const base = { dtstart: start, until, wkst: RRule.MO }
  if (series.repeat.every === 'weeks') return { ...base, freq: RRule.WEEKLY, interval: series.repeat.interval }
  const day = start.getUTCDate()
  if (series.repeat.on === 'weekday') {
    // The same weekday of the same week of the month (second Tuesday); the fifth becomes the last.
    const nth = Math.ceil(day / 7)
    const weekday = [RRule.SU, RRule.MO, RRule.TU, RRule.WE, RRule.TH, RRule.FR, RRule.SA][start.getUTCDay()]!
    return { ...base, freq: RRule.MONTHLY, byweekday: [weekday.nth(nth > 4 ? -1 : nth)] }
  }
  // The same day of the month; from the 29th on, months too short for it take their last day.
  if (day <= 28) return { ...base, freq: RRule.MONTHLY, bymonthday: [day] }
  return {
    ...base,
    freq: RRule.MONTHLY,
    bymonthday: Array.from({ length: day - 27 }, (_, i) => 28 + i),
    bysetpos: [-1],
  }
}

/** The occurrence keys (local starts) of `series` from `fromKey` to `toKey`, both included. */
export function occurrenceKeys(series: Series, fromKey: string, toKey: string): string[] {
  return new RRule(ruleOptions(series)).between(floating(fromKey), floating(toKey), true).map(keyOf)
}

/**
 * Plans the occurrences of every series that fall between now and the horizon as sessions, except
 * those that exist already (even moved or skipped) and those deleted on purpose. Pure; returns `data`
 * itself when there is nothing to add.
 */
export function extendSeries(data: Database, now: Date, newId: () => string): Database {
  const added: Session[] = []
  for (const series of data.series) {
    const today = todayIn(series.timeZone, now)
    if (series.until && series.until < today) continue
    const from = todayIn(series.timeZone, new Date(now.getTime() - DAY_MS))
    const to = todayIn(series.timeZone, new Date(now.getTime() + SERIES_HORIZON_DAYS * DAY_MS))
    const planned = new Set(data.sessions.filter((s) => s.seriesId === series.id).map((s) => s.occurrenceKey))
    const skipped = new Set(series.exceptions)
    for (const key of occurrenceKeys(series, `${from}T00:00`, `${to}T23:59`)) {
      if (planned.has(key) || skipped.has(key)) continue
      const [date = '', time = ''] = key.split('T')
      const startsAt = instantOfShifted({ date, time }, series.timeZone)
      if (Date.parse(startsAt) < now.getTime()) continue
      const stamp = now.toISOString()
      added.push({
        id: newId(),
        mentorId: series.mentorId,
        startsAt,
        timeZone: series.timeZone,
        durationMinutes: series.durationMinutes,
        format: series.format,
        status: 'planned',
        ...blankSessionContent,
        agenda: series.agenda,
        seriesId: series.id,
        occurrenceKey: key,
        createdAt: stamp,
        updatedAt: stamp,
      })
    }
  }
  return added.length === 0 ? data : { ...data, sessions: [...data.sessions, ...added] }
}

/**
 * Stops a recurring session: its planned occurrences from now on go, with their action items, and the series
 * ends today. Sessions already held, or planned in the past, stay.
 */
export function stopSeries(data: Database, { id }: { id: string }, { now }: RuleEnv): Outcome<{ removed: number }> {
  const series = findById(data.series, id, 'series of sessions')
  const future = (s: Session) => s.seriesId === id && s.status === 'planned' && Date.parse(s.startsAt) >= now.getTime()
  const removed = data.sessions.filter(future)
  const removedIds = new Set(removed.map((s) => s.id))
  const next: Database = {
    ...data,
    sessions: data.sessions.filter((s) => !removedIds.has(s.id)),
    actionItems: data.actionItems.filter((a) => !a.sessionId || !removedIds.has(a.sessionId)),
    series: data.series.map((s) =>
      s.id === id ? { ...series, until: todayIn(series.timeZone, now), updatedAt: now.toISOString() } : s,
    ),
  }
  return { data: next, value: { removed: removed.length }, changed: ['sessions', 'series', 'actionItems'] }
}

/** `series:*` over the store: ending a recurring session. */
export function seriesHandlers(ctx: CoreContext) {
  return { 'series:stop': mutation(ctx, stopSeries) } satisfies HandlerSlice<'series'>
}
