import { z } from 'zod'
import { Id, Timestamp } from './common'

/**
 * Which records the sample data added, by id, so that removing it takes exactly those and
 * nothing the user made. Null while no sample data is loaded.
 */
export const SampleRecords = z.object({
  loadedAt: Timestamp,
  mentorIds: z.array(Id).default([]),
  noteIds: z.array(Id).default([]),
  sessionIds: z.array(Id).default([]),
  actionItemIds: z.array(Id).default([]),
  goalIds: z.array(Id).default([]),
  agreementIds: z.array(Id).default([]),
  checkInIds: z.array(Id).default([]),
  wrapUpIds: z.array(Id).default([]),
})
export type SampleRecords = z.infer<typeof SampleRecords>
