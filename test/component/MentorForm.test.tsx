// Adding and editing a mentor in the dialog: the first step, field errors, unsaved changes, dates and links.
import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { dataAfterRestart } from '../helpers/restart'
import { tempDirs } from '../helpers/temp'
import { renderApp } from './render-app'
import { expectError, openRowMenu, rosterWith as rosterIn, rowNames, rows } from './roster-helpers'

const newDir = tempDirs()
const onDisk = dataAfterRestart
const rosterWith = async (names: string[]) => rosterIn(await newDir(), names)

describe('the mentor form', () => {
  it('teaches the first step on an empty roster, then adds a mentor', async () => {
    const user = userEvent.setup()
    const { core } = await renderApp(await newDir(), '/mentors')
    expect(await screen.findByText('Add the people who guide you')).toBeTruthy()
    await user.click(screen.getByRole('button', { name: 'Add your first mentor' }))
    const dialog = await screen.findByRole('dialog', { name: 'Add a mentor' })
    await user.type(within(dialog).getByRole('textbox', { name: 'Name' }), 'Zoë Ångström-李')
    await user.type(within(dialog).getByRole('textbox', { name: 'Organization' }), 'Nordlicht Labs')
    await user.type(within(dialog).getByRole('textbox', { name: 'Email' }), 'zoe@nordlicht.example')
    await user.click(within(dialog).getByRole('button', { name: 'Add mentor' }))

    await waitFor(() => expect(rowNames()).toEqual(['Zoë Ångström-李']))
    expect(within(rows()[0]!).getByText('Nordlicht Labs')).toBeTruthy()
    expect((await onDisk(core.dataFile)).mentors).toEqual([
      expect.objectContaining({
        name: 'Zoë Ångström-李',
        organization: 'Nordlicht Labs',
        email: 'zoe@nordlicht.example',
      }),
    ])
  })

  it('shows each invalid field’s message next to it and saves nothing', async () => {
    const user = userEvent.setup()
    const { core } = await renderApp(await newDir(), '/mentors?new=1')
    const dialog = await screen.findByRole('dialog', { name: 'Add a mentor' })
    const field = (name: string) => within(dialog).getByRole('textbox', { name })
    await user.type(field('Email'), 'zoe@')
    await user.type(field('Phone'), 'call me maybe')
    await user.type(field('New link'), 'ftp://files.example')
    await user.type(within(dialog).getByRole('textbox', { name: 'Keep in touch every' }), '0')
    await user.click(within(dialog).getByRole('button', { name: 'Add mentor' }))

    await expectError(field('Name'), 'Enter a name')
    await expectError(field('Email'), 'Enter a valid email address, like name@example.com')
    await expectError(field('Phone'), 'Use digits, spaces and + ( ) - only')
    await expectError(field('New link'), 'Enter a web address starting with http:// or https://')
    await expectError(within(dialog).getByRole('textbox', { name: 'Keep in touch every' }), 'Use at least 1 week')
    expect((await onDisk(core.dataFile)).mentors).toEqual([])
  })

  it('edits a mentor from the row menu', async () => {
    const user = userEvent.setup()
    const { core } = await rosterWith(['Émile Durand'])
    const menu = await openRowMenu(user, 'Émile Durand')
    await user.click(within(menu).getByRole('menuitem', { name: 'Edit' }))
    const dialog = await screen.findByRole('dialog', { name: 'Edit Émile Durand' })
    await user.type(within(dialog).getByRole('textbox', { name: 'Role' }), 'Engineering Manager')
    await user.click(within(dialog).getByRole('button', { name: 'Save changes' }))
    await waitFor(() => expect(within(rows()[0]!).getByText('Engineering Manager')).toBeTruthy())
    expect((await onDisk(core.dataFile)).mentors[0]?.role).toBe('Engineering Manager')
  })

  it('asks before closing the form over unsaved changes', async () => {
    const user = userEvent.setup()
    await renderApp(await newDir(), '/mentors?new=1')
    const dialog = await screen.findByRole('dialog', { name: 'Add a mentor' })
    await user.type(within(dialog).getByRole('textbox', { name: 'Name' }), 'Half typed')
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }))
    const confirm = await screen.findByRole('dialog', { name: 'Discard unsaved changes?' })
    await user.click(within(confirm).getByRole('button', { name: 'Keep editing' }))
    expect((within(dialog).getByRole('textbox', { name: 'Name' }) as HTMLInputElement).value).toBe('Half typed')

    await user.keyboard('{Escape}')
    await user.click(
      within(await screen.findByRole('dialog', { name: 'Discard unsaved changes?' })).getByRole('button', {
        name: 'Discard',
      }),
    )
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Add a mentor' })).toBeNull())
    expect(screen.queryByRole('dialog', { name: 'Discard unsaved changes?' })).toBeNull()
  })

  it('asks before leaving the page with the form half filled', async () => {
    const user = userEvent.setup()
    const { router } = await renderApp(await newDir(), '/mentors?new=1')
    const dialog = await screen.findByRole('dialog', { name: 'Add a mentor' })
    await user.type(within(dialog).getByRole('textbox', { name: 'Name' }), 'Half typed')
    void router.navigate('/settings')
    const confirm = await screen.findByRole('dialog', { name: 'Discard unsaved changes?' })
    await user.click(within(confirm).getByRole('button', { name: 'Keep editing' }))
    expect(router.state.location.pathname).toBe('/mentors')
    void router.navigate('/settings')
    await user.click(
      within(await screen.findByRole('dialog', { name: 'Discard unsaved changes?' })).getByRole('button', {
        name: 'Discard',
      }),
    )
    await waitFor(() => expect(router.state.location.pathname).toBe('/settings'))
  })

  it('tells why a date met cannot be saved, and saves a good one', async () => {
    const user = userEvent.setup()
    const { core } = await renderApp(await newDir(), '/mentors?new=1')
    const dialog = await screen.findByRole('dialog', { name: 'Add a mentor' })
    await user.type(within(dialog).getByRole('textbox', { name: 'Name' }), 'Zoë')
    const date = within(dialog).getByRole('textbox', { name: 'Date met' }) as HTMLInputElement
    const save = () => user.click(within(dialog).getByRole('button', { name: 'Add mentor' }))

    await user.type(date, '31/02/2020')
    await user.tab()
    await expectError(date, 'Enter a date like 5 Dec 2024 or 2024-12-05')
    expect(date.value).toBe('31/02/2020')
    await save()
    expect(screen.getByRole('dialog', { name: 'Add a mentor' })).toBeTruthy()

    await user.clear(date)
    await user.type(date, '1 Jan 2999')
    await save()
    await expectError(date, 'You cannot have met in the future')
    expect((await onDisk(core.dataFile)).mentors).toEqual([])

    await user.clear(date)
    await user.type(date, '2019-03-14')
    await user.tab()
    await waitFor(() => expect(date.getAttribute('aria-invalid')).not.toBe('true'))
    await save()
    await waitFor(async () => expect((await onDisk(core.dataFile)).mentors).toHaveLength(1))
    expect((await onDisk(core.dataFile)).mentors[0]).toMatchObject({ name: 'Zoë', metOn: '2019-03-14' })
  })

  it('groups the link fields under their "Links" label', async () => {
    const user = userEvent.setup()
    await renderApp(await newDir(), '/mentors?new=1')
    const dialog = await screen.findByRole('dialog', { name: 'Add a mentor' })
    const links = within(dialog).getByRole('group', { name: 'Links' })
    await user.type(within(links).getByRole('textbox', { name: 'New link' }), 'https://zoe.example{Enter}')
    expect((within(links).getByRole('textbox', { name: 'Link 1' }) as HTMLInputElement).value).toBe(
      'https://zoe.example',
    )
  })
})
