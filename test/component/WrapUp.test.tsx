// Moving a mentor to Alumni offers the wrap-up: the reflection, the linked goals re-rated, the drafted thank-you
// (copied, or opened in mail), and a slower cadence. Skip moves without one; back to Active keeps it.
import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { valueOf } from '../helpers/core'
import { dataAfterRestart } from '../helpers/restart'
import { tempDirs } from '../helpers/temp'
import { renderApp } from './render-app'

const newDir = tempDirs()

async function setUp(email = 'zoe@example.com') {
  const opened: string[] = []
  const app = await renderApp(await newDir(), '/mentors', {
    ports: { openExternal: async (url) => void opened.push(url) },
  })
  const h = app.core.handlers
  valueOf(await h['profile:update']({ name: 'Sam Lee' }))
  const zoe = valueOf(await h['mentors:create']({ name: 'Zoë Martin', email, stage: 'active', cadenceWeeks: 2 }))
  const goal = valueOf(await h['goals:create']({ title: 'Give a conference talk', mentorIds: [zoe.id] }))
  valueOf(await h['goals:create']({ title: 'Not hers' }))
  valueOf(
    await h['sessions:create']({
      mentorId: zoe.id,
      date: '2026-11-20',
      time: '10:00',
      timeZone: 'UTC',
      status: 'held',
      takeaways: 'Ship smaller',
    }),
  )
  await app.router.navigate(`/mentors/${zoe.id}`)
  await screen.findByRole('heading', { name: 'Zoë Martin', level: 1 }, { timeout: 5_000 })
  return { ...app, zoe, goal, opened }
}

async function moveTo(user: ReturnType<typeof userEvent.setup>, stage: string) {
  await user.click(screen.getByRole('button', { name: /^Stage: .* Change stage of Zoë Martin$/ }))
  await user.click(await screen.findByRole('menuitem', { name: stage }))
}

