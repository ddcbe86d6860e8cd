import { z } from 'zod'
import { Id, withDefaults } from '../model/common'
import { Goal, goalFieldShape } from '../model/goal'

/** `goals:create`. */
export const GoalDraft = z.object(
  withDefaults(goalFieldShape, { why: '', targetOn: null, status: 'active', mentorIds: [], progressOverride: null }),
)
export type GoalDraft = z.input<typeof GoalDraft>

/** `goals:update`: the fields that change. */
export const GoalUpdate = z.object({ id: Id, changes: z.object(goalFieldShape).partial() })
export type GoalUpdate = z.input<typeof GoalUpdate>

/** A goal as the goals page shows it: with its progress, coverage and the sessions that touched it. */
export const GoalView = z.object({
  goal: Goal,
  /** The progress shown: the manual override when set, else the share of linked action items done; null with neither. */
  progress: z.number().int().min(0).max(100).nullable(),
  /** The share of linked action items done, whatever the override says. */
  derivedProgress: z.number().int().min(0).max(100).nullable(),
  actions: z.object({ open: z.number().int(), done: z.number().int() }),
  sessionIds: z.array(Id),
  /** True when no active mentor is linked to this goal. */
  uncovered: z.boolean(),
})
export type GoalView = z.infer<typeof GoalView>
