import { z } from 'zod'
import { ActionItem, Agreement, Mentor, Note, Session, Timestamp } from '../model'
import { GoalView } from './goals'

/** The last held session with the mentor before this one: what to build on. */
export const LastSession = z.object({
  id: z.string(),
  startsAt: Timestamp,
  takeaways: z.string(),
  whatDidNot: z.string(),
})

/** `briefs:get`: everything to prepare one session on one screen. */
export const SessionBrief = z.object({
  session: Session,
  mentor: Mentor.nullable(),
  /** The mentor's background at a glance: pinned notes first, then background and achievements, a few at most. */
  highlights: z.array(Note),
  /** The agreement with the mentor, when there is one (its earlier versions left out). */
  agreement: Agreement.omit({ versions: true }).nullable(),
  lastSession: LastSession.nullable(),
  /** Open action items with this mentor: mine, and what the mentor promised. */
  openItems: z.object({ mine: z.array(ActionItem), theirs: z.array(ActionItem) }),
  /** Done items whose outcome the mentor has not heard yet. */
  outcomesToTell: z.array(ActionItem),
  /** The goals this session, the agreement or the mentor serve, with their progress. */
  goals: z.array(GoalView),
})
export type SessionBrief = z.infer<typeof SessionBrief>
