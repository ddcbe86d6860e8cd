import { z } from 'zod'
import { Timestamp } from '../model/common'
import { Count } from './common'
import { RecordCounts } from './data'

/** How many records of each kind: what the sample data holds, or what a removal took. */
export const SampleCounts = RecordCounts
export type SampleCounts = RecordCounts

/** `sample:status`: whether sample data is loaded, and what removing it would touch. */
export const SampleStatus = z.object({
  loaded: z.boolean(),
  loadedAt: Timestamp.nullable(),
  /** The sample records still in the file. */
  records: SampleCounts,
  /** Records the user made that hang on sample records (a note on a sample mentor, an item on a sample session). */
  attached: z.object({ notes: Count, sessions: Count, actionItems: Count }),
  /** Sample records the user changed since loading them. */
  edited: Count,
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
  kept: Count,
  /** The user's attached records deleted along with the sample records. */
  deleted: Count,
})
export type SampleRemoved = z.infer<typeof SampleRemoved>
