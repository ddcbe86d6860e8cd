// Which data each read channel's answer is made of, so a `data:changed` event says which answers went stale.
// Part of the contract beside channel-names.ts, and zod-free like it: the renderer's cache refreshes by it.
import type { ChannelName } from './channel-names'
import type { DataKind } from './model/database'

/** The answer is made of every kind of data (the backups list: any change can write a backup). */
const anyChange = 'any'

/** Every channel the renderer reads and caches, with the kinds of data whose change makes its answer stale. */
export const readChannels = {
  // The app's version and the data file's status: the `store:status` event updates it, no data change does.
  'app:info': [],
  'settings:get': ['settings'],
  'profile:get': ['profile'],
  'mentors:list': ['mentors'],
  'mentors:roster': ['mentors', 'notes', 'sessions', 'actionItems'],
  'notes:list': ['notes'],
  'sessions:timeline': ['sessions', 'mentors', 'actionItems'],
  'sessions:get': ['sessions', 'actionItems', 'series'],
  'briefs:get': ['sessions', 'mentors', 'notes', 'actionItems', 'goals', 'agreements'],
  'actions:list': ['actionItems', 'mentors', 'sessions'],
  'outcomes:list': ['actionItems', 'mentors', 'sessions'],
  'goals:list': ['goals', 'actionItems', 'sessions', 'mentors'],
  'reports:preview': ['sessions', 'mentors', 'actionItems', 'goals', 'profile'],
  'agreements:get': ['agreements'],
  'reminders:list': ['reminders', 'sessions', 'actionItems', 'mentors', 'settings', 'checkIns', 'agreements'],
  'search:query': ['mentors', 'notes', 'sessions', 'actionItems', 'goals', 'wrapUps', 'agreements', 'checkIns'],
  'drafts:list': ['drafts'],
  'drafts:get': ['drafts'],
  'sample:status': ['sample', 'mentors', 'notes', 'sessions', 'actionItems', 'goals'],
  // Changes only when the data file moves or its old copy goes; both refresh it themselves.
  'data:location': [],
  'data:backups': anyChange,
  'wrapUps:get': ['wrapUps'],
  'checkIns:list': ['checkIns', 'sessions', 'mentors', 'settings'],
  'checkIns:due': ['checkIns', 'sessions', 'mentors', 'settings'],
} as const satisfies Partial<Record<ChannelName, readonly DataKind[] | typeof anyChange>>

/** A channel the renderer reads and caches. */
export type ReadChannel = keyof typeof readChannels

/** True when a change to `kinds` makes what `channel` answered stale. */
export function staleAfter(channel: ReadChannel, kinds: readonly DataKind[]): boolean {
  const madeOf: readonly DataKind[] | typeof anyChange = readChannels[channel]
  return madeOf === anyChange ? kinds.length > 0 : madeOf.some((kind) => kinds.includes(kind))
}
