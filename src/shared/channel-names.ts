// Every channel and event by name. Zod-free on purpose: the sandboxed preload bundles this file.
// src/shared/ipc.ts declares each channel's schemas against this list, and the compiler holds them equal.

/** Every request channel, `domain:verb`. The verb becomes `window.api.<domain>.<verb>`. */
export const channelNames = [
  'app:info',
  'app:openExternal',
  'app:openFile',
  'settings:get',
  'settings:update',
  'profile:get',
  'profile:update',
  'mentors:list',
  'mentors:roster',
  'mentors:get',
  'mentors:create',
  'mentors:update',
  'mentors:archive',
  'mentors:restore',
  'mentors:delete',
  'mentors:undelete',
  'notes:list',
  'notes:create',
  'notes:update',
  'notes:delete',
  'notes:undelete',
  'sessions:timeline',
  'sessions:get',
  'sessions:create',
  'sessions:update',
  'sessions:delete',
  'sessions:undelete',
  'sessions:skip',
  'sessions:prefill',
  'sessions:exportIcs',
  'series:stop',
  'briefs:get',
  'agreements:get',
  'agreements:save',
  'agreements:delete',
  'agreements:undelete',
  'actions:list',
  'actions:create',
  'actions:update',
  'actions:setDone',
  'actions:delete',
  'actions:undelete',
  'outcomes:set',
  'outcomes:list',
  'goals:list',
  'goals:create',
  'goals:update',
  'goals:delete',
  'reports:preview',
  'reports:export',
  'reports:cancel',
  'reminders:list',
  'reminders:snooze',
  'reminders:dismiss',
  'reminders:done',
  'search:query',
  'drafts:list',
  'drafts:get',
  'drafts:save',
  'drafts:discard',
  'sample:status',
  'sample:load',
  'sample:remove',
  'data:location',
  'data:reveal',
  'data:backups',
  'data:restoreBackup',
  'data:exportJson',
  'data:importPreview',
  'data:import',
  'data:move',
  'data:removeOldCopy',
  'data:retry',
  'contacts:importPreview',
  'contacts:import',
  'contacts:undoImport',
  'contacts:exportVcard',
  'calendar:importPreview',
  'calendar:import',
  'calendar:undoImport',
  'wrapUps:get',
  'wrapUps:save',
  'wrapUps:draftThankYou',
  'checkIns:list',
  'checkIns:due',
  'checkIns:create',
  'checkIns:delete',
  'checkIns:undelete',
] as const
export type ChannelName = (typeof channelNames)[number]

/** Every event the main side pushes to the renderer. */
export const eventNames = [
  'data:changed',
  'store:status',
  'store:notice',
  'navigate',
  'reminders:due',
  'app:command',
  'reports:progress',
] as const

export type EventName = (typeof eventNames)[number]

/** True for a known channel name; guards what arrives from outside. */
export function isChannelName(value: unknown): value is ChannelName {
  return typeof value === 'string' && (channelNames as readonly string[]).includes(value)
}

/** True for a known event name. */
export function isEventName(value: unknown): value is EventName {
  return typeof value === 'string' && (eventNames as readonly string[]).includes(value)
}
