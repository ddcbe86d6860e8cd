import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { valueOf } from '../helpers/core'
import { dataAfterRestart } from '../helpers/restart'
import { tempDirs } from '../helpers/temp'
import { renderApp } from './render-app'

const newDir = tempDirs()

/** The app with Zoë active and three sessions held with her: a check-in is due. */
async function withZoeDue(route = '/') {
  const app = await renderApp(await newDir(), route)
  const { core } = app
  const zoe = valueOf(await core.handlers['mentors:create']({ name: 'Zoë Ångström', stage: 'active' }))
  for (const date of ['2026-11-05', '2026-11-12', '2026-11-19'])
    valueOf(
      await core.handlers['sessions:create']({
        mentorId: zoe.id,
        date,
        time: '10:00',
        timeZone: 'UTC',
        status: 'held',
      }),
    )
  return { ...app, zoe }
}

describe('check-ins on the mentor page', () => {
  it('say one is due, refuse a check-in without ratings next to each question, then keep it, privately', async () => {
    const user = userEvent.setup()
    const { core, zoe, router } = await withZoeDue()
    await router.navigate(`/mentors/${zoe.id}?tab=check-ins`)
    await screen.findByRole('heading', { name: 'Zoë Ångström', level: 1 }, { timeout: 5_000 })
    expect(await screen.findByText('Time for a check-in')).toBeTruthy()
    expect(screen.getByText(/3 sessions so far/)).toBeTruthy()
    expect(screen.getAllByText(/Only you see this; it is never in a PDF/).length).toBeGreaterThan(0)

    await user.click(screen.getByRole('button', { name: 'Check in now' }))
    const dialog = await screen.findByRole('dialog', { name: 'How is your mentorship with Zoë going?' })
    await user.click(within(dialog).getByRole('button', { name: 'Save check-in' }))
    for (const question of ['I get what I came for', 'We meet often enough', 'I act on what we discuss']) {
      const group = within(dialog).getByRole('radiogroup', { name: new RegExp(question) })
      // The message is next to the question and read with it.
      const described = document.getElementById(group.getAttribute('aria-describedby') ?? '')
      expect(described?.textContent).toBe('Choose a rating from 1 to 5')
    }
    expect(within(dialog).getAllByText('Choose a rating from 1 to 5')).toHaveLength(3)
    expect((await dataAfterRestart(core.dataFile)).checkIns).toEqual([])

    const value = within(dialog).getByRole('radiogroup', { name: /I get what I came for/ })
    await user.click(within(value).getByRole('radio', { name: '4, mostly' }))
    const frequency = within(dialog).getByRole('radiogroup', { name: /We meet often enough/ })
    await user.click(within(frequency).getByRole('radio', { name: '2, not really' }))
    const action = within(dialog).getByRole('radiogroup', { name: /I act on what we discuss/ })
    await user.click(within(action).getByRole('radio', { name: '3, somewhat' }))
    await user.type(within(dialog).getByRole('textbox', { name: /Note/ }), 'We should meet more often')
    await user.click(within(dialog).getByRole('button', { name: 'Save check-in' }))

    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull())
    expect(await screen.findByText('We should meet more often')).toBeTruthy()
    const saved = (await dataAfterRestart(core.dataFile)).checkIns
    expect(saved).toMatchObject([{ mentorId: zoe.id, ratings: { value: 4, frequency: 2, action: 3 } }])
    await waitFor(() => expect(screen.queryByText('Time for a check-in')).toBeNull())
    const card = screen.getByRole('article', { name: /Check-in of/ })
    expect(within(card).getByText('2 of 5')).toBeTruthy()
  })
})

describe('check-ins on the dashboard', () => {
  it('list a mentor due a check-in, open the form there, and surface two low check-ins with a suggestion', async () => {
    const user = userEvent.setup()
    const { core, zoe } = await withZoeDue()
    const ravi = valueOf(await core.handlers['mentors:create']({ name: 'Ravi Kumar', stage: 'active' }))
    core.clock.set(new Date('2026-11-20T09:00:00.000Z'))
    valueOf(
      await core.handlers['checkIns:create']({ mentorId: ravi.id, ratings: { value: 2, frequency: 3, action: 2 } }),
    )
    core.clock.set(new Date('2026-11-27T09:00:00.000Z'))
    valueOf(
      await core.handlers['checkIns:create']({ mentorId: ravi.id, ratings: { value: 2, frequency: 2, action: 2 } }),
    )

    const section = await screen.findByRole('region', { name: 'How are your mentorships going?' })
    expect(await within(section).findByText('Your last two check-ins were low. (2.3 → 2.0 of 5)')).toBeTruthy()
    expect(
      within(section).getByText(/Talk about it with Ravi at your next session, adjust what you agreed on/),
    ).toBeTruthy()
    await user.click(within(section).getByRole('button', { name: 'Check in about Zoë Ångström' }))
    const dialog = await screen.findByRole('dialog', { name: 'How is your mentorship with Zoë going?' })
    for (const radio of within(dialog).getAllByRole('radio', { name: '5, fully' })) await user.click(radio)
    await user.click(within(dialog).getByRole('button', { name: 'Save check-in' }))
    await waitFor(() =>
      expect(within(section).queryByRole('button', { name: 'Check in about Zoë Ångström' })).toBeNull(),
    )
    expect((await dataAfterRestart(core.dataFile)).checkIns.filter((c) => c.mentorId === zoe.id)).toHaveLength(1)
  })
})

describe('check-in settings', () => {
  it('show what is wrong next to the field, and save a valid number when the field is left', async () => {
    const user = userEvent.setup()
    const { core } = await renderApp(await newDir(), '/settings')
    const days = await screen.findByRole('textbox', { name: /Or days/ })
    await user.clear(days)
    await user.type(days, '3')
    await user.tab()
    expect(await screen.findByText('Use at least 7 days')).toBeTruthy()
    expect((await dataAfterRestart(core.dataFile)).settings.checkIns.everyDays).toBe(60)
    await user.clear(days)
    await user.type(days, '30')
    await user.tab()
    await waitFor(async () =>
      expect((await dataAfterRestart(core.dataFile)).settings.checkIns).toEqual({ everySessions: 3, everyDays: 30 }),
    )
    expect(screen.queryByText('Use at least 7 days')).toBeNull()
  })
})
