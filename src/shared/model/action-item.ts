import { z } from 'zod'
import { Id, LocalDate, RecordBase, Timestamp, limits, withDefaults } from './common'
import { Outcome } from './relationship'

export const actionOwners = ['me', 'mentor'] as const
export const ActionOwner = z.enum(actionOwners, { error: 'Choose who owns this: me or the mentor' })

/** The fields of an action item the user edits, without defaults. */
export const actionItemFieldShape = {
  mentorId: Id.nullable(),
  sessionId: Id.nullable(),
  goalIds: z.array(Id).max(limits.linkedRecords, { error: `Link at most ${limits.linkedRecords} goals` }),
  title: z
    .string({ error: 'Enter what needs doing' })
    .trim()
    .min(1, { error: 'Enter what needs doing' })
    .max(limits.shortText, { error: `Keep this under ${limits.shortText} characters` }),
  owner: ActionOwner,
  dueOn: LocalDate.nullable(),
}

/** Something promised in a session, by me or by the mentor. */
export const ActionItem = RecordBase.extend({
  ...withDefaults(actionItemFieldShape, { sessionId: null, goalIds: [], dueOn: null }),
  doneAt: Timestamp.nullable().default(null),
  /** How it went, told when it was done (format 2); null until then or if the mentee said nothing. */
  outcome: Outcome.nullable().default(null),
})
export type ActionItem = z.infer<typeof ActionItem>
