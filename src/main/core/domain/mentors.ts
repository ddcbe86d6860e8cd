// `mentors:*`: the roster. Each rule is a function of the data, its input and the time; the registration is at the end.
import type { ChannelOutput, ParsedInput } from '../../../shared/ipc'
import type {
  ActionItem,
  Agreement,
  CheckIn,
  Database,
  Goal,
  Mentor,
  Note,
  Session,
  WrapUp,
} from '../../../shared/model'
import type { CoreContext } from '../context'
import { AppFailure } from '../errors'
import type { HandlerSlice } from '../handlers'
import type { Outcome, RuleEnv, Undoable } from '../rules'
import { byId, deleteExpired, mutation, read, undoable } from '../rules'
import { draftsNotAbout } from './drafts'
import { applyChanges, findById, replaceById } from './records'
import { rosterOf } from './roster'

import { plural } from '../../../shared/text'

/** What deleting a mentor took away, kept for undo. */
export interface DeletedMentor {
  mentor: Mentor
  history: 'delete' | 'keep'
  notes: Note[]
  sessions: Session[]
  actionItems: ActionItem[]
  goalIds: string[]
  /** The relationship's own records: they always go with the mentor, and come back with them. */
  relationship: { agreements: Agreement[]; checkIns: CheckIn[]; wrapUps: WrapUp[] }
}

/** The records that exist only for one relationship: its agreement, check-ins and wrap-up. */
const relationshipKinds = ['agreements', 'checkIns', 'wrapUps'] as const

function relationshipOf(data: Database, mentorId: string): DeletedMentor['relationship'] {
  return {
    agreements: data.agreements.filter((r) => r.mentorId === mentorId),
    checkIns: data.checkIns.filter((r) => r.mentorId === mentorId),
    wrapUps: data.wrapUps.filter((r) => r.mentorId === mentorId),
  }
}

/** The mentors, archived ones only when asked. */
export function listMentors(data: Database, { includeArchived }: ParsedInput<'mentors:list'>): Mentor[] {
  return data.mentors.filter((m) => includeArchived || m.archivedAt === null)
}

/** Adds a mentor from the form's fields. */
export function createMentor(data: Database, draft: ParsedInput<'mentors:create'>, env: RuleEnv): Outcome<Mentor> {
  const stamp = env.now.toISOString()
  const mentor: Mentor = { id: env.newId(), ...draft, createdAt: stamp, updatedAt: stamp, archivedAt: null }
  return { data: { ...data, mentors: [...data.mentors, mentor] }, value: mentor, changed: ['mentors'] }
}

/** Replaces the mentor `id` with `update(mentor)`; nothing is written when it returns the mentor unchanged. */
function changeMentor(data: Database, id: string, update: (mentor: Mentor) => Mentor): Outcome<Mentor> {
  const current = findById(data.mentors, id, 'mentor')
  const next = update(current)
  if (next === current) return { data, value: current, changed: [] }
  return { data: { ...data, mentors: replaceById(data.mentors, next) }, value: next, changed: ['mentors'] }
}

/** Changes the fields given (a field given as undefined is left alone). */
export function updateMentor(data: Database, { id, changes }: ParsedInput<'mentors:update'>, { now }: RuleEnv) {
  return changeMentor(data, id, (mentor) => applyChanges(mentor, changes, now))
}

/** Moves a mentor out of the roster's way, keeping everything; archiving twice keeps the first date. */
export function archiveMentor(data: Database, { id }: { id: string }, { now }: RuleEnv) {
  return changeMentor(data, id, (m) => (m.archivedAt ? m : applyChanges(m, { archivedAt: now.toISOString() }, now)))
}

/** Brings an archived mentor back into the roster. */
export function unarchiveMentor(data: Database, { id }: { id: string }, { now }: RuleEnv) {
  return changeMentor(data, id, (m) => (m.archivedAt ? applyChanges(m, { archivedAt: null }, now) : m))
}

/**
 * Deletes a mentor. Their notes, sessions and action items go too, or stay under "Unknown mentor"
 * (`history: 'keep'`); with any of them, the caller must say which. Goals lose the link to them.
 */
