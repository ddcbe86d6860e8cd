import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { valueOf } from '../helpers/core'
import { appWithMentor, daysFromNow, onDisk } from './session-app'

/** A date as the date field shows and reads it: "1 Dec 2026". */
const typedDate = (days: number) =>
  new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric' }).format(
    new Date(Date.now() + days * 86_400_000),
  )

/** The values a Mantine MultiSelect labelled `label` shows as pills. */
function pillsOf(scope: HTMLElement, label: string): string[] {
  const field = within(scope).getByRole('combobox', { name: label }).closest('.mantine-InputWrapper-root')
  return [...(field?.querySelectorAll('.mantine-Pill-label') ?? [])].map((pill) => pill.textContent ?? '')
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
    await waitFor(async () => expect((await onDisk(core.dataFile)).actionItems[0]?.doneAt).not.toBeNull())

    await user.click(screen.getByRole('button', { name: 'More actions for this session' }))
    await user.click(await screen.findByRole('menuitem', { name: 'Delete' }))
    await waitFor(() => expect(router.state.location.pathname).toBe('/timeline'))
    expect((await onDisk(core.dataFile)).sessions).toEqual([])
    // The timeline has caught up with the deletion before Undo is pressed, so the card below is the restored one.
    expect(await screen.findByText('No sessions yet')).toBeTruthy()
    await user.click(await screen.findByRole('button', { name: 'Undo' }))
    expect(await screen.findByRole('article', { name: /^Session with Zoë/ })).toBeTruthy()
    await waitFor(async () => {
      const data = await onDisk(core.dataFile)
      expect(data.sessions.map((x: { id: string }) => x.id)).toEqual([s.id])
      expect(data.actionItems).toHaveLength(1)
    })
  })

  it('plans a session every 3 weeks with its own reminders, and shows them when it is edited again', async () => {
    const user = userEvent.setup()
    const { core, mentor, router } = await appWithMentor()
    await router.navigate(`/sessions/new?mode=plan&mentor=${mentor.id}`)
    const form = await screen.findByRole('form', { name: 'Plan a session' })
    expect(pillsOf(form, 'Remind me')).toEqual([])
    expect(within(form).getByRole('combobox', { name: 'Remind me' }).getAttribute('placeholder')).toBe(
      'As in Settings: 1 day and 15 minutes before',
    )
    await user.click(within(form).getByRole('combobox', { name: 'Remind me' }))
    await user.click(await screen.findByRole('option', { name: '1 week before' }))
    await user.click(await screen.findByRole('option', { name: '1 hour before' }))

    await user.click(within(form).getByRole('combobox', { name: 'Repeat' }))
    await user.click(await screen.findByRole('option', { name: 'Every N weeks' }))
    const weeks = within(form).getByRole('textbox', { name: 'Weeks between sessions' })
    await user.clear(weeks)
    await user.type(weeks, '13')
    await user.click(within(form).getByRole('button', { name: 'Plan session' }))
    expect(await within(form).findByText('Repeat at most every 12 weeks')).toBeTruthy()
    expect(weeks.getAttribute('aria-invalid')).toBe('true')
    expect((await onDisk(core.dataFile)).sessions).toEqual([])

    await user.clear(weeks)
    await user.type(weeks, '3')
    await user.click(within(form).getByRole('button', { name: 'Plan session' }))
    await waitFor(() => expect(router.state.location.pathname).toMatch(/^\/sessions\/[0-9a-f-]{36}$/))
    const data = await onDisk(core.dataFile)
    expect(data.series).toEqual([expect.objectContaining({ repeat: { every: 'weeks', interval: 3 } })])
    const starts = (data.sessions as Array<{ startsAt: string }>).map((s) => Date.parse(s.startsAt)).sort()
    expect(starts.length).toBeGreaterThan(1)
    expect((starts[1]! - starts[0]!) / 86_400_000).toBeCloseTo(21, 0)
    const first = data.sessions.find((s: { startsAt: string }) => Date.parse(s.startsAt) === starts[0])!
    expect(first.reminderLeadMinutes).toEqual([10080, 60])

    await router.navigate(`/sessions/${first.id}?edit=1`)
    const editor = await screen.findByRole('form', { name: 'Edit session' })
    expect(pillsOf(editor, 'Remind me').sort()).toEqual(['1 hour before', '1 week before'])
  })

  it('plans a session with the reminders from Settings when none are chosen', async () => {
    const user = userEvent.setup()
    const { core, mentor, router } = await appWithMentor()
    await router.navigate(`/sessions/new?mode=plan&mentor=${mentor.id}`)
    const form = await screen.findByRole('form', { name: 'Plan a session' })
    await user.click(within(form).getByRole('button', { name: 'Plan session' }))
    await waitFor(async () => expect((await onDisk(core.dataFile)).sessions).toHaveLength(1))
    expect((await onDisk(core.dataFile)).sessions[0]?.reminderLeadMinutes).toBeNull()
  })

  it('logs a session from the mentor page with that mentor chosen', async () => {
    const user = userEvent.setup()
    const { core, mentor, router } = await appWithMentor()
    await router.navigate(`/mentors/${mentor.id}`)
    await screen.findByRole('heading', { name: 'Zoë Ångström-李', level: 1 })
    const [logButton] = within(screen.getByRole('main')).getAllByRole('button', { name: 'Log session' })
    await user.click(logButton!)
    const dialog = await screen.findByRole('dialog', { name: 'Log a session' })
    expect((within(dialog).getByRole('combobox', { name: 'Mentor' }) as HTMLInputElement).value).toBe('Zoë Ångström-李')
    await user.type(within(dialog).getByRole('textbox', { name: 'Key takeaways' }), 'Say no to the side project')
    await user.click(within(dialog).getByRole('button', { name: 'Log session' }))
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Log a session' })).toBeNull())
    expect((await onDisk(core.dataFile)).sessions).toEqual([
      expect.objectContaining({ mentorId: mentor.id, status: 'held', takeaways: 'Say no to the side project' }),
    ])
    const feed = await screen.findByRole('feed', { name: 'Sessions' }, { timeout: 3000 })
    expect(within(feed).getByRole('article', { name: /^Session with Zoë/ }).textContent).toContain(
      'Say no to the side project',
    )
  })
})
