import { z } from 'zod'
import { actionItemFieldShape } from '../model/action-item'
import { Id, withDefaults } from '../model/common'

/** `actions:list`: action items across mentors, or of one mentor, session or goal. */
export const ActionQuery = z
  .object({
    mentorId: Id.optional(),
    sessionId: Id.optional(),
    goalId: Id.optional(),
    includeDone: z.boolean().default(true),
  })
  .prefault({})

/** `actions:create`: an action item on its own, or for a session. */
export const ActionDraft = z.object(
  withDefaults(actionItemFieldShape, { mentorId: null, sessionId: null, goalIds: [], dueOn: null }),
)
export type ActionDraft = z.input<typeof ActionDraft>

const { sessionId: _sessionId, ...editable } = actionItemFieldShape

/** `actions:update`: the fields that change. */
export const ActionUpdate = z.object({ id: Id, changes: z.object(editable).partial() })
export type ActionUpdate = z.input<typeof ActionUpdate>

/** `actions:setDone`: completes an item (recording when) or opens it again. */
export const ActionSetDone = z.object({ id: Id, done: z.boolean({ error: 'Say whether it is done' }) })
