import { z } from 'zod'
import { Id, LocalDate, RecordBase, Timestamp, limits, text, withDefaults } from './common'
import { CadenceWeeks } from './mentor'
import { SessionFormat } from './session'

/**
 * The records of a mentoring relationship beyond its sessions (format version 2): the agreement on what it is
 * for, the mentee's private check-ins on how it is going, and the wrap-up when it ends.
 */

/** Earlier versions of an agreement kept with it; older ones beyond this are dropped, oldest first. */
export const agreementVersionsKept = 100

/** What the mentee and a mentor agreed the relationship is for, without defaults. */
export const agreementFieldShape = {
  /** What we focus on. */
  focus: text(limits.text),
  /** The goals the relationship serves. */
  goalIds: z.array(Id).max(limits.linkedRecords, { error: `Link at most ${limits.linkedRecords} goals` }),
  /** How often we meet, in weeks; it becomes the mentor's keep-in-touch cadence. */
  cadenceWeeks: CadenceWeeks.nullable(),
  /** How we meet: the default format of a new session with this mentor. */
  format: SessionFormat.nullable(),
  /** What stays between us. */
  confidentiality: text(limits.text),
  /** How we give each other feedback. */
  feedback: text(limits.text),
  startsOn: LocalDate.nullable(),
  /** When we look at the agreement again; a reminder comes that day. */
  reviewOn: LocalDate.nullable(),
  /** When or how the relationship ends. */
  endsWhen: text(limits.text),
}

export const agreementDefaults = {
  focus: '',
  goalIds: [] as string[],
  cadenceWeeks: null,
  format: null,
  confidentiality: '',
  feedback: '',
  startsOn: null,
  reviewOn: null,
  endsWhen: '',
}

/** The agreed terms, with their defaults. */
export const AgreementTerms = z.object(withDefaults(agreementFieldShape, agreementDefaults))
export type AgreementTerms = z.infer<typeof AgreementTerms>

/** An earlier version of an agreement, as it read until `replacedAt`. */
export const AgreementVersion = AgreementTerms.extend({ savedAt: Timestamp, replacedAt: Timestamp })
export type AgreementVersion = z.infer<typeof AgreementVersion>

/** A mentor's agreement: one per mentor, with its earlier versions, newest first. */
export const Agreement = RecordBase.extend(AgreementTerms.shape).extend({
  mentorId: Id,
  versions: z.array(AgreementVersion).max(agreementVersionsKept).default([]),
})
export type Agreement = z.infer<typeof Agreement>

/** A rating from 1 (not at all) to 5 (fully). */
export const Rating = z
  .number({ error: 'Choose a rating from 1 to 5' })
  .int({ error: 'Choose a rating from 1 to 5' })
  .min(1, { error: 'Choose a rating from 1 to 5' })
  .max(5, { error: 'Choose a rating from 1 to 5' })

/** The questions a check-in asks, in the order they are asked. */
export const checkInQuestions = ['value', 'frequency', 'action'] as const
export type CheckInQuestion = (typeof checkInQuestions)[number]

export const checkInQuestionLabels: Record<CheckInQuestion, string> = {
  value: 'I get what I came for',
  frequency: 'We meet often enough',
  action: 'I act on what we discuss',
}

/** The mentee's private answer to "How is this mentorship going?". Never in anything shared with a mentor. */
export const CheckIn = RecordBase.extend({
  mentorId: Id,
  ratings: z.object({ value: Rating, frequency: Rating, action: Rating }),
  note: text(limits.text).default(''),
})
export type CheckIn = z.infer<typeof CheckIn>

/** A linked goal looked at again when the relationship ends. */
export const GoalRating = z.object({ goalId: Id, rating: Rating })

/** The mentee's closing of a relationship when the mentor moves to alumni. Private but for the thank-you. */
export const WrapUp = RecordBase.extend({
  mentorId: Id,
  learned: text(limits.text).default(''),
  carryOn: text(limits.text).default(''),
  differently: text(limits.text).default(''),
  goalRatings: z.array(GoalRating).max(limits.linkedRecords).default([]),
  thankYou: text(limits.text).default(''),
})
export type WrapUp = z.infer<typeof WrapUp>

/** What came of an action item, told by the mentee when it was done; `toldAt` is set once the mentor heard it. */
export const Outcome = z.object({
  text: z
    .string()
    .trim()
    .min(1, { error: 'Say in a line how it went' })
    .max(limits.shortText, { error: `Keep this under ${limits.shortText} characters` }),
  at: Timestamp,
  toldAt: Timestamp.nullable().default(null),
  /** The held session in which the mentor was told. */
  toldInSessionId: Id.nullable().default(null),
})
export type Outcome = z.infer<typeof Outcome>
