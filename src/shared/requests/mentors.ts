import { z } from 'zod'
import { Id, Timestamp } from '../model/common'
import { Mentor } from '../model/mentor'

export const MentorQuery = z.object({ includeArchived: z.boolean().default(false) }).prefault({})

/** A roster row: the mentor and what the roster shows about them, computed from sessions and actions. */
export const RosterEntry = z.object({
  mentor: Mentor,
  /** The start of the last held session, if any. */
  lastSessionAt: Timestamp.nullable(),
  /** When to get in touch next, from their cadence; null without a cadence, or while paused or archived. */
  nextCheckInAt: Timestamp.nullable(),
  openActionItems: z.number().int(),
  noteCount: z.number().int(),
  sessionCount: z.number().int(),
})
export type RosterEntry = z.infer<typeof RosterEntry>

export const MentorDelete = z.object({
  id: Id,
  /** What to do with the mentor's notes, sessions and action items: required when there are any. */
  history: z.enum(['delete', 'keep'], { error: 'Choose whether to delete or keep their history' }).optional(),
})

export const MentorDeleted = z.object({
  id: Id,
  notesDeleted: z.number().int(),
  notesKept: z.number().int(),
})
