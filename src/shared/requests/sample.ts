import { z } from 'zod'
import { Timestamp } from '../model/common'

const count = z.number().int().min(0)

/** How many records of each kind: what the sample data holds, or what a removal took. */
export const SampleCounts = z.object({
  mentors: count,
  notes: count,
  sessions: count,
  actionItems: count,
  goals: count,
})
export type SampleCounts = z.infer<typeof SampleCounts>

/** `sample:status`: whether sample data is loaded, and what removing it would touch. */
export const SampleStatus = z.object({
  loaded: z.boolean(),
  loadedAt: Timestamp.nullable(),
  /** The sample records still in the file. */
  records: SampleCounts,
  /** Records the user made that hang on sample records (a note on a sample mentor, an item on a sample session). */
  attached: z.object({ notes: count, sessions: count, actionItems: count }),
  /** Sample records the user changed since loading them. */
  edited: count,
})
export type SampleStatus = z.infer<typeof SampleStatus>

/** `sample:remove`: what to do with the user's own records attached to sample ones; required when there are any. */
export const SampleRemove = z
  .object({
    attached: z
      .enum(['keep', 'delete'], { error: 'Choose whether to keep or delete what you added to the sample records' })
      .optional(),
  })
  .prefault({})
export type SampleRemove = z.input<typeof SampleRemove>

export const SampleRemoved = z.object({
  removed: SampleCounts,
  /** The user's attached records kept, detached from the sample records. */
  kept: count,
  /** The user's attached records deleted along with the sample records. */
  deleted: count,
})
export type SampleRemoved = z.infer<typeof SampleRemoved>
