import { z } from 'zod'
import { Draft, DraftKey } from '../model/draft'

export const DraftRef = z.object({ key: DraftKey })

/** `drafts:list`: the drafts whose key starts with `prefix`, e.g. all of one mentor's note drafts. */
export const DraftQuery = z.object({ prefix: z.string().min(1).max(200) })

/** `drafts:save`: the values as typed so far. */
export const DraftSave = Draft.pick({ key: true, values: true })
export type DraftSave = z.input<typeof DraftSave>
