import { z } from 'zod'
import { isExternalLink } from '../model/common'
import type { StoreStatus } from '../store-status'

/** Input of a channel that takes nothing. */
export const NoInput = z.undefined({ error: 'This call takes no input' })

/** A link the app may hand to the system: web pages and email. */
export const ExternalUrl = z
  .string()
  .max(2_000, { error: 'This address is too long' })
  .refine(isExternalLink, { error: 'Only web (http, https) and email (mailto) links can be opened' })

/** The path of a file the app saved; core opens only those. */
export const SavedFilePath = z
  .string({ error: 'Expected the path of a saved file' })
  .min(1, { error: 'Expected the path of a saved file' })
  .max(4_096, { error: 'This path is too long' })

export const AppInfo = z.object({
  name: z.string(),
  version: z.string(),
  dataFile: z.string(),
  status: z.custom<StoreStatus>(),
})
export type AppInfo = z.infer<typeof AppInfo>
