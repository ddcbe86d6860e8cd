// `briefs:get`: one screen to prepare a session. A read over plain data; the registration is at the end.
import type { ActionItem, Database, Note, Session } from '../../../shared/model'
import type { SessionBrief } from '../../../shared/requests/briefs'
import { ordinal } from '../../../shared/text'
import type { CoreContext } from '../context'
import type { HandlerSlice } from '../handlers'
import { read } from '../rules'
import { goalViews } from './goals'
import { mentorOutcomes } from './outcomes'
import { findById } from './records'

/** How many notes the brief shows about the mentor. */
export const BRIEF_HIGHLIGHTS = 3

/** Pinned notes first, then background and achievements before other notes, newest first. */
function highlightsOf(notes: readonly Note[], mentorId: string): Note[] {
  const weight = (n: Note) => (n.pinned ? 0 : n.section === 'background' || n.section === 'achievements' ? 1 : 2)
  return notes
    .filter((n) => n.mentorId === mentorId && n.body.trim() !== '')
    .sort((a, b) => weight(a) - weight(b) || ordinal(b.createdAt, a.createdAt))
    .slice(0, BRIEF_HIGHLIGHTS)
}

/** The held session with the mentor that came last before `session` started. */
function lastHeldBefore(sessions: readonly Session[], session: Session): Session | null {
  let last: Session | null = null
  for (const s of sessions) {
    if (s.id === session.id || s.status !== 'held' || s.mentorId !== session.mentorId) continue
    if (s.startsAt >= session.startsAt) continue
    if (!last || s.startsAt > last.startsAt) last = s
  }
  return last
}

/** Soonest due first; items without a date last, oldest first. */
const byDue = (a: ActionItem, b: ActionItem) =>
  (a.dueOn ?? '9999') < (b.dueOn ?? '9999') ? -1 : a.dueOn === b.dueOn ? ordinal(a.createdAt, b.createdAt) : 1

/**
 * What to have in mind before a session: who the mentor is, what the relationship is for, what came of last
 * time, what is open both ways, what to tell them, and the goals it serves. A session without a mentor has
 * only its own agenda and goals.
 */
export function sessionBrief(data: Database, { id }: { id: string }): SessionBrief {
  const session = findById(data.sessions, id, 'session')
  const mentorId = session.mentorId
  const mentor = mentorId ? (data.mentors.find((m) => m.id === mentorId) ?? null) : null
  const found = mentor ? data.agreements.find((a) => a.mentorId === mentor.id) : undefined
  const agreement = found ? (({ versions: _versions, ...terms }) => terms)(found) : null
  const last = mentor ? lastHeldBefore(data.sessions, session) : null
  const mine: ActionItem[] = []
  const theirs: ActionItem[] = []
  if (mentor) {
    for (const item of data.actionItems) {
      if (item.mentorId === mentor.id && !item.doneAt) (item.owner === 'me' ? mine : theirs).push(item)
    }
  }
  // What to tell them is the mentor page's "To tell" list, oldest first.
  const outcomesToTell = mentor ? mentorOutcomes(data, { mentorId: mentor.id }).untold.map((entry) => entry.item) : []
  const goalIds = new Set([...session.goalIds, ...(agreement?.goalIds ?? [])])
  const goals = goalViews(data).filter(
    ({ goal }) =>
      goalIds.has(goal.id) || (mentor !== null && goal.status === 'active' && goal.mentorIds.includes(mentor.id)),
  )
  return {
    session,
    mentor,
    highlights: mentor ? highlightsOf(data.notes, mentor.id) : [],
    agreement,
    lastSession: last
      ? { id: last.id, startsAt: last.startsAt, takeaways: last.takeaways, whatDidNot: last.whatDidNot }
      : null,
    openItems: { mine: mine.sort(byDue), theirs: theirs.sort(byDue) },
    outcomesToTell,
    goals,
  }
}

/** `briefs:*` over the store. */
export function briefHandlers(ctx: CoreContext) {
  return { 'briefs:get': read(ctx, sessionBrief) } satisfies HandlerSlice<'briefs'>
}
