// `outcomes:*`: how an action item went, and telling the mentor. Rules over plain data first; the registration
// is at the end. A done action item with a mentor may carry one line on how it went; it is "untold" until a
// session with that mentor is held after it was written, then "told" in that session.
import type { ParsedInput } from '../../../shared/ipc'
import type { ActionItem, Database, Outcome, Session } from '../../../shared/model'
import { limits } from '../../../shared/model'
import type { MentorOutcomes, OutcomeEntry } from '../../../shared/requests/outcomes'
import { ordinal } from '../../../shared/text'
import type { CoreContext } from '../context'
import type { HandlerSlice } from '../handlers'
import type { Outcome as RuleOutcome, RuleEnv } from '../rules'
import { mutation, read } from '../rules'
import { checkReferences, invalidField } from './references'
import { findById, replaceById } from './records'
import { tellLine, withTellLine } from './tell-agenda'

/** True when the item's outcome is still to be told to its mentor. */
export const isUntold = (item: ActionItem): boolean =>
  item.outcome !== null && item.outcome.toldAt === null && item.doneAt !== null && item.mentorId !== null

/**
 * Says how a done action item went (or, with null, takes it back). Only an item that is done and has a mentor
 * to tell can have one; changing the words of a told outcome keeps it told.
 */
export function setOutcome(
  data: Database,
  { id, text }: ParsedInput<'outcomes:set'>,
  { now }: RuleEnv,
): RuleOutcome<ActionItem> {
  const item = findById(data.actionItems, id, 'action item')
  if (text !== null && item.doneAt === null) {
    throw invalidField('text', 'Mark this action item done before saying how it went')
  }
  if (text !== null && item.mentorId === null) {
    throw invalidField('text', 'This action item has no mentor to tell how it went; link it to a mentor first')
  }
  const stamp = now.toISOString()
  const outcome: Outcome | null =
    text === null
      ? null
      : item.outcome
        ? { ...item.outcome, text }
        : { text, at: stamp, toldAt: null, toldInSessionId: null }
  if (text === null ? item.outcome === null : item.outcome?.text === text) return { data, value: item, changed: [] }
  const next: ActionItem = { ...item, outcome, updatedAt: stamp }
  const withItem = { ...data, actionItems: replaceById(data.actionItems, next) }
  const sessions = tellInNextAgenda(withItem, item, next, now)
  if (sessions === data.sessions) return { data: withItem, value: next, changed: ['actionItems'] }
  return { data: { ...withItem, sessions }, value: next, changed: ['actionItems', 'sessions'] }
}

/** The instant a session ends. */
const endOf = (session: Session): string =>
  new Date(Date.parse(session.startsAt) + session.durationMinutes * 60_000).toISOString()

/** The records that say where an outcome's line goes: the mentors (for the name) and the sessions. */
type Agendas = Pick<Database, 'mentors' | 'sessions'>

/** The mentor's next planned session that has not ended yet, or null. */
function nextPlanned(data: Agendas, mentorId: string, now: Date): Session | null {
  const stamp = now.toISOString()
  let next: Session | null = null
  for (const session of data.sessions) {
    if (session.mentorId !== mentorId || session.status !== 'planned' || endOf(session) < stamp) continue
    if (!next || session.startsAt < next.startsAt) next = session
  }
  return next
}

/**
 * The sessions after an outcome changed from `before`'s to `after`'s: an untold outcome said, reworded or taken
 * back while a session with its mentor is already planned changes its "Tell Zoë: …" line in that agenda (a new
 * plan starts with the lines anyway). The same list when there is no such session, or the agenda would be too long.
 */
export function tellInNextAgenda(data: Agendas, before: ActionItem, after: ActionItem, now: Date): Session[] {
  const mentor = before.mentorId ? data.mentors.find((m) => m.id === before.mentorId) : undefined
  const session = mentor ? nextPlanned(data, mentor.id, now) : null
  if (!mentor || !session) return data.sessions
  const line = (item: ActionItem) => (isUntold(item) && item.outcome ? tellLine(mentor.name, item.outcome.text) : null)
  const agenda = withTellLine(session.agenda, line(before), line(after))
  if (agenda === session.agenda || agenda.length > limits.longText) return data.sessions
  return replaceById(data.sessions, { ...session, agenda, updatedAt: now.toISOString() })
}

