import { z } from 'zod'
import { Timestamp, limits } from './common'

/** Names a draft: `<kind>:<what>`, e.g. `note:new:<mentor id>:background` or `note:<note id>`. */
export const DraftKey = z
  .string()
  .max(200, { error: 'This draft name is too long' })
  .regex(/^[a-z-]+(:[\w-]+)+$/, { error: 'Expected a draft name like note:new:<id>' })

/** Text the user is typing and has not saved yet, kept in the data file so a crash loses nothing. */
export const Draft = z.object({
  key: DraftKey,
  /** The form's values as the renderer had them; only the renderer reads them back. */
  values: z
    .record(z.string(), z.json())
    .refine((values) => JSON.stringify(values).length <= limits.longText + 100_000, {
      error: 'This draft is too large to keep',
    }),
  updatedAt: Timestamp,
})
export type Draft = z.infer<typeof Draft>
