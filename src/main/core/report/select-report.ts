// Gathers what a report holds from the data, before any HTML: which mentors, sessions, action items and goals.
import type { ActionItem, Database, Goal, Mentor, Session } from '../../../shared/model'
import type { GoalView } from '../../../shared/requests/goals'
import type { ParsedReportOptions } from '../../../shared/requests/reports'
import { todayIn, wallTimeOf } from '../../../shared/time'
import { goalViews } from '../domain/goals'
import { outcomesFor } from './outcomes-html'
import type { ReportAgreement } from './agreement-html'
import { reportAgreement } from './agreement-html'

/** A session with what the report shows beside it. */
export interface ReportSession {
  session: Session
  actionItems: ActionItem[]
  goals: Goal[]
}

/** One mentor's part of the report; `mentor` is null for sessions whose mentor was deleted. */
export interface ReportMentor {
  mentor: Mentor | null
  sessions: ReportSession[]
  /** Action items promised to or by this mentor outside any session in the report, created in the range. */
  otherActionItems: ActionItem[]
  /** In a recap, how the action items agreed with this mentor went (told or not); else empty. */
  outcomes: ActionItem[]
  /** The mentoring agreement with this mentor, shared with them: in both kinds of report. */
  agreement: ReportAgreement | null
}

/** Everything a report shows, gathered and ordered. */
export interface ReportModel {
  options: ParsedReportOptions
  title: string
  menteeName: string
  mentors: ReportMentor[]
  /** The goals summary: every goal (full record) or the mentor's goals (recap); empty when not included. */
  goals: GoalView[]
  /** The dates the report covers: the chosen ones, else the first and last session's. */
  period: { from: string | null; to: string | null }
  sessionCount: number
  generatedAt: Date
  /** Today in the reader's zone, for "overdue". */
  today: string
}

/** The session's own calendar date, in the zone it was planned in. */
const localDateOf = (session: Session) => wallTimeOf(session.startsAt, session.timeZone).date

/** Adds `value` to the list under `key`. */
function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key)
  if (list) list.push(value)
  else map.set(key, [value])
}

const goalOrder: Record<Goal['status'], number> = { active: 0, achieved: 1, dropped: 2 }

/** Picks and orders what the report holds: sessions by date per mentor, mentors by name, nothing private in a recap. */
export function selectReport(data: Database, options: ParsedReportOptions, now: Date): ReportModel {
  const { from, to } = options
  const inRange = (date: string) => (!from || date >= from) && (!to || date <= to)
  const chosen = options.mentorIds ? new Set(options.mentorIds) : null
  const statuses = new Set(options.statuses)
  const mentorsById = new Map(data.mentors.map((m) => [m.id, m]))
  const goalsById = new Map(data.goals.map((g) => [g.id, g]))

  const sessions = data.sessions
    .filter(
      (s) =>
        statuses.has(s.status) &&
        (chosen ? s.mentorId !== null && chosen.has(s.mentorId) : true) &&
        inRange(localDateOf(s)),
    )
    .sort((a, b) => a.startsAt.localeCompare(b.startsAt) || a.createdAt.localeCompare(b.createdAt))

  const included = new Set(sessions.map((s) => s.id))
  const existing = new Set(data.sessions.map((s) => s.id))
  const itemsBySession = new Map<string, ActionItem[]>()
  const otherItems = new Map<string | null, ActionItem[]>()
  const byCreation = [...data.actionItems].sort((a, b) => a.createdAt.localeCompare(b.createdAt))
  for (const item of byCreation) {
    if (item.sessionId && included.has(item.sessionId)) {
      push(itemsBySession, item.sessionId, item)
    } else if (
      item.mentorId &&
      (!item.sessionId || !existing.has(item.sessionId)) &&
      inRange(todayIn(options.timeZone, new Date(item.createdAt)))
    ) {
      push(otherItems, item.mentorId, item)
    }
  }

  const groups = new Map<string | null, ReportSession[]>()
  for (const session of sessions) {
    const entry: ReportSession = {
      session,
      actionItems: itemsBySession.get(session.id) ?? [],
      goals: session.goalIds.flatMap((id) => goalsById.get(id) ?? []),
    }
    push(groups, session.mentorId, entry)
  }
  // Chosen mentors appear even without sessions in the range; with "all", those who had sessions.
  const mentorIds = chosen ? [...chosen].filter((id) => mentorsById.has(id)) : [...groups.keys()]
  const collator = new Intl.Collator(options.locale, { sensitivity: 'base', numeric: true })
  const mentors: ReportMentor[] = mentorIds
    .flatMap((id) => (id === null ? [] : [mentorsById.get(id)!]))
    .sort((a, b) => collator.compare(a.name, b.name))
    .map((mentor) => ({
      mentor,
      sessions: groups.get(mentor.id) ?? [],
      otherActionItems: otherItems.get(mentor.id) ?? [],
      outcomes: options.kind === 'recap' ? outcomesFor(data, mentor.id, options) : [],
      agreement: reportAgreement(data, mentor.id),
    }))
  const orphaned = groups.get(null)
  if (orphaned && options.kind === 'full')
    mentors.push({ mentor: null, sessions: orphaned, otherActionItems: [], outcomes: [], agreement: null })

  const recapMentor = options.kind === 'recap' ? mentors[0]?.mentor : undefined
  const goals = options.include.goals
    ? goalViews(data)
        .filter((view) => !recapMentor || view.goal.mentorIds.includes(recapMentor.id))
        .sort(
          (a, b) =>
            goalOrder[a.goal.status] - goalOrder[b.goal.status] || a.goal.createdAt.localeCompare(b.goal.createdAt),
        )
    : []

  const first = sessions[0]
  const last = sessions.at(-1)
  return {
    options,
    title: recapMentor ? `Mentoring with ${recapMentor.name}` : 'Mentoring history',
    menteeName: data.profile.name,
    mentors,
    goals,
    period: {
      from: from ?? (first ? localDateOf(first) : null),
      to: to ?? (last ? localDateOf(last) : null),
    },
    sessionCount: sessions.length,
    generatedAt: now,
    today: todayIn(options.timeZone, now),
  }
}
