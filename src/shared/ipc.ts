import { z } from 'zod'
import type { ChannelName, EventName } from './channel-names'
import type { DataKind } from './model'
import {
  Draft,
  Mentor,
  MentorDraft,
  MentorUpdate,
  Note,
  Profile,
  ProfileUpdate,
  Settings,
  SettingsUpdate,
} from './model'
import { AppInfo, ExternalUrl, NoInput } from './requests/app'
import { DraftQuery, DraftRef, DraftSave } from './requests/drafts'
import { ById, MentorDelete, MentorDeleted, MentorQuery, RosterEntry } from './requests/mentors'
import { NoteDraft, NoteQuery, NoteUpdate } from './requests/notes'
import type { StoreStatus } from './store-status'

/** One declaration per channel: the schema its input must pass and the shape of its answer. */
export const channels = {
  'app:info': { input: NoInput, output: AppInfo },
  'app:openExternal': { input: z.object({ url: ExternalUrl }), output: z.object({ opened: z.boolean() }) },
  'settings:get': { input: NoInput, output: Settings },
  'settings:update': { input: SettingsUpdate, output: Settings },
  'profile:get': { input: NoInput, output: Profile },
  'profile:update': { input: ProfileUpdate, output: Profile },
  'mentors:list': { input: MentorQuery, output: z.array(Mentor) },
  'mentors:roster': { input: MentorQuery, output: z.array(RosterEntry) },
  'mentors:get': { input: ById, output: Mentor },
  'mentors:create': { input: MentorDraft, output: Mentor },
  'mentors:update': { input: MentorUpdate, output: Mentor },
  'mentors:archive': { input: ById, output: Mentor },
  'mentors:restore': { input: ById, output: Mentor },
  'mentors:delete': { input: MentorDelete, output: MentorDeleted },
  'mentors:undelete': { input: ById, output: Mentor },
  'notes:list': { input: NoteQuery, output: z.array(Note) },
  'notes:create': { input: NoteDraft, output: Note },
  'notes:update': { input: NoteUpdate, output: Note },
  'notes:delete': { input: ById, output: z.object({ id: z.string() }) },
  'notes:undelete': { input: ById, output: Note },
  'drafts:list': { input: DraftQuery, output: z.array(Draft) },
  'drafts:get': { input: DraftRef, output: Draft.nullable() },
  'drafts:save': { input: DraftSave, output: Draft },
  'drafts:discard': { input: DraftRef, output: z.object({ discarded: z.boolean() }) },
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
  navigate: { path: string }
}
export const eventMapMatchesNames: Exactly<keyof EventPayloads, EventName> = true
