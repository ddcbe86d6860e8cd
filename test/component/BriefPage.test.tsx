// The session brief: reached from a planned session, it gathers what to have in mind, and prints.
import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import { valueOf } from '../helpers/core'
import { appWithMentor, daysFromNow } from './session-app'

describe('the session brief', () => {
  it('opens from a planned session and shows last time, what is open both ways, the goals and the agenda', async () => {
    const user = userEvent.setup()
    const { core, mentor, router } = await appWithMentor('/timeline')
    const call = core.handlers
    valueOf(
      await call['notes:create']({ mentorId: mentor.id, section: 'background', body: 'Built three storage engines' }),
    )
    const goal = valueOf(await call['goals:create']({ title: 'Give a conference talk', mentorIds: [mentor.id] }))
    const held = { mentorId: mentor.id, timeZone: 'Europe/Berlin', status: 'held' as const, time: '10:00' }
    valueOf(
      await call['sessions:create']({
        ...held,
        date: daysFromNow(-14),
        takeaways: 'Write the decision first',
        whatDidNot: 'Too much slideware',
        actionItems: [
          { title: 'Send the RFC', owner: 'me', dueOn: null, done: false },
          { title: 'Share a reading list', owner: 'mentor', dueOn: null, done: false },
        ],
      }),
    )
    const planned = valueOf(
      await call['sessions:create']({
        mentorId: mentor.id,
        timeZone: 'Europe/Berlin',
        status: 'planned',
        date: daysFromNow(3),
        time: '10:00',
        agenda: 'Talk about the **RFC**',
      }),
    )
    await router.navigate(`/sessions/${planned.id}`)
    await user.click(await screen.findByRole('link', { name: 'Prepare' }, { timeout: 5_000 }))
    await waitFor(() => expect(router.state.location.pathname).toBe(`/sessions/${planned.id}/brief`))

    await screen.findByRole('heading', { level: 1, name: 'Prepare for Zoë Ångström-李' }, { timeout: 5_000 })
    const section = (name: string) => screen.getByRole('region', { name })
    expect(section('Who Zoë is').textContent).toContain('Built three storage engines')
    expect(section('Last time').textContent).toContain('Write the decision first')
    expect(section('Last time').textContent).toContain('Too much slideware')
    const open = section('Open action items')
    expect(within(open).getByRole('list', { name: 'You promised' }).textContent).toContain('Send the RFC')
    expect(within(open).getByRole('list', { name: 'Zoë promised' }).textContent).toContain('Share a reading list')
    expect(section('Goals').textContent).toContain(goal.title)
    expect(within(section('Agenda so far')).getByText('RFC').tagName).toBe('STRONG')
    expect(section('What this mentorship is for').textContent).toContain('No agreement written yet')

    // The test DOM has no printing: stand in for the browser's print dialog.
    const print = vi.fn()
    Object.defineProperty(window, 'print', { value: print, configurable: true })
    await user.click(screen.getByRole('button', { name: 'Print' }))
    expect(print).toHaveBeenCalledOnce()
  })

  it('says the session is gone when it was deleted', async () => {
    await appWithMentor(`/sessions/${crypto.randomUUID()}/brief`)
    expect(await screen.findByText('This session is not here', {}, { timeout: 5_000 })).toBeTruthy()
  })
})
