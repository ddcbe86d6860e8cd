import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { ErrorBoundary } from '../../src/renderer/src/components/ErrorBoundary'
import { Providers } from '../../src/renderer/src/Providers'
import { tempDirs } from '../helpers/temp'
import { renderApp } from './render-app'

const newDir = tempDirs()

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
    await waitFor(async () => expect(JSON.parse(await readFile(core.dataFile, 'utf8')).settings.theme).toBe('dark'))
  })

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
