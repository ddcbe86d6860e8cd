// Building and changing session records from what the editor sends. Pure functions of the data and `now`.
import type { ActionItem, Database, Session } from '../../../shared/model'
import type { ActionItemInput, SessionSummary } from '../../../shared/requests/sessions'
import { skippedTimeMessage } from '../../../shared/requests/sessions'
import { instantOf, wallTimeOf } from '../../../shared/time'
import { invalidField } from './references'

/** The instant of a session's local start, or an invalid-input failure on `time` when that time does not exist. */
export function startInstant(date: string, time: string, zone: string): string {
  const instant = instantOf({ date, time }, zone)
  if (!instant) throw invalidField('time', skippedTimeMessage(date, time, zone))
  return instant
}

/** Refuses to log as held a session that has not started yet. */
export function assertNotHeldInFuture(status: Session['status'], startsAt: string, now: Date): void {
  if (status === 'held' && Date.parse(startsAt) > now.getTime()) {
    throw invalidField(
      'date',
      'A session that has not happened yet cannot be logged as held; plan it instead, or change its date',
    )
  }
}

/**
 * Makes a session's action items match `inputs`: inputs with an id update that item, the others are new,
 * and the session's items missing from `inputs` are removed. Completing one records when.
 */
export function syncActionItems(
  current: readonly ActionItem[],
  session: Session,
  inputs: ReadonlyArray<ActionItemInput & { done: boolean; dueOn: string | null }>,
  now: Date,
  newId: () => string,
): ActionItem[] {
  const stamp = now.toISOString()
  // One walk over every item: this session's, and the others, which stay as they are.
  const mine = new Map<string, ActionItem>()
  const others: ActionItem[] = []
  for (const item of current) {
    if (item.sessionId === session.id) mine.set(item.id, item)
    else others.push(item)
  }
  const kept: ActionItem[] = inputs.map((input) => {
    const existing = input.id ? mine.get(input.id) : undefined
    const doneAt = input.done ? (existing?.doneAt ?? stamp) : null
    if (existing) {
      const unchanged =
        existing.title === input.title &&
        existing.owner === input.owner &&
        existing.dueOn === input.dueOn &&
        existing.doneAt === doneAt
      return unchanged
        ? existing
        : { ...existing, title: input.title, owner: input.owner, dueOn: input.dueOn, doneAt, updatedAt: stamp }
    }
    return {
      id: newId(),
      mentorId: session.mentorId,
      sessionId: session.id,
      goalIds: [],
      title: input.title,
      owner: input.owner,
      dueOn: input.dueOn,
      doneAt,
      outcome: null,
      createdAt: stamp,
      updatedAt: stamp,
    }
  })
  // Items of other sessions stay as they are; this session's items are exactly `kept`.
  return [...others, ...kept]
}

/** The first two non-empty lines of a text, at most 240 characters. */
function firstLines(text: string): string {
  const lines = text
    .split('\n')
    .map((l) => l.replace(/^[#>*\-\s]+/, '').trim())
    .filter(Boolean)
  const excerpt = lines.slice(0, 2).join(' · ')
  return excerpt.length > 240 ? `${excerpt.slice(0, 239)}…` : excerpt
}

/** A session's card on the timeline. */
export function summaryOf(session: Session, actions: { open: number; done: number }): SessionSummary {
  const text =
    session.status === 'planned'
      ? session.agenda || session.notes
      : session.takeaways || session.notes || session.agenda
  return {
    id: session.id,
    mentorId: session.mentorId,
    startsAt: session.startsAt,
    timeZone: session.timeZone,
    durationMinutes: session.durationMinutes,
    format: session.format,
    status: session.status,
    seriesId: session.seriesId,
    goalIds: session.goalIds,
    excerpt: firstLines(text),
    openActions: actions.open,
    doneActions: actions.done,
  }
}

/** Open and done action items per session, in one pass. */
export function actionCountsBySession(data: Database): Map<string, { open: number; done: number }> {
  const counts = new Map<string, { open: number; done: number }>()
  for (const item of data.actionItems) {
    if (!item.sessionId) continue
    const entry = counts.get(item.sessionId) ?? { open: 0, done: 0 }
    if (item.doneAt) entry.done++
    else entry.open++
    counts.set(item.sessionId, entry)
  }
  return counts
}

/** The local date and time of a session, as the editor shows them. */
export const wallTimeOfSession = (session: Session) => wallTimeOf(session.startsAt, session.timeZone)
