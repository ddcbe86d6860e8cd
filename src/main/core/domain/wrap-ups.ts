// `wrapUps:*`: closing a mentorship when the mentor becomes an alumnus. Each rule is a function of the data, its
// input and the time; the registration is at the end.
import type { ParsedInput } from '../../../shared/ipc'
import type { Database, Mentor, WrapUp } from '../../../shared/model'
import type { FieldIssue } from '../../../shared/result'
import type { ThankYouDraft } from '../../../shared/requests/wrap-ups'
import { firstNameOf, ordinal } from '../../../shared/text'
import type { CoreContext } from '../context'
import { AppFailure } from '../errors'
import type { HandlerSlice } from '../handlers'
import type { Outcome, RuleEnv } from '../rules'
import { mutation, read } from '../rules'
import { applyChanges, findById, replaceById } from './records'

/** How many takeaways and outcomes the drafted thank-you recalls: a few, the most recent. */
export const thankYouRecalls = 3

/** The longest line a takeaway or outcome brings into the draft. */
const recallLength = 200

/** The mentor's wrap-up, or null before one is written. */
export function wrapUpOf(data: Database, { mentorId }: { mentorId: string }): WrapUp | null {
  return data.wrapUps.find((w) => w.mentorId === mentorId) ?? null
}

/** Refuses ratings of goals that do not exist or are not linked to the mentor, naming each one's field. */
function checkRatedGoals(data: Database, mentor: Mentor, ratings: ParsedInput<'wrapUps:save'>['goalRatings']): void {
  const issues: FieldIssue[] = []
  ratings.forEach(({ goalId }, index) => {
    const goal = data.goals.find((g) => g.id === goalId)
    const path = `goalRatings.${index}.goalId`
    if (!goal) issues.push({ path, message: 'This goal does not exist; it may have been deleted' })
    else if (!goal.mentorIds.includes(mentor.id))
      issues.push({ path, message: `The goal "${goal.title}" is not linked to ${mentor.name}` })
  })
  if (issues.length > 0) {
    throw new AppFailure('invalid-input', `Nothing was saved. ${issues.map((i) => i.message).join('; ')}.`, issues)
  }
}

/**
 * Saves the mentor's wrap-up (replacing an earlier one) and, in the same change, moves the mentor to alumni
 * with the slower stay-in-touch cadence (unless `moveToAlumni` is false: an edit that leaves the mentor be).
 */
export function saveWrapUp(
  data: Database,
  input: ParsedInput<'wrapUps:save'>,
  { now, newId }: RuleEnv,
): Outcome<WrapUp> {
  const { stayInTouchWeeks, moveToAlumni, ...fields } = input
  const mentor = findById(data.mentors, input.mentorId, 'mentor')
  checkRatedGoals(data, mentor, fields.goalRatings)
  const stamp = now.toISOString()
  const earlier = wrapUpOf(data, input)
  const wrapUp: WrapUp = earlier
    ? { ...earlier, ...fields, updatedAt: stamp }
    : { id: newId(), ...fields, createdAt: stamp, updatedAt: stamp }
  const next: Database = {
    ...data,
    mentors: moveToAlumni
      ? replaceById(data.mentors, applyChanges(mentor, { stage: 'alumni', cadenceWeeks: stayInTouchWeeks }, now))
      : data.mentors,
    wrapUps: earlier ? replaceById(data.wrapUps, wrapUp) : [...data.wrapUps, wrapUp],
  }
  return { data: next, value: wrapUp, changed: moveToAlumni ? ['wrapUps', 'mentors'] : ['wrapUps'] }
}

/** The first line of a text with words in it, without list or heading marks, shortened to a line. */
export function firstLine(text: string): string {
  const line =
    text
      .split('\n')
      .map((l) => l.replace(/^\s*(?:[-*+>#]+|\d+[.)])\s*/, '').trim())
      .find((l) => l.length > 0) ?? ''
  return line.length > recallLength ? `${line.slice(0, recallLength - 1).trimEnd()}…` : line
}

/**
 * A warm, plain thank-you from the mentee to the mentor, made only of what the data holds: the names, the
 * takeaways of the most recent held sessions and what came of the mentor's action items. Nothing invented.
 */
export function draftThankYou(data: Database, { mentorId }: { mentorId: string }): ThankYouDraft {
  const mentor = findById(data.mentors, mentorId, 'mentor')
  const takeaways = data.sessions
    .filter((s) => s.mentorId === mentorId && s.status === 'held' && s.takeaways.trim() !== '')
    .sort((a, b) => ordinal(b.startsAt, a.startsAt))
    .slice(0, thankYouRecalls)
    .map((s) => firstLine(s.takeaways))
  const outcomes = data.actionItems
    .filter((a) => a.mentorId === mentorId && a.outcome)
    .sort((a, b) => ordinal(b.outcome?.at ?? '', a.outcome?.at ?? ''))
    .slice(0, thankYouRecalls)
    .map((a) => `${a.title}: ${firstLine(a.outcome?.text ?? '')}`)
  const parts = [
    `Dear ${firstNameOf(mentor.name)},`,
    'Thank you for mentoring me, and for the time and attention you gave me.',
  ]
  if (takeaways.length > 0) parts.push(`What I take away from our conversations:\n${bullets(takeaways)}`)
  if (outcomes.length > 0) parts.push(`What came of what we discussed:\n${bullets(outcomes)}`)
  parts.push('I would be glad to stay in touch.')
  const me = data.profile.name.trim()
  parts.push(me ? `With thanks,\n${me}` : 'With thanks,')
  return { text: parts.join('\n\n') }
}

const bullets = (lines: string[]) => lines.map((l) => `- ${l}`).join('\n')

/** `wrapUps:*` over the store. */
export function wrapUpHandlers(ctx: CoreContext) {
  return {
    'wrapUps:get': read(ctx, (data, input) => {
      findById(data.mentors, input.mentorId, 'mentor')
      return wrapUpOf(data, input)
    }),
    'wrapUps:save': mutation(ctx, saveWrapUp),
    'wrapUps:draftThankYou': read(ctx, draftThankYou),
  } satisfies HandlerSlice<'wrapUps'>
}
