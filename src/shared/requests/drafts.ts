import { z } from 'zod'
import { Draft, DraftKey } from '../model/draft'

export const DraftRef = z.object({ key: DraftKey })

/** `drafts:list`: the drafts whose key starts with `prefix`, e.g. all of one mentor's note drafts. */
export const DraftQuery = z.object({ prefix: z.string().min(1).max(200) })

/** How deep a draft's values may nest: form values are a few levels; far deeper ones overflow the stack when written. */
export const MAX_DRAFT_DEPTH = 32

/** True when `value` nests at most `max` levels of arrays and objects; iterative, so any depth is safe to check. */
export function nestsAtMost(value: unknown, max: number): boolean {
  const stack: Array<[unknown, number]> = [[value, 0]]
  while (stack.length > 0) {
    const [current, depth] = stack.pop() as [unknown, number]
    if (typeof current !== 'object' || current === null) continue
    if (depth >= max) return false
    for (const child of Object.values(current)) stack.push([child, depth + 1])
  }
  return true
}

const DraftValues = Draft.shape.values

/** `drafts:save`: the values as typed so far. Their depth is checked before zod's recursive JSON check runs. */
export const DraftSave = z.object({
  key: DraftKey,
  values: z
    .custom<z.input<typeof DraftValues>>((value) => nestsAtMost(value, MAX_DRAFT_DEPTH), {
      error: 'This draft is nested too deeply to keep',
    })
    .pipe(DraftValues),
})
export type DraftSave = z.input<typeof DraftSave>