/** The outcomes of a mentor's action items: those still to tell (oldest first) and those told (latest first). */
export function mentorOutcomes(data: Database, { mentorId }: ParsedInput<'outcomes:list'>): MentorOutcomes {
  checkReferences(data, { mentorId })
  const untold: OutcomeEntry[] = []
  const told: OutcomeEntry[] = []
  const sessions = new Map(data.sessions.filter((s) => s.mentorId === mentorId).map((s) => [s.id, s]))
  for (const item of data.actionItems) {
    if (item.mentorId !== mentorId || !item.outcome || item.doneAt === null) continue
    if (item.outcome.toldAt === null) {
      untold.push({ item, toldIn: null })
      continue
    }
    const session = item.outcome.toldInSessionId ? sessions.get(item.outcome.toldInSessionId) : undefined
    told.push({
      item,
      toldIn: session ? { id: session.id, startsAt: session.startsAt, timeZone: session.timeZone } : null,
    })
  }
  untold.sort((a, b) => ordinal(a.item.outcome?.at ?? '', b.item.outcome?.at ?? ''))
  told.sort((a, b) => ordinal(b.item.outcome?.toldAt ?? '', a.item.outcome?.toldAt ?? ''))
  return { untold, told }
}

/** The outcomes still to tell a mentor, oldest first, as agenda lines: "Tell Zoë: the RFC passed review". */
export function tellLines(data: Database, mentorId: string): string[] {
  const name = data.mentors.find((m) => m.id === mentorId)?.name ?? 'them'
  const lines = data.actionItems
    .filter((a) => a.mentorId === mentorId && isUntold(a))
    .sort((a, b) => ordinal(a.outcome?.at ?? '', b.outcome?.at ?? ''))
    .map((a) => tellLine(name, a.outcome?.text ?? ''))
  return [...new Set(lines)]
}

const heldOnly = (session: Session | null): Session | null =>
  session && session.status === 'held' && session.mentorId ? session : null

/**
 * The action items after a session changed from `before` to `after` (null: created, or deleted). A session held
 * with a mentor marks told the outcomes that mentor had to hear and that were written before it ended; a
 * session no longer held (deleted, planned again, another mentor, moved) first takes back what it told.
 * The items are the same list when nothing changes.
 */
export function tellOutcomes(
  items: readonly ActionItem[],
  before: Session | null,
  after: Session | null,
  now: Date,
): ActionItem[] {
  const was = heldOnly(before)
  const is = heldOnly(after)
  const same =
    was &&
    is &&
    was.mentorId === is.mentorId &&
    was.startsAt === is.startsAt &&
    was.durationMinutes === is.durationMinutes
  if (same || (!was && !is)) return items as ActionItem[]
  const sessionId = (after ?? before)?.id
  const end = is ? endOf(is) : ''
  const stamp = now.toISOString()
  let changed = false
  const next = items.map((item) => {
    const outcome = item.outcome
    if (!outcome) return item
    const takenBack = was !== null && outcome.toldInSessionId === sessionId
    const untold = takenBack ? { ...outcome, toldAt: null, toldInSessionId: null } : outcome
    const tells =
      is !== null &&
      untold.toldAt === null &&
      item.mentorId === is.mentorId &&
      item.doneAt !== null &&
      Date.parse(untold.at) <= Date.parse(end)
    // Still told in this same session: it stays as it was.
    if (takenBack === tells) return item
    changed = true
    const told = tells ? { ...untold, toldAt: stamp, toldInSessionId: is.id } : untold
    return { ...item, outcome: told, updatedAt: stamp }
  })
  return changed ? next : (items as ActionItem[])
}

/** `outcomes:*` over the store. */
export function outcomeHandlers(ctx: CoreContext) {
  return {
    'outcomes:set': mutation(ctx, setOutcome),
    'outcomes:list': read(ctx, mentorOutcomes),
  } satisfies HandlerSlice<'outcomes'>
}
