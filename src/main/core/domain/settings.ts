// `settings:*` and `profile:*`: the app's preferences and the mentee's own details. Rules first, registration last.
import type { ParsedInput } from '../../../shared/ipc'
import type { Database, Profile, Settings } from '../../../shared/model'
import type { CoreContext } from '../context'
import type { HandlerSlice } from '../handlers'
import type { Outcome, RuleEnv } from '../rules'
import { mutation, read } from '../rules'
import { applyChanges, definedOnly } from './records'

/**
 * Changes the settings given, one reminder or check-in setting without resetting the others. A new digest time is
 * remembered with when it was set, so the digest does not fire at once for a time already past today.
 */
export function updateSettings(
  data: Database,
  { reminders = {}, checkIns = {}, ...changes }: ParsedInput<'settings:update'>,
  { now }: RuleEnv,
): Outcome<Settings> {
  const current = data.settings.reminders
  const digestChanged = reminders.digestTime !== undefined && reminders.digestTime !== current.digestTime
  const digestSetAt = digestChanged ? now.toISOString() : current.digestSetAt
  const settings = applyChanges(
    data.settings,
    {
      ...changes,
      reminders: { ...current, ...definedOnly(reminders), digestSetAt },
      checkIns: { ...data.settings.checkIns, ...definedOnly(checkIns) },
    },
    now,
  )
  return { data: { ...data, settings }, value: settings, changed: ['settings'] }
}

/** Changes the mentee's own details given. */
export function updateProfile(
  data: Database,
  changes: ParsedInput<'profile:update'>,
  { now }: RuleEnv,
): Outcome<Profile> {
  const profile = applyChanges(data.profile, changes, now)
  return { data: { ...data, profile }, value: profile, changed: ['profile'] }
}

/** `settings:*` and `profile:*` over the store. */
export function settingsHandlers(ctx: CoreContext) {
  return {
    'settings:get': read(ctx, (data) => data.settings),
    'settings:update': mutation(ctx, updateSettings),
    'profile:get': read(ctx, (data) => data.profile),
    'profile:update': mutation(ctx, updateProfile),
  } satisfies HandlerSlice<'settings' | 'profile'>
}
