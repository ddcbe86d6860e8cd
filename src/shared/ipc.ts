import { z } from 'zod'
import type { ChannelName, EventName } from './channel-names'
import type { DataKind } from './model'
import {
  Id,
  isExternalLink,
  Mentor,
  MentorDraft,
  MentorUpdate,
  Profile,
  ProfileUpdate,
  Settings,
  SettingsUpdate,
} from './model'
import type { StoreStatus } from './store-status'

/** Input of a channel that takes nothing. */
const NoInput = z.undefined({ error: 'This call takes no input' })

/** A link the app may hand to the system: web pages and email. */
export const ExternalUrl = z
  .string()
  .max(2_000, { error: 'This address is too long' })
  .refine(isExternalLink, { error: 'Only web (http, https) and email (mailto) links can be opened' })

const ById = z.object({ id: Id })

export const AppInfo = z.object({
  name: z.string(),
  version: z.string(),
  dataFile: z.string(),
  status: z.custom<StoreStatus>(),
})
export type AppInfo = z.infer<typeof AppInfo>

export const MentorQuery = z.object({ includeArchived: z.boolean().default(false) }).prefault({})

export const MentorDelete = z.object({
  id: Id,
  /** What to do with the mentor's notes: required when there are any. */
  history: z.enum(['delete', 'keep'], { error: 'Choose whether to delete or keep their history' }).optional(),
})

export const MentorDeleted = z.object({
  id: Id,
  notesDeleted: z.number().int(),
  notesKept: z.number().int(),
})

/** One declaration per channel: the schema its input must pass and the shape of its answer. */
export const channels = {
  'app:info': { input: NoInput, output: AppInfo },
  'app:openExternal': { input: z.object({ url: ExternalUrl }), output: z.object({ opened: z.boolean() }) },
  'settings:get': { input: NoInput, output: Settings },
  'settings:update': { input: SettingsUpdate, output: Settings },
  'profile:get': { input: NoInput, output: Profile },
  'profile:update': { input: ProfileUpdate, output: Profile },
  'mentors:list': { input: MentorQuery, output: z.array(Mentor) },
  'mentors:get': { input: ById, output: Mentor },
  'mentors:create': { input: MentorDraft, output: Mentor },
  'mentors:update': { input: MentorUpdate, output: Mentor },
  'mentors:archive': { input: ById, output: Mentor },
  'mentors:restore': { input: ById, output: Mentor },
  'mentors:delete': { input: MentorDelete, output: MentorDeleted },
} satisfies Record<ChannelName, { input: z.ZodType; output: z.ZodType }>

// The compiler holds the map and the zod-free name list equal, both ways.
type Exactly<A, B> = [A] extends [B] ? ([B] extends [A] ? true : never) : never
export const channelMapMatchesNames: Exactly<keyof typeof channels, ChannelName> = true

type Channels = typeof channels
/** What a caller passes to a channel (defaults not yet applied). */
export type ChannelInput<C extends ChannelName> = z.input<Channels[C]['input']>
/** What a handler receives after validation. */
export type ParsedInput<C extends ChannelName> = z.output<Channels[C]['input']>
/** What a channel answers with. */
export type ChannelOutput<C extends ChannelName> = z.output<Channels[C]['output']>

/** The payload of each event main pushes to the renderer. */
export interface EventPayloads {
  'data:changed': { kinds: DataKind[] }
  'store:status': StoreStatus
  'navigate': { path: string }
}
export const eventMapMatchesNames: Exactly<keyof EventPayloads, EventName> = true
