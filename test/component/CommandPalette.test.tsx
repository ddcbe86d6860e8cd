import { fireEvent, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { valueOf } from '../helpers/core'
import { tempDirs } from '../helpers/temp'
import { renderApp } from './render-app'

const newDir = tempDirs()

describe('command palette', () => {
  it('opens with Ctrl+K, finds a note by a misspelled word with the match marked, and opens it', async () => {
    const user = userEvent.setup()
    const { core, router } = await renderApp(await newDir(), '/timeline')
    const zoe = valueOf(await core.handlers['mentors:create']({ name: 'Zoë Ångström-李' }))
    valueOf(
      await core.handlers['notes:create']({
        mentorId: zoe.id,
        section: 'background',
        title: 'Career',
        body: 'She led the infrastructure team before founding Nordlicht.',
      }),
    )
    await screen.findByRole('heading', { name: 'Timeline' })
    fireEvent.keyDown(document.documentElement, { key: 'k', ctrlKey: true })
    const search = await screen.findByRole('textbox', { name: 'Search or run a command' })
    await user.type(search, 'infrastucture')
    const hit = await screen.findByRole('button', { name: /^Note: Career / })
    expect(within(hit).getByText('Background · Zoë Ångström-李')).toBeTruthy()
    expect(hit.querySelector('mark')?.textContent).toBe('infrastructure')
    await user.click(hit)
    await waitFor(() => expect(router.state.location.pathname).toBe(`/mentors/${zoe.id}`))
    expect(router.state.location.search).toBe('?tab=background')
  })

  it('runs commands: go to a page, switch the theme', async () => {
    const user = userEvent.setup()
    const { core, router } = await renderApp(await newDir(), '/')
    fireEvent.keyDown(document.documentElement, { key: 'k', ctrlKey: true })
    await user.type(await screen.findByRole('textbox', { name: 'Search or run a command' }), 'goals')
    await user.click(await screen.findByRole('button', { name: 'Go to Goals' }))
    await waitFor(() => expect(router.state.location.pathname).toBe('/goals'))
    fireEvent.keyDown(document.documentElement, { key: 'k', ctrlKey: true })
    await user.type(await screen.findByRole('textbox', { name: 'Search or run a command' }), 'dark')
    await user.click(await screen.findByRole('button', { name: 'Switch to dark theme' }))
    await waitFor(() => expect(document.documentElement.getAttribute('data-mantine-color-scheme')).toBe('dark'))
    await waitFor(async () => expect(valueOf(await core.handlers['settings:get']()).theme).toBe('dark'))
  })
})
