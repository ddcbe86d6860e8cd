import { screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { tempDirs } from '../helpers/temp'
import { renderApp } from './render-app'
import { dataAfterRestart } from '../helpers/restart'

const newDir = tempDirs()
const settingsOnDisk = async (file: string) => (await dataAfterRestart(file)).settings

describe('reminder settings', () => {
  it('saves lead times, the digest, quiet hours, the tray and start at login', async () => {
    const user = userEvent.setup()
    const { core } = await renderApp(await newDir(), '/settings')
    await screen.findByRole('region', { name: 'Reminders' })

    await user.click(await screen.findByRole('checkbox', { name: '1 hour before' }))
    await waitFor(async () =>
      expect((await settingsOnDisk(core.dataFile)).reminders.sessionLeadMinutes).toEqual([1440, 60, 15]),
    )
    await user.click(screen.getByRole('checkbox', { name: '1 day before' }))
    await waitFor(async () =>
      expect((await settingsOnDisk(core.dataFile)).reminders.sessionLeadMinutes).toEqual([60, 15]),
    )

    await user.click(screen.getByRole('switch', { name: /Daily digest/ }))
    await waitFor(async () => expect((await settingsOnDisk(core.dataFile)).reminders.digestTime).toBe('08:00'))
    await user.click(screen.getByRole('switch', { name: /Quiet hours/ }))
    await waitFor(async () =>
      expect((await settingsOnDisk(core.dataFile)).reminders.quietHours).toEqual({ start: '22:00', end: '07:30' }),
    )

    await user.click(screen.getByRole('switch', { name: /Keep running in the tray/ }))
    await user.click(screen.getByRole('switch', { name: /Start Mentor Tracker when I log in/ }))
    await waitFor(async () =>
      expect(await settingsOnDisk(core.dataFile)).toMatchObject({ closeToTray: false, startAtLogin: true }),
    )
  })
})
