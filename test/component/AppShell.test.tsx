import { readdir, rm, utimes, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { act, render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { backupDirOf } from '../../src/main/core/store/backups'
import { ErrorBoundary } from '../../src/renderer/src/components/ErrorBoundary'
import { Providers } from '../../src/renderer/src/Providers'
import { fixedClock, openCore, valueOf } from '../helpers/core'
import { tempDirs } from '../helpers/temp'
import { renderApp } from './render-app'
import { dataAfterRestart } from '../helpers/restart'

const newDir = tempDirs()
const colorScheme = () => document.documentElement.getAttribute('data-mantine-color-scheme')

/** Stands in for the system's light/dark setting, as the window's matchMedia reports it; `set` changes it live. */
function stubSystemScheme(initial: 'light' | 'dark') {
  let dark = initial === 'dark'
  const listeners = new Set<(event: MediaQueryListEvent) => void>()
  vi.spyOn(window, 'matchMedia').mockImplementation((query: string) => {
    const asksDark = query.includes('prefers-color-scheme: dark')
    return {
      media: query,
      get matches() {
        return asksDark && dark
      },
      onchange: null,
      addEventListener: (_type: string, listener: (event: MediaQueryListEvent) => void) => listeners.add(listener),
      removeEventListener: (_type: string, listener: (event: MediaQueryListEvent) => void) =>
        listeners.delete(listener),
      addListener: () => {},
      removeListener: () => {},
      dispatchEvent: () => true,
    } as unknown as MediaQueryList
  })
  return {
    set(scheme: 'light' | 'dark') {
      dark = scheme === 'dark'
      for (const listener of listeners) listener({ matches: dark } as MediaQueryListEvent)
    },
  }
}

afterEach(() => {
  vi.restoreAllMocks()
  localStorage.clear()
})

describe('the app shell', () => {
  it('tells the user when the data file was damaged, and where the original is', async () => {
    const dir = await newDir()
    await writeFile(join(dir, 'mentor-tracker.json'), '{"schemaVersion":1,"mentors":[{"na')
    await renderApp(dir, '/')
    const alert = await screen.findByRole('alert')
    expect(within(alert).getByText('Your data file could not be read')).toBeTruthy()
    expect(alert.textContent).toContain('cut off')
    expect(alert.textContent).toContain(join(dir, 'mentor-tracker.damaged-2026-11-27T09-00-00Z.json'))
    expect(alert.textContent).toContain('no backup to restore')
  })

  it('after restoring a backup, names the backup’s date and where the damaged original went', async () => {
    const dir = await newDir()
    const before = await openCore(dir)
    valueOf(await before.handlers['mentors:create']({ name: 'Ines from the backup' }))
    await before.close()
    await (await openCore(dir)).close() // a clean load keeps last-good.json
    const backups = backupDirOf(before.dataFile)
    for (const name of await readdir(backups)) if (name !== 'last-good.json') await rm(join(backups, name))
    const backupDate = new Date('2026-11-20T14:30:00.000Z')
    await utimes(join(backups, 'last-good.json'), backupDate, backupDate)
    await writeFile(before.dataFile, '{"schemaVersion":1,"mentors":[{"na')

    await renderApp(dir, '/mentors', { clock: fixedClock('2026-11-28T10:15:30.000Z') })
    const alert = await screen.findByRole('alert')
    expect(within(alert).getByText('Your data file could not be read')).toBeTruthy()
    expect(alert.textContent).toContain(`restored the backup from ${backupDate.toLocaleString()}`)
    expect(alert.textContent).toContain('Changes made after that backup are not in it')
    expect(alert.textContent).toContain(join(dir, 'mentor-tracker.damaged-2026-11-28T10-15-30Z.json'))
    expect(alert.textContent).not.toContain('no backup')
    expect(await screen.findByText('Ines from the backup')).toBeTruthy()
  })

  it('says so when the file is read-only because a newer version wrote it', async () => {
    const dir = await newDir()
    await writeFile(join(dir, 'mentor-tracker.json'), JSON.stringify({ schemaVersion: 99 }))
    await renderApp(dir, '/')
    const alert = await screen.findByRole('alert')
    expect(alert.textContent).toMatch(/Read-only.*newer version of Mentor Tracker/)
  })

  it('switches to the dark theme and keeps the choice in the data file', async () => {
    const user = userEvent.setup()
    const { core } = await renderApp(await newDir(), '/settings')
    await user.click(await screen.findByText('Dark'))
    await waitFor(() => expect(document.documentElement.getAttribute('data-mantine-color-scheme')).toBe('dark'))
    await waitFor(async () => expect((await dataAfterRestart(core.dataFile)).settings.theme).toBe('dark'))
  })

  it.each(['dark', 'light'] as const)(
    'follows the system when the theme is System: the system says %s',
    async (system) => {
      const other = system === 'dark' ? 'light' : 'dark'
      // Mantine remembers the last scheme locally; the stored "System" choice must win over it.
      localStorage.setItem('mantine-color-scheme-value', other)
      const systemScheme = stubSystemScheme(system)
      const { core } = await renderApp(await newDir(), '/')
      expect(valueOf(await core.handlers['settings:get']()).theme).toBe('system')
      await waitFor(() => expect(colorScheme()).toBe(system))
      // The user flips the system setting while the app is open: the app follows at once.
      act(() => systemScheme.set(other))
      expect(colorScheme()).toBe(other)
    },
  )

  it('saves the user’s own name and greets them with it', async () => {
    const user = userEvent.setup()
    await renderApp(await newDir(), '/settings')
    const name = await screen.findByRole('textbox', { name: 'Your name' })
    await user.type(name, 'Amara Okafor')
    await user.click(screen.getByRole('button', { name: 'Save profile' }))
    await user.click(screen.getByRole('link', { name: 'Dashboard' }))
    expect(await screen.findByRole('heading', { name: /, Amara Okafor$/ })).toBeTruthy()
  })

  it('shows a useful message instead of a blank window when a screen fails', () => {
    const Broken = () => {
      throw new Error('Cannot read the mentor list')
    }
    const silence = console.error
    console.error = () => {}
    let container: HTMLElement
    try {
      ;({ container } = render(
        <Providers env="test">
          <ErrorBoundary>
            <Broken />
          </ErrorBoundary>
        </Providers>,
      ))
    } finally {
      console.error = silence
    }
    const alert = within(container).getByRole('alert')
    expect(alert.textContent).toContain('This page ran into a problem')
    expect(alert.textContent).toContain('Cannot read the mentor list')
    expect(alert.textContent).toContain('nothing was changed')
  })
})
