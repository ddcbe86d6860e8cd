// `agreements:*`: what the mentee and a mentor agreed the relationship is for, one agreement per mentor, with its
// earlier versions kept by date. Rules first, registration last.
import type { ParsedInput } from '../../../shared/ipc'
import { agreementDefaults, agreementVersionsKept } from '../../../shared/model'
import type { Agreement, AgreementTerms, Database, Mentor, SessionFormat } from '../../../shared/model'
import type { CoreContext } from '../context'
import { AppFailure } from '../errors'
import type { HandlerSlice } from '../handlers'
import type { Outcome, RuleEnv, Undoable } from '../rules'
import { byId, deleteExpired, mutation, read, undoable } from '../rules'
import { findById, replaceById } from './records'
import { checkReferences } from './references'

/** The names of the agreed terms, in the order a reader meets them. */
const termNames = Object.keys(agreementDefaults) as (keyof AgreementTerms)[]

/** Only the agreed terms of an agreement, a version or a request. */
export function termsOf(source: AgreementTerms): AgreementTerms {
  return Object.fromEntries(termNames.map((name) => [name, source[name]])) as AgreementTerms
}

const sameGoals = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((id) => b.includes(id))

/** True when both say the same: every term equal, the linked goals in any order. */
export function sameTerms(a: AgreementTerms, b: AgreementTerms): boolean {
  return termNames.every((name) => (name === 'goalIds' ? sameGoals(a.goalIds, b.goalIds) : a[name] === b[name]))
}

/** A mentor's agreement, or null when there is none. */
export function agreementWith(data: Database, mentorId: string): Agreement | null {
  return data.agreements.find((a) => a.mentorId === mentorId) ?? null
}

/** The agreement with a mentor, or null; refuses a mentor that does not exist. */
export function getAgreement(data: Database, { mentorId }: ParsedInput<'agreements:get'>): Agreement | null {
  findById(data.mentors, mentorId, 'mentor')
  return agreementWith(data, mentorId)
}

/** How a new session with this mentor happens by default: the agreed format, or null when none was agreed. */
export function agreedFormat(data: Database, mentorId: string): SessionFormat | null {
  return agreementWith(data, mentorId)?.format ?? null
}

/** The mentor with the agreed cadence as their keep-in-touch cadence (the same mentor when it is already so). */
function withAgreedCadence(mentor: Mentor, cadenceWeeks: number | null, now: Date): Mentor {
  if (cadenceWeeks === null || mentor.cadenceWeeks === cadenceWeeks) return mentor
  return { ...mentor, cadenceWeeks, updatedAt: now.toISOString() }
}

/**
 * Writes the agreement with a mentor, or replaces it: the terms it had become its newest earlier version (as
 * saved then, replaced now), and only the newest `agreementVersionsKept` versions stay. An agreed cadence
 * becomes the mentor's keep-in-touch cadence. Saving what is already there writes nothing.
 */
export function saveAgreement(
  data: Database,
  { mentorId, ...input }: ParsedInput<'agreements:save'>,
  { now, newId }: RuleEnv,
): Outcome<Agreement> {
  checkReferences(data, { mentorId, goalIds: input.goalIds })
  const terms = termsOf(input)
  const current = agreementWith(data, mentorId)
  if (current && sameTerms(current, terms)) return { data, value: current, changed: [] }

  const stamp = now.toISOString()
  const agreement: Agreement = current
    ? {
        ...current,
        ...terms,
        updatedAt: stamp,
        versions: [{ ...termsOf(current), savedAt: current.updatedAt, replacedAt: stamp }, ...current.versions].slice(
          0,
          agreementVersionsKept,
        ),
      }
    : { id: newId(), mentorId, ...terms, versions: [], createdAt: stamp, updatedAt: stamp }
  const agreements = current ? replaceById(data.agreements, agreement) : [...data.agreements, agreement]

  const mentor = findById(data.mentors, mentorId, 'mentor')
  const paced = withAgreedCadence(mentor, terms.cadenceWeeks, now)
  const next: Database = {
    ...data,
    agreements,
    mentors: paced === mentor ? data.mentors : replaceById(data.mentors, paced),
  }
  return { data: next, value: agreement, changed: paced === mentor ? ['agreements'] : ['agreements', 'mentors'] }
}

/** Deletes an agreement with its earlier versions, keeping it for undo. The mentor's cadence stays as it is. */
export function deleteAgreement(data: Database, { id }: { id: string }): Undoable<{ id: string }, Agreement> {
  const agreement = findById(data.agreements, id, 'agreement')
  const next: Database = { ...data, agreements: data.agreements.filter((a) => a.id !== id) }
  return { data: next, value: { id }, changed: ['agreements'], kept: agreement }
}

/** Brings a deleted agreement back, unless its mentor is gone or has a new agreement; goals deleted meanwhile drop out. */
export function undeleteAgreement(data: Database, agreement: Agreement): Outcome<Agreement> {
  if (!data.mentors.some((m) => m.id === agreement.mentorId)) {
    throw new AppFailure('conflict', 'This agreement cannot come back: its mentor was deleted.')
  }
  if (agreementWith(data, agreement.mentorId)) {
    throw new AppFailure(
      'conflict',
      'A new agreement with this mentor was written since; the deleted one stays deleted.',
    )
  }
  const goals = new Set(data.goals.map((g) => g.id))
  const restored = { ...agreement, goalIds: agreement.goalIds.filter((id) => goals.has(id)) }
  return { data: { ...data, agreements: [...data.agreements, restored] }, value: restored, changed: ['agreements'] }
}

/** `agreements:*` over the store. */
export function agreementHandlers(ctx: CoreContext) {
  const deletes = undoable<Agreement>(ctx, deleteExpired('agreement'))
  return {
    'agreements:get': read(ctx, getAgreement),
    'agreements:save': mutation(ctx, saveAgreement),
    'agreements:delete': deletes.change(deleteAgreement, byId),
    'agreements:undelete': deletes.undo(byId, undeleteAgreement),
  } satisfies HandlerSlice<'agreements'>
}
