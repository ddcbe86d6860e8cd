import { z } from 'zod'
import { ActionItem } from '../model/action-item'
import { Id, Timestamp, TimeZone } from '../model/common'
import { Outcome } from '../model/relationship'

/** `outcomes:set`: says in a line how a done action item went, or (null) takes that back. */
export const OutcomeSet = z.object({ id: Id, text: Outcome.shape.text.nullable() })
export type OutcomeSet = z.input<typeof OutcomeSet>

/** `outcomes:list`: the outcomes of one mentor's action items. */
export const OutcomeQuery = z.object({ mentorId: Id })

/** An action item with its outcome, and the held session in which the mentor was told (null until then). */
export const OutcomeEntry = z.object({
  item: ActionItem,
  toldIn: z.object({ id: Id, startsAt: Timestamp, timeZone: TimeZone }).nullable(),
})
export type OutcomeEntry = z.infer<typeof OutcomeEntry>

/** What to tell a mentor (oldest first), and what they were told (latest first). */
export const MentorOutcomes = z.object({ untold: z.array(OutcomeEntry), told: z.array(OutcomeEntry) })
export type MentorOutcomes = z.infer<typeof MentorOutcomes>
