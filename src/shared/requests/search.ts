import { z } from 'zod'

/** `search:query`: words to find, anywhere in what the user wrote. */
export const SearchQuery = z.object({
  text: z
    .string()
    .trim()
    .min(1, { error: 'Type something to search for' })
    .max(200, { error: 'Search for at most 200 characters' }),
  limit: z.number().int().min(1).max(100).default(20),
})

const Range = z.tuple([z.number().int(), z.number().int()])

/** One search result: what it is, where it leads, and which parts of its text matched. */
export const SearchHit = z.object({
  kind: z.enum(['mentor', 'note', 'session', 'action', 'goal', 'agreement', 'wrapUp', 'checkIn']),
  id: z.string(),
  title: z.string(),
  titleHighlights: z.array(Range),
  subtitle: z.string(),
  snippet: z.string(),
  highlights: z.array(Range),
  target: z.string(),
  score: z.number(),
})
export type SearchHit = z.infer<typeof SearchHit>
