import { z } from 'zod'
import { Id, limits, text } from '../model/common'
import { GoalRating } from '../model/relationship'

/** The stay-in-touch cadence an alumni mentor gets by default: every 6 months. */
export const defaultStayInTouchWeeks = 26

/** `wrapUps:get` and `wrapUps:draftThankYou`: the mentor whose wrap-up it is. */
export const WrapUpRef = z.object({ mentorId: Id })

/** `wrapUps:save`: the closing reflection, the goals re-rated, the thank-you and the slower cadence. */
export const WrapUpSave = z.object({
  mentorId: Id,
  learned: text(limits.text).default(''),
  carryOn: text(limits.text).default(''),
  differently: text(limits.text).default(''),
  goalRatings: z
    .array(GoalRating)
    .max(limits.linkedRecords, { error: `Rate at most ${limits.linkedRecords} goals` })
    .refine((ratings) => new Set(ratings.map((r) => r.goalId)).size === ratings.length, {
      error: 'Rate each goal once',
    })
    .default([]),
  thankYou: text(limits.text).default(''),
  /** Keep in touch every N weeks once the mentor is an alumnus; null: no reminders. */
  stayInTouchWeeks: z
    .number({ error: 'Enter a number of weeks' })
    .int({ error: 'Enter a whole number of weeks' })
    .min(1, { error: 'Use at least 1 week' })
    .max(104, { error: 'Use at most 104 weeks (two years)' })
    .nullable()
    .default(defaultStayInTouchWeeks),
  /** False edits the wrap-up of a mentor who came back from Alumni: their stage and cadence stay as they are. */
  moveToAlumni: z.boolean().default(true),
})
export type WrapUpSave = z.input<typeof WrapUpSave>

/** `wrapUps:draftThankYou`: a thank-you message drafted from what happened, to edit before sending. */
export const ThankYouDraft = z.object({ text: z.string() })
export type ThankYouDraft = z.infer<typeof ThankYouDraft>