export function deleteMentor(
  data: Database,
  { id, history }: ParsedInput<'mentors:delete'>,
): Undoable<ChannelOutput<'mentors:delete'>, DeletedMentor> {
  const mentor = findById(data.mentors, id, 'mentor')
  const mine = <T extends { mentorId: string | null }>(records: T[]) => records.filter((r) => r.mentorId === id)
  const owned = { notes: mine(data.notes), sessions: mine(data.sessions), actionItems: mine(data.actionItems) }
  const count = owned.notes.length + owned.sessions.length + owned.actionItems.length
  if (count > 0 && !history) {
    throw new AppFailure(
      'conflict',
      `${mentor.name} has ${plural(owned.notes.length, 'note')}, ${plural(owned.sessions.length, 'session')} and ${plural(owned.actionItems.length, 'action item')}. Choose whether to delete them too or keep them under "Unknown mentor".`,
    )
  }
  const keep = history === 'keep'
  const detach = <T extends { id: string; mentorId: string | null }>(records: T[]): T[] =>
    keep
      ? records.map((r) => (r.mentorId === id ? { ...r, mentorId: null } : r))
      : records.filter((r) => r.mentorId !== id)
  const goalIds = data.goals.filter((g) => g.mentorIds.includes(id)).map((g) => g.id)
  const goneIds = new Set([id, ...(keep ? [] : owned.notes.map((n) => n.id))])
  const relationship = relationshipOf(data, id)
  const next: Database = {
    ...data,
    mentors: data.mentors.filter((m) => m.id !== id),
    notes: detach(data.notes),
    sessions: detach(data.sessions),
    actionItems: detach(data.actionItems),
    goals: data.goals.map((g): Goal =>
      g.mentorIds.includes(id) ? { ...g, mentorIds: g.mentorIds.filter((m) => m !== id) } : g,
    ),
    drafts: draftsNotAbout(data.drafts, goneIds),
    agreements: data.agreements.filter((r) => r.mentorId !== id),
    checkIns: data.checkIns.filter((r) => r.mentorId !== id),
    wrapUps: data.wrapUps.filter((r) => r.mentorId !== id),
  }
  return {
    data: next,
    value: { id, notesDeleted: keep ? 0 : owned.notes.length, notesKept: keep ? owned.notes.length : 0 },
    changed: ['mentors', 'notes', 'sessions', 'actionItems', 'goals', 'drafts', ...relationshipKinds],
    kept: { mentor, history: keep ? 'keep' : 'delete', ...owned, goalIds, relationship },
  }
}

/** Puts `records` back: re-inserted when deleted, re-attached to the mentor when kept under "Unknown mentor". */
function putBack<T extends { id: string; mentorId: string | null }>(current: T[], records: T[], mentorId: string): T[] {
  const returning = new Set(records.map((r) => r.id))
  const present = new Set<string>()
  const updated = current.map((record) => {
    if (!returning.has(record.id)) return record
    present.add(record.id)
    return record.mentorId === null ? { ...record, mentorId } : record
  })
  return [...updated, ...records.filter((r) => !present.has(r.id))]
}

/** Brings a deleted mentor back with everything that went or was detached with them. */
export function undeleteMentor(data: Database, gone: DeletedMentor): Outcome<Mentor> {
  const id = gone.mentor.id
  if (data.mentors.some((m) => m.id === id)) throw new AppFailure('conflict', `${gone.mentor.name} is already back.`)
  const next: Database = {
    ...data,
    mentors: [...data.mentors, gone.mentor],
    notes: putBack(data.notes, gone.notes, id),
    sessions: putBack(data.sessions, gone.sessions, id),
    actionItems: putBack(data.actionItems, gone.actionItems, id),
    goals: data.goals.map((g) =>
      gone.goalIds.includes(g.id) && !g.mentorIds.includes(id) ? { ...g, mentorIds: [...g.mentorIds, id] } : g,
    ),
    agreements: putBack(data.agreements, gone.relationship.agreements, id),
    checkIns: putBack(data.checkIns, gone.relationship.checkIns, id),
    wrapUps: putBack(data.wrapUps, gone.relationship.wrapUps, id),
  }
  return {
    data: next,
    value: gone.mentor,
    changed: ['mentors', 'notes', 'sessions', 'actionItems', 'goals', ...relationshipKinds],
  }
}

/** `mentors:*` over the store. */
export function mentorHandlers(ctx: CoreContext) {
  const deletes = undoable<DeletedMentor>(ctx, deleteExpired('mentor'))
  return {
    'mentors:list': read(ctx, listMentors),
    'mentors:roster': read(ctx, (data, { includeArchived }) => rosterOf(data, includeArchived)),
    'mentors:get': read(ctx, (data, { id }) => findById(data.mentors, id, 'mentor')),
    'mentors:create': mutation(ctx, createMentor),
    'mentors:update': mutation(ctx, updateMentor),
    'mentors:archive': mutation(ctx, archiveMentor),
    'mentors:restore': mutation(ctx, unarchiveMentor),
    'mentors:delete': deletes.change(deleteMentor, byId),
    'mentors:undelete': deletes.undo(byId, undeleteMentor),
  } satisfies HandlerSlice<'mentors'>
}