describe('wrap-up', () => {
  it('is offered on the move to Alumni, saves with the goal rated and a 6-monthly cadence, and stays when back in Active', async () => {
    const user = userEvent.setup()
    const { core, zoe, goal, opened } = await setUp()
    await moveTo(user, 'Alumni')
    const dialog = await screen.findByRole('dialog', { name: 'Wrap up with Zoë Martin' })
    // The thank-you is drafted from the session's takeaway, signed with my name.
    const thankYou = await within(dialog).findByRole('textbox', { name: /Thank-you message/ })
    expect((thankYou as HTMLTextAreaElement).value).toMatch(/^Dear Zoë,[\s\S]*- Ship smaller[\s\S]*Sam Lee$/)
    // Only Zoë's goals are rated.
    expect(within(dialog).queryByRole('radiogroup', { name: /Not hers/ })).toBeNull()
    const rating = within(dialog).getByRole('radiogroup', { name: /Give a conference talk/ })
    await user.click(within(rating).getByRole('radio', { name: '4 · Mostly' }))
    await user.click(within(dialog).getByRole('textbox', { name: 'What I learned' }))
    await user.paste('Ask for the why')
    await user.click(within(dialog).getByRole('textbox', { name: 'What I will carry on' }))
    await user.paste('Weekly writing')
    expect((within(dialog).getByRole('combobox', { name: /Stay in touch/ }) as HTMLInputElement).value).toBe(
      'Every 6 months',
    )
    await user.click(within(dialog).getByRole('button', { name: 'Open in mail' }))
    await waitFor(() => expect(opened).toHaveLength(1))
    expect(opened[0]).toMatch(/^mailto:zoe@example\.com\?subject=Thank%20you&body=Dear%20Zo%C3%AB%2C/)

    await user.click(within(dialog).getByRole('button', { name: 'Save and move to Alumni' }))
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Wrap up with Zoë Martin' })).toBeNull())
    const section = await screen.findByRole('region', { name: 'Wrap-up' })
    expect(within(section).getByText('Ask for the why')).toBeTruthy()
    expect(within(section).getByText('Give a conference talk: 4 of 5')).toBeTruthy()
    const stored = await dataAfterRestart(core.dataFile)
    expect(stored.mentors.find((m) => m.id === zoe.id)).toMatchObject({ stage: 'alumni', cadenceWeeks: 26 })
    expect(stored.wrapUps[0]).toMatchObject({
      learned: 'Ask for the why',
      goalRatings: [{ goalId: goal.id, rating: 4 }],
    })

    await moveTo(user, 'Active')
    await waitFor(async () => expect(valueOf(await core.handlers['mentors:get']({ id: zoe.id })).stage).toBe('active'))
    expect(within(await screen.findByRole('region', { name: 'Wrap-up' })).getByText('Ask for the why')).toBeTruthy()
  })

  it('is offered too when the edit form saves the move to Alumni, and sets the slower cadence when saved', async () => {
    const user = userEvent.setup()
    const { core, zoe } = await setUp()
    await user.click(screen.getByRole('button', { name: 'Edit' }))
    const form = await screen.findByRole('dialog', { name: 'Edit Zoë Martin' })
    await user.click(within(form).getByRole('combobox', { name: 'Stage' }))
    await user.click(await screen.findByRole('option', { name: 'Alumni' }))
    await user.click(within(form).getByRole('button', { name: 'Save changes' }))
    const dialog = await screen.findByRole('dialog', { name: 'Wrap-up with Zoë Martin' })
    expect(valueOf(await core.handlers['mentors:get']({ id: zoe.id })).stage).toBe('alumni')
    expect((within(dialog).getByRole('combobox', { name: /Stay in touch/ }) as HTMLInputElement).value).toBe(
      'Every 6 months',
    )
    await user.click(await within(dialog).findByRole('textbox', { name: 'What I learned' }))
    await user.paste('Ask for the why')
    await user.click(within(dialog).getByRole('button', { name: 'Save wrap-up' }))
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Wrap-up with Zoë Martin' })).toBeNull())
    const stored = await dataAfterRestart(core.dataFile)
    expect(stored.mentors.find((m) => m.id === zoe.id)).toMatchObject({ stage: 'alumni', cadenceWeeks: 26 })
    expect(stored.wrapUps[0]).toMatchObject({ learned: 'Ask for the why' })
  })

  it('shows what is wrong next to the field and saves nothing', async () => {
    const user = userEvent.setup()
    const { core, zoe } = await setUp()
    await moveTo(user, 'Alumni')
    const dialog = await screen.findByRole('dialog', { name: 'Wrap up with Zoë Martin' })
    const learned = await within(dialog).findByRole('textbox', { name: 'What I learned' })
    await user.click(learned)
    await user.paste('x'.repeat(20_001))
    await user.click(within(dialog).getByRole('button', { name: 'Save and move to Alumni' }))
    expect(await within(dialog).findByText('Keep this under 20,000 characters')).toBeTruthy()
    expect(learned.getAttribute('aria-invalid')).toBe('true')
    expect(valueOf(await core.handlers['mentors:get']({ id: zoe.id })).stage).toBe('active')
  })

  it('Skip moves to Alumni without a wrap-up; the page offers to write one later', async () => {
    const user = userEvent.setup()
    const { core, zoe } = await setUp()
    await moveTo(user, 'Alumni')
    const dialog = await screen.findByRole('dialog', { name: 'Wrap up with Zoë Martin' })
    await user.click(await within(dialog).findByRole('button', { name: 'Skip: move without a wrap-up' }))
    await waitFor(async () => expect(valueOf(await core.handlers['mentors:get']({ id: zoe.id })).stage).toBe('alumni'))
    expect(valueOf(await core.handlers['wrapUps:get']({ mentorId: zoe.id }))).toBeNull()
    const section = await screen.findByRole('region', { name: 'Wrap-up' })
    expect(within(section).getByRole('button', { name: 'Write a wrap-up' })).toBeTruthy()
  })

  it('without an email address, mail is disabled and says why; copy still works', async () => {
    const user = userEvent.setup()
    await setUp('')
    const written: string[] = []
    Object.defineProperty(navigator, 'clipboard', {
      value: { writeText: async (text: string) => void written.push(text) },
      configurable: true,
    })
    await moveTo(user, 'Alumni')
    const dialog = await screen.findByRole('dialog', { name: 'Wrap up with Zoë Martin' })
    const mail = await within(dialog).findByRole('button', { name: 'Open in mail' })
    expect((mail as HTMLButtonElement).disabled).toBe(true)
    expect(mail.getAttribute('aria-describedby')).toBeTruthy()
    expect(within(dialog).getByText('Add an email address to Zoë Martin to open this in your mail app.')).toBeTruthy()
    await user.click(within(dialog).getByRole('button', { name: 'Copy thank-you' }))
    await waitFor(() => expect(written).toHaveLength(1))
    expect(written[0]).toMatch(/^Dear Zoë,/)
  })
})
