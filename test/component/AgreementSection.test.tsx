import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { valueOf } from '../helpers/core'
import { tempDirs } from '../helpers/temp'
import { renderApp } from './render-app'

// The machine the tests run on is shared and slow at times: a page may take a few seconds to appear.
const slow = { timeout: 10_000 }

const newDir = tempDirs()

async function mentorPage() {
  const app = await renderApp(await newDir(), '/mentors')
  const mentor = valueOf(await app.core.handlers['mentors:create']({ name: 'Zoë Ångström-李', cadenceWeeks: 6 }))
  const goal = valueOf(await app.core.handlers['goals:create']({ title: 'Become a staff engineer' }))
  await app.router.navigate(`/mentors/${mentor.id}`)
  await screen.findByRole('heading', { name: 'Zoë Ångström-李', level: 1 }, slow)
  const section = await screen.findByRole('region', { name: 'Agreement' }, slow)
  return { ...app, mentor, goal, section }
}

describe('agreement section', () => {
  it('writes an agreement from the empty state and shows it readably; keep-in-touch follows its cadence', async () => {
    const user = userEvent.setup()
    const { core, mentor, section } = await mentorPage()
    expect(within(section).getByText(/so you both know what the mentoring is for/)).toBeTruthy()
    await user.click(within(section).getByRole('button', { name: 'Write an agreement' }))
    const dialog = await screen.findByRole('dialog', { name: 'Agreement with Zoë Ångström-李' })
    await user.type(within(dialog).getByRole('textbox', { name: 'What we focus on' }), 'Design docs ✍️')
    await user.click(within(dialog).getByRole('combobox', { name: 'Goals it serves' }))
    await user.click(await screen.findByRole('option', { name: 'Become a staff engineer' }))
    await user.type(within(dialog).getByRole('textbox', { name: 'How often we meet' }), '2')
    await user.type(within(dialog).getByRole('textbox', { name: 'What stays between us' }), 'Names of colleagues')
    await user.click(within(dialog).getByRole('button', { name: 'Add agreement' }))
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull(), slow)

    await within(section).findByText('Design docs ✍️', {}, slow)
    expect(within(section).getByText('Become a staff engineer')).toBeTruthy()
    expect(within(section).getByText('Every 2 weeks')).toBeTruthy()
    expect(within(section).getByText('Names of colleagues')).toBeTruthy()
    expect(within(section).queryByText(/Earlier versions/)).toBeNull()
    expect(valueOf(await core.handlers['mentors:get']({ id: mentor.id })).cadenceWeeks).toBe(2)
  })

  it('shows what is wrong next to the field and saves nothing', async () => {
    const user = userEvent.setup()
    const { core, mentor, section } = await mentorPage()
    await user.click(within(section).getByRole('button', { name: 'Write an agreement' }))
    const dialog = await screen.findByRole('dialog')
    await user.type(within(dialog).getByRole('textbox', { name: 'Starts on' }), '2027-03-01')
    await user.type(within(dialog).getByRole('textbox', { name: /Review on/ }), '2027-01-01')
    await user.click(within(dialog).getByRole('button', { name: 'Add agreement' }))
    const review = within(dialog).getByRole('textbox', { name: /Review on/ })
    await waitFor(() => expect(review.getAttribute('aria-invalid')).toBe('true'), slow)
    const describedBy = (review.getAttribute('aria-describedby') ?? '').split(' ')
    expect(describedBy.map((id) => document.getElementById(id)?.textContent).join(' ')).toContain(
      'Choose a review date on or after the start date',
    )
    expect(valueOf(await core.handlers['agreements:get']({ mentorId: mentor.id }))).toBeNull()
  })

  it('edits the agreement and shows the earlier version read-only', async () => {
    const user = userEvent.setup()
    const { core, mentor, section } = await mentorPage()
    valueOf(await core.handlers['agreements:save']({ mentorId: mentor.id, focus: 'First focus', format: 'call' }))
    await within(section).findByText('First focus', {}, slow)
    core.clock.advance(3 * 86_400_000)
    await user.click(within(section).getByRole('button', { name: 'Edit agreement' }))
    const dialog = await screen.findByRole('dialog', { name: 'Edit the agreement with Zoë Ångström-李' })
    const focus = within(dialog).getByRole('textbox', { name: 'What we focus on' })
    await user.clear(focus)
    await user.type(focus, 'Second focus')
    await user.click(within(dialog).getByRole('button', { name: 'Save changes' }))
    await within(section).findByText('Second focus', {}, slow)

    await user.click(await within(section).findByRole('button', { name: 'Earlier versions (1)' }, slow))
    await user.click(within(section).getByRole('button', { name: /^View the version of/ }))
    const earlier = await screen.findByRole('dialog', { name: /^The agreement from/ }, slow)
    expect(within(earlier).getByText('First focus')).toBeTruthy()
    expect(within(earlier).getByText('Phone call')).toBeTruthy()
    expect(within(earlier).queryByRole('textbox')).toBeNull()
  })
})
