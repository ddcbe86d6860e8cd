// The settings' and profile's rules called on plain data, and the app's own small rules.
import { describe, expect, it } from 'vitest'
import { appInfo, assertSavedHere } from '../../../../src/main/core/domain/app'
import { updateProfile, updateSettings } from '../../../../src/main/core/domain/settings'
import type { ParsedInput } from '../../../../src/shared/ipc'
import { databaseWith, inputOf, ruleEnv } from '../../../helpers/plain-data'

const SET_AT = '2026-11-20T08:00:00.000Z'
const NOW = '2026-11-27T09:00:00.000Z'

/** Settings with a digest at 08:00, set up a week ago, and quiet hours at night. */
function configured() {
  const data = databaseWith({})
  const reminders = {
    ...data.settings.reminders,
    digestTime: '08:00',
    digestSetAt: SET_AT,
    quietHours: { start: '22:00', end: '07:00' },
  }
  return databaseWith({ settings: { ...data.settings, reminders } })
}

describe('updateSettings', () => {
  it('changes one reminder setting without resetting the others', () => {
    const { value } = updateSettings(
      configured(),
      inputOf('settings:update', { theme: 'dark', reminders: { sessionLeadMinutes: [60] } }),
      ruleEnv(NOW),
    )
    expect(value).toMatchObject({
      theme: 'dark',
      closeToTray: true,
      updatedAt: NOW,
      reminders: { sessionLeadMinutes: [60], digestTime: '08:00', quietHours: { start: '22:00', end: '07:00' } },
    })
  })

  it.each<[string, ParsedInput<'settings:update'>, string | null]>([
    // A digest time already past today is not sent at once for a digest just set up or moved.
    ['a new digest time', { reminders: { digestTime: '07:30' } }, NOW],
    ['the digest turned off', { reminders: { digestTime: null } }, NOW],
    ['the same digest time again', { reminders: { digestTime: '08:00' } }, SET_AT],
    ['another reminder setting', { reminders: { quietHours: null } }, SET_AT],
    ['another setting', { theme: 'light' }, SET_AT],
  ])('after %s, the digest counts from %s', (_name, input, digestSetAt) => {
    expect(updateSettings(configured(), input, ruleEnv(NOW)).value.reminders.digestSetAt).toBe(digestSetAt)
  })
})

describe('updateProfile', () => {
  it('saves the mentee name with any script, stamped now, keeping the rest', () => {
    const { data, value } = updateProfile(databaseWith({}), { name: 'Amara Okafor 🌱' }, ruleEnv(NOW))
    expect(value).toEqual({ name: 'Amara Okafor 🌱', role: '', updatedAt: NOW })
    expect(data.profile).toEqual(value)
  })
})

describe('the app', () => {
  it('tells its name, version, and where its data file is and how it was opened', () => {
    const status = { mode: 'new', dataFile: '/data/mentor-tracker.json' } as const
    expect(appInfo({ name: 'Mentor Tracker', version: '1.2.3' }, status)).toEqual({
      name: 'Mentor Tracker',
      version: '1.2.3',
      dataFile: '/data/mentor-tracker.json',
      status,
    })
  })

  it('opens only a file it saved itself', () => {
    const saved = { has: (path: string) => path === '/out/report.pdf' }
    expect(() => assertSavedHere(saved, '/out/report.pdf')).not.toThrow()
    expect(() => assertSavedHere(saved, '/usr/bin/env')).toThrow(
      'Mentor Tracker opens only files it saved itself since it started.',
    )
  })
})
