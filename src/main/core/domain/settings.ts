import type { CoreContext } from '../context'
import type { HandlerSlice } from '../handlers'
import { applyChanges, definedOnly } from './records'

/** `settings:*` and `profile:*`: the app's preferences and the mentee's own details. */
export function settingsHandlers({ store }: CoreContext) {
  return {
    'settings:get': async () => store.data.settings,
    'settings:update': ({ reminders = {}, ...changes }) =>
      store.mutate((data, now) => {
        const current = data.settings.reminders
        const digestChanged = reminders.digestTime !== undefined && reminders.digestTime !== current.digestTime
        const digestSetAt = digestChanged ? now.toISOString() : current.digestSetAt
        const settings = applyChanges(
          data.settings,
          { ...changes, reminders: { ...current, ...definedOnly(reminders), digestSetAt } },
          now,
        )
        return { data: { ...data, settings }, value: settings, changed: ['settings'] }
      }),
    'profile:get': async () => store.data.profile,
    'profile:update': (changes) =>
      store.mutate((data, now) => {
        const profile = applyChanges(data.profile, changes, now)
        return { data: { ...data, profile }, value: profile, changed: ['profile'] }
      }),
  } satisfies HandlerSlice<'settings' | 'profile'>
}
