import { readFile } from 'node:fs/promises'
import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { systemClock } from '../../src/main/core/clock'
import { valueOf } from '../helpers/core'
import { tempDirs } from '../helpers/temp'
import { renderApp } from './render-app'

const newDir = tempDirs()
const onDisk = async (file: string) => JSON.parse(await readFile(file, 'utf8'))
const daysFromNow = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10)
/** A date as the date field shows and reads it: "1 Dec 2026". */
const typedDate = (days: number) =>
  new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric' }).format(
    new Date(Date.now() + days * 86_400_000),
  )

async function appWithMentor(route = '/timeline') {
  const app = await renderApp(await newDir(), route, { clock: systemClock })
  const mentor = valueOf(await app.core.handlers['mentors:create']({ name: 'Zoë Ångström-李', stage: 'active' }))
  return { ...app, mentor }
}

async function chooseMentor(user: ReturnType<typeof userEvent.setup>, scope: HTMLElement, name: string) {
  await user.click(within(scope).getByRole('combobox', { name: 'Mentor' }))
  await user.click(await screen.findByRole('option', { name }))
}

describe('sessions', () => {
  it('logs a session with two action items from the quick log, and shows it on the timeline and the mentor page', async () => {
    const user = userEvent.setup()
    const { core, mentor, router } = await appWithMentor()
    await user.click(
      within(screen.getByRole('navigation', { name: 'Main navigation' })).getByRole('button', { name: /^Log session/ }),
    )
    const dialog = await screen.findByRole('dialog', { name: 'Log a session' })
    await chooseMentor(user, dialog, 'Zoë Ångström-李')
    await user.type(
      within(dialog).getByRole('textbox', { name: 'Key takeaways' }),
      'Write the design doc before the code',
    )
    await user.click(within(dialog).getByRole('button', { name: 'Add action item' }))
    await user.type(within(dialog).getByRole('textbox', { name: 'Action item 1' }), 'Draft the design doc')
    await user.click(within(dialog).getByRole('button', { name: 'Add action item' }))
    await user.type(within(dialog).getByRole('textbox', { name: 'Action item 2' }), 'Send the RFC template')
    await user.click(
      within(within(dialog).getByRole('radiogroup', { name: 'Owner of action item 2' })).getByText('Mentor'),
    )
    await user.click(within(dialog).getByRole('button', { name: 'Log session' }))
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Log a session' })).toBeNull())

    const card = await screen.findByRole('article', { name: /^Session with Zoë Ångström-李/ })
    expect(card.textContent).toContain('Write the design doc before the code')
    expect(card.textContent).toContain('2 open · 0 done')
    const data = await onDisk(core.dataFile)
    expect(data.sessions).toEqual([
      expect.objectContaining({
        mentorId: mentor.id,
        status: 'held',
        takeaways: 'Write the design doc before the code',
      }),
    ])
    expect(data.actionItems.map((a: { title: string; owner: string }) => [a.title, a.owner])).toEqual([
      ['Draft the design doc', 'me'],
      ['Send the RFC template', 'mentor'],
    ])

    await router.navigate(`/mentors/${mentor.id}`)
    const feed = await screen.findByRole('feed', { name: 'Sessions' }, { timeout: 3000 })
    expect(within(feed).getByRole('article', { name: /^Session with Zoë/ })).toBeTruthy()
  })

  it('refuses to log as held a session that is still to come, and a duration of zero, next to the fields', async () => {
    const user = userEvent.setup()
    const { core } = await appWithMentor()
    await user.click(
      within(screen.getByRole('navigation', { name: 'Main navigation' })).getByRole('button', { name: /^Log session/ }),
    )
    const dialog = await screen.findByRole('dialog', { name: 'Log a session' })
    await chooseMentor(user, dialog, 'Zoë Ångström-李')
    const date = within(dialog).getByRole('textbox', { name: 'Date' })
    await user.clear(date)
    await user.type(date, typedDate(3))
    await user.tab()
    const duration = within(dialog).getByRole('textbox', { name: 'Duration' })
    await user.clear(duration)
    await user.type(duration, '0')
    await user.click(within(dialog).getByRole('button', { name: 'Log session' }))
    expect(await within(dialog).findByText(/has not happened yet/)).toBeTruthy()
    expect(within(dialog).getByText('A session lasts at least a minute')).toBeTruthy()
    expect((await onDisk(core.dataFile)).sessions).toEqual([])
  })

  it('plans the next session with the open action items carried into its agenda', async () => {
    const user = userEvent.setup()
    const { core, mentor, router } = await appWithMentor()
    valueOf(
      await core.handlers['sessions:create']({
        mentorId: mentor.id,
        date: daysFromNow(-7),
        time: '10:00',
        timeZone: 'Europe/Berlin',
        whatDidNot: 'Ran out of time for the promotion case',
        actionItems: [{ title: 'Draft the promotion packet', owner: 'me' }],
      }),
    )
    await router.navigate(`/mentors/${mentor.id}`)
    await screen.findByRole('heading', { name: 'Zoë Ångström-李', level: 1 })
    await user.click(await screen.findByRole('button', { name: 'Plan next session' }, { timeout: 3000 }))
    const dialog = await screen.findByRole('dialog', { name: 'Plan a session' })
    const agenda = within(dialog).getByRole('textbox', { name: 'Agenda' }) as HTMLTextAreaElement
    await waitFor(() => expect(agenda.value).toContain('- [ ] Draft the promotion packet (me)'))
    expect(agenda.value).toContain('Ran out of time for the promotion case')
    await user.type(agenda, '\nAsk about the staff role')
    await user.click(within(dialog).getByRole('button', { name: 'Plan session' }))
    await waitFor(async () => {
      const planned = (await onDisk(core.dataFile)).sessions.find((s: { status: string }) => s.status === 'planned')
      expect(planned?.agenda).toMatch(/Draft the promotion packet[\s\S]*Ask about the staff role$/)
    })
  })

  it('marks a planned session held, keeping the plan as its agenda', async () => {
    const user = userEvent.setup()
    const { core, mentor, router } = await appWithMentor()
    const planned = valueOf(
      await core.handlers['sessions:create']({
        mentorId: mentor.id,
        date: daysFromNow(-1),
        time: '10:00',
        timeZone: 'UTC',
        status: 'planned',
        agenda: 'Review the promotion packet',
      }),
    )
    await router.navigate(`/sessions/${planned.id}`)
    await user.click(await screen.findByRole('button', { name: 'Mark as held' }))
    const form = await screen.findByRole('form', { name: 'Edit session' })
    await user.type(within(form).getByRole('textbox', { name: 'Key takeaways' }), 'Packet is ready to send')
    await user.click(within(form).getByRole('button', { name: 'Save session' }))
    expect(await screen.findByRole('region', { name: 'Agenda' })).toBeTruthy()
    expect(screen.getByText('Held')).toBeTruthy()
    expect((await onDisk(core.dataFile)).sessions[0]).toMatchObject({
      status: 'held',
      agenda: 'Review the promotion packet',
      takeaways: 'Packet is ready to send',
    })
  })

  it('completes an action item from the session page, and deletes the session with undo', async () => {
    const user = userEvent.setup()
    const { core, mentor, router } = await appWithMentor()
    const s = valueOf(
      await core.handlers['sessions:create']({
        mentorId: mentor.id,
        date: daysFromNow(-2),
        time: '10:00',
        timeZone: 'UTC',
        takeaways: 'x',
        actionItems: [{ title: 'Read the paper', owner: 'me' }],
      }),
    )
    await router.navigate(`/sessions/${s.id}`)
    await user.click(await screen.findByRole('checkbox', { name: 'Read the paper' }))
    await waitFor(async () => expect((await onDisk(core.dataFile)).actionItems[0].doneAt).not.toBeNull())

    await user.click(screen.getByRole('button', { name: 'More actions for this session' }))
    await user.click(await screen.findByRole('menuitem', { name: 'Delete' }))
    await waitFor(() => expect(router.state.location.pathname).toBe('/timeline'))
    expect((await onDisk(core.dataFile)).sessions).toEqual([])
    await user.click(await screen.findByRole('button', { name: 'Undo' }))
    expect(await screen.findByRole('article', { name: /^Session with Zoë/ })).toBeTruthy()
    expect((await onDisk(core.dataFile)).actionItems).toHaveLength(1)
  })

  it('filters the timeline by text and status, with upcoming sessions on top', async () => {
    const user = userEvent.setup()
    const { core, mentor } = await appWithMentor()
    const make = (date: string, status: 'held' | 'planned', takeaways: string) =>
      core.handlers['sessions:create']({
        mentorId: mentor.id,
        date,
        time: '10:00',
        timeZone: 'UTC',
        status,
        takeaways,
        agenda: takeaways,
      })
    valueOf(await make(daysFromNow(-40), 'held', 'Négociation tactics'))
    valueOf(await make(daysFromNow(-10), 'held', 'Ship smaller changes'))
    valueOf(await make(daysFromNow(10), 'planned', 'Quarterly review'))
    const feed = () => screen.getByRole('feed', { name: 'Sessions' })
    await waitFor(() => expect(within(feed()).getAllByRole('article')).toHaveLength(3))
    expect(within(feed()).getAllByRole('heading')[0]!.textContent).toBe('Upcoming')
    expect(within(feed()).getAllByRole('article')[0]!.textContent).toContain('Quarterly review')

    await user.type(screen.getByRole('textbox', { name: 'Search sessions' }), 'negociation')
    await waitFor(() =>
      expect(
        within(feed())
          .getAllByRole('article')
          .map((a) => a.textContent),
      ).toEqual([expect.stringContaining('Négociation tactics')]),
    )
    await user.clear(screen.getByRole('textbox', { name: 'Search sessions' }))
    await user.click(within(screen.getByRole('radiogroup', { name: 'Filter by status' })).getByText('Planned'))
    await waitFor(() => expect(within(feed()).getAllByRole('article')).toHaveLength(1))
  })
})
