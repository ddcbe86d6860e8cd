import { z } from 'zod'
import { Id, LocalDate, RecordBase, limits, text, withDefaults } from './common'

export const goalStatuses = ['active', 'achieved', 'dropped'] as const
export const GoalStatus = z.enum(goalStatuses, { error: 'Choose a status' })

/** The fields of a goal the user edits, without defaults. */
export const goalFieldShape = {
  title: z
    .string({ error: 'Enter a goal' })
    .trim()
    .min(1, { error: 'Enter a goal' })
    .max(limits.shortText, { error: `Keep this under ${limits.shortText} characters` }),
  why: text(limits.text),
  targetOn: LocalDate.nullable(),
  status: GoalStatus,
  mentorIds: z.array(Id).max(limits.linkedRecords, { error: `Link at most ${limits.linkedRecords} mentors` }),
  /** A manual progress percentage that overrides the one derived from action items. */
  progressOverride: z.number().int().min(0).max(100).nullable(),
}

/** A development goal the mentoring serves. */
export const Goal = RecordBase.extend(
  withDefaults(goalFieldShape, { why: '', targetOn: null, status: 'active', mentorIds: [], progressOverride: null }),
)
export type Goal = z.infer<typeof Goal>
