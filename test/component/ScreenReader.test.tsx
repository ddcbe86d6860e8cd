import { render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { MarkdownEditor } from '../../src/renderer/src/components/MarkdownEditor'
import { Providers } from '../../src/renderer/src/Providers'
import { valueOf } from '../helpers/core'
import { tempDirs } from '../helpers/temp'
import { renderApp } from './render-app'

const newDir = tempDirs()

/** What a screen reader reads after a field's name: the text of the elements its aria-describedby names. */
function descriptionOf(field: HTMLElement): string {
  return (field.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .map((id) => document.getElementById(id)?.textContent ?? '')
    .join(' ')
    .trim()
}

describe('what a screen reader gets', () => {
  it('one main region, a named navigation, and a skip link first that moves the focus to the page', async () => {
    const user = userEvent.setup()
    await renderApp(await newDir(), '/timeline')
    expect(screen.getAllByRole('main')).toHaveLength(1)
    expect(screen.getByRole('navigation', { name: 'Main navigation' })).toBeTruthy()

    await user.tab()
    const skip = screen.getByRole('link', { name: 'Skip to main content' })
    expect(document.activeElement).toBe(skip)
    await user.keyboard('{Enter}')
    expect(document.activeElement).toBe(screen.getByRole('main'))
    // The router stays where it was: the link moves the focus, not the page.
    await screen.findByRole('heading', { name: 'Timeline', level: 1 })
  })

  it('names the window after the page: a section, a mentor', async () => {
    const { core, router } = await renderApp(await newDir(), '/timeline')
    await waitFor(() => expect(document.title).toBe('Timeline · Mentor Tracker'))
    const zoe = valueOf(await core.handlers['mentors:create']({ name: 'Zoë Ångström-李' }))
    await router.navigate('/actions')
    await waitFor(() => expect(document.title).toBe('Action items · Mentor Tracker'))
    await router.navigate(`/mentors/${zoe.id}`)
    await waitFor(() => expect(document.title).toBe('Zoë Ångström-李 · Mentor Tracker'))
    await router.navigate('/')
    await waitFor(() => expect(document.title).toBe('Dashboard · Mentor Tracker'))
  })

  it('says politely that a board card moved, and says saves as alerts', async () => {
    const user = userEvent.setup()
    const { core, router } = await renderApp(await newDir(), '/mentors')
    valueOf(await core.handlers['mentors:create']({ name: 'Zoë' }))
    await router.navigate('/mentors?view=board')
    const prospects = await screen.findByRole('list', { name: 'Prospect mentors' }, { timeout: 5_000 })
    await user.click(await within(prospects).findByRole('button', { name: /Change stage of Zoë/ }, { timeout: 5_000 }))
    await user.click(await screen.findByRole('menuitem', { name: 'Active' }))
    const status = screen.getByTestId('announcer')
    expect(status.getAttribute('role')).toBe('status')
    expect(status.getAttribute('aria-live')).toBe('polite')
    await waitFor(() => expect(status.textContent).toBe('Zoë moved to Active.'))

    // A toast is a live region too: Mantine renders each notification with role="alert".
    await user.click(screen.getByRole('button', { name: /^Add mentor/ }))
    const dialog = await screen.findByRole('dialog', { name: 'Add a mentor' })
    await user.type(within(dialog).getByRole('textbox', { name: 'Name' }), 'Émile')
    await user.click(within(dialog).getByRole('button', { name: 'Add mentor' }))
    const alert = await screen.findByRole('alert')
    expect(alert.textContent).toContain('Mentor added')
  })

  it('ties each field of the session form to its error, the date field included', async () => {
    const user = userEvent.setup()
    await renderApp(await newDir(), '/timeline')
    await user.keyboard('l')
    const dialog = await screen.findByRole('dialog', { name: 'Log a session' })
    await user.clear(within(dialog).getByRole('textbox', { name: 'Date' }))
    await user.click(within(dialog).getByRole('button', { name: 'Log session' }))
    const mentor = within(dialog).getByRole('combobox', { name: 'Mentor' })
    await waitFor(() => expect(mentor.getAttribute('aria-invalid')).toBe('true'))
    expect(descriptionOf(mentor)).toContain('Choose a mentor')
    const date = within(dialog).getByRole('textbox', { name: 'Date' })
    expect(date.getAttribute('aria-invalid')).toBe('true')
    expect(descriptionOf(date)).toContain('Choose a date')
  })

  it('reads a picture that could not be used as the picture button’s description', async () => {
    const user = userEvent.setup()
    await renderApp(await newDir(), '/mentors')
    await user.click(await screen.findByRole('button', { name: 'Add your first mentor' }))
    const dialog = await screen.findByRole('dialog', { name: 'Add a mentor' })
    const button = within(dialog).getByRole('button', { name: 'Add picture' })
    expect(button.getAttribute('aria-describedby')).toBeNull()
    const input = dialog.querySelector<HTMLInputElement>('input[type="file"]')!
    await user.upload(input, new File(['not a picture'], 'notes.png', { type: 'image/png' }))
    await waitFor(() =>
      expect(descriptionOf(button)).toBe('This picture could not be read. Choose a PNG, JPEG, WebP or GIF file.'),
    )
  })

  it('reads the markdown editor’s hint and its error with the field', () => {
    render(
      <Providers env="test">
        <MarkdownEditor label="Note" value="" onChange={() => {}} error="Write something first" />
      </Providers>,
    )
    const field = screen.getByRole('textbox', { name: 'Note' })
    expect(field.getAttribute('aria-invalid')).toBe('true')
    expect(descriptionOf(field)).toContain('Markdown works')
    expect(descriptionOf(field)).toContain('Write something first')
  })
})
