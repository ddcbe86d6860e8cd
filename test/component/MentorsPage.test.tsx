import { readFile } from 'node:fs/promises'
import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { tempDirs } from '../helpers/temp'
import { renderApp } from './render-app'

const newDir = tempDirs()

describe('Mentors page', () => {
  it('teaches the first step on an empty roster, then adds a mentor through window.api', async () => {
    const user = userEvent.setup()
    const { core } = await renderApp(await newDir(), '/mentors')

    expect(await screen.findByText('Add the people who guide you')).toBeTruthy()
    await user.click(screen.getByRole('button', { name: 'Add your first mentor' }))

    const dialog = await screen.findByRole('dialog', { name: 'Add a mentor' })
    await user.type(within(dialog).getByRole('textbox', { name: 'Name' }), 'Zoë Ångström-李')
    await user.type(within(dialog).getByRole('textbox', { name: 'Organization' }), 'Nordlicht Labs')
    await user.click(within(dialog).getByRole('button', { name: 'Add mentor' }))

    const list = await screen.findByRole('list', { name: 'Mentors' })
    expect(within(list).getByText('Zoë Ångström-李')).toBeTruthy()
    expect(within(list).getByText('Nordlicht Labs')).toBeTruthy()
    const onDisk = JSON.parse(await readFile(core.dataFile, 'utf8'))
    expect(onDisk.mentors).toEqual([expect.objectContaining({ name: 'Zoë Ångström-李', organization: 'Nordlicht Labs' })])
  })

  it('shows what is wrong next to the field and saves nothing', async () => {
    const user = userEvent.setup()
    const { core } = await renderApp(await newDir(), '/mentors?new=1')
    const dialog = await screen.findByRole('dialog', { name: 'Add a mentor' })

    await user.type(within(dialog).getByRole('textbox', { name: 'Email' }), 'zoe@')
    await user.click(within(dialog).getByRole('button', { name: 'Add mentor' }))

    const name = within(dialog).getByRole('textbox', { name: 'Name' })
    const email = within(dialog).getByRole('textbox', { name: 'Email' })
    await waitFor(() => expect(name.getAttribute('aria-invalid')).toBe('true'))
    expect(within(dialog).getByText('Enter a name')).toBeTruthy()
    expect(email.getAttribute('aria-invalid')).toBe('true')
    expect(within(dialog).getByText('Enter a valid email address, like name@example.com')).toBeTruthy()
    const onDisk = JSON.parse(await readFile(core.dataFile, 'utf8'))
    expect(onDisk.mentors).toEqual([])
  })

  it('lists mentors in the reader’s alphabetical order', async () => {
    const dir = await newDir()
    const { core } = await renderApp(dir, '/mentors')
    for (const name of ['Émile Durand', 'Zoë Ångström-李', 'Aaron Blake', 'éva Kovács']) {
      await core.handlers['mentors:create']({ name })
    }
    const list = await screen.findByRole('list', { name: 'Mentors' })
    await waitFor(() => expect(within(list).getAllByRole('article')).toHaveLength(4))
    expect(within(list).getAllByRole('article').map((a) => a.getAttribute('aria-label'))).toEqual([
      'Aaron Blake',
      'Émile Durand',
      'éva Kovács',
      'Zoë Ångström-李',
    ])
  })
})
