// "How did it go?": asked when an action item from a session is ticked off, shown with the item, and listed on the
// mentor's page as what to tell them until a session with them is held.
import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { formatDate } from '../../src/renderer/src/lib/dates'
import { valueOf } from '../helpers/core'
import { dataAfterRestart } from '../helpers/restart'
import { tempDirs } from '../helpers/temp'
import { renderApp } from './render-app'

const newDir = tempDirs()
/** Pages load on first visit, and the machine may be busy. */
const slow = { timeout: 8_000 }

/** The app at `route` over a core with Zoë and a session held with her, with one open item of mine from it. */
async function appWithSessionItem(route: (ids: { zoe: string; session: string }) => string) {
  const dir = await newDir()
  const app = await renderApp(dir, '/')
  const zoe = valueOf(await app.core.handlers['mentors:create']({ name: 'Zoë Ångström', stage: 'active' }))
  const session = valueOf(
    await app.core.handlers['sessions:create']({
      mentorId: zoe.id,
      date: '2026-11-10',
      time: '10:00',
      timeZone: 'UTC',
      actionItems: [{ title: 'Write the RFC', owner: 'me' }],
    }),
  )
  const [item] = valueOf(await app.core.handlers['actions:list']({ sessionId: session.id }))
  await app.router.navigate(route({ zoe: zoe.id, session: session.id }))
  return { ...app, zoe, session, item: item! }
}

const outcomeOnDisk = async (file: string) => (await dataAfterRestart(file)).actionItems[0]?.outcome ?? null

describe('how did it go', () => {
  it('asks after ticking an item off on the action items page, saves the line, and shows it with the item', async () => {
    const user = userEvent.setup()
    const { core } = await appWithSessionItem(() => '/actions')
    await user.click(await screen.findByRole('checkbox', { name: 'Write the RFC' }, slow))

    const line = await screen.findByRole('textbox', { name: 'How did “Write the RFC” go?' }, slow)
    await waitFor(() => expect(document.activeElement).toBe(line))
    await user.type(line, 'The RFC passed review{Enter}')
    await waitFor(async () => expect((await outcomeOnDisk(core.dataFile))?.text).toBe('The RFC passed review'))
    await waitFor(() => expect(screen.queryByRole('textbox', { name: /How did/ })).toBeNull())
    // The focus is not left on nothing.
    expect(document.activeElement).not.toBe(document.body)

    await user.click(screen.getByRole('switch', { name: 'Show done' }))
    expect(await screen.findByText('The RFC passed review')).toBeTruthy()
    expect(screen.getByText('(to tell Zoë)')).toBeTruthy()
  })

  it('is skipped with Escape, saving nothing, and can be answered later from the session page', async () => {
    const user = userEvent.setup()
    const { core } = await appWithSessionItem(({ session }) => `/sessions/${session}`)
    const actions = await screen.findByRole('list', { name: 'Action items' }, slow)
    await user.click(within(actions).getByRole('checkbox', { name: 'Write the RFC' }))
    const line = await screen.findByRole('textbox', { name: 'How did “Write the RFC” go?' }, slow)
    await waitFor(() => expect(document.activeElement).toBe(line))
    await user.keyboard('{Escape}')
    await waitFor(() => expect(screen.queryByRole('textbox', { name: /How did/ })).toBeNull())
    expect(document.activeElement).toBe(within(actions).getByRole('checkbox', { name: 'Write the RFC' }))
    expect(await outcomeOnDisk(core.dataFile)).toBeNull()
    expect((await dataAfterRestart(core.dataFile)).actionItems[0]?.doneAt).not.toBeNull()

    await user.click(await within(actions).findByRole('button', { name: 'How did it go? Write the RFC' }))
    await user.type(await screen.findByRole('textbox', { name: /How did/ }), 'Passed with two changes{Enter}')
    expect(await within(actions).findByText(/Passed with two changes/)).toBeTruthy()
  })

  it('shows the error next to the line when saving is refused, and keeps the words', async () => {
    const user = userEvent.setup()
    const { core, item } = await appWithSessionItem(() => '/actions')
    await user.click(await screen.findByRole('checkbox', { name: 'Write the RFC' }, slow))
    const line = await screen.findByRole('textbox', { name: 'How did “Write the RFC” go?' }, slow)
    // Opened again meanwhile (elsewhere): core refuses an outcome for an open item.
    valueOf(await core.handlers['actions:setDone']({ id: item.id, done: false }))
    await user.type(line, 'Went fine{Enter}')
    await waitFor(() => expect(line.getAttribute('aria-invalid')).toBe('true'))
    expect(screen.getByText(/Mark this action item done before saying how it went/)).toBeTruthy()
    expect((line as HTMLInputElement).value).toBe('Went fine')
  })

  it('lists on the mentor page what to tell them, then what they were told and in which session', async () => {
    const { core, zoe, item, router } = await appWithSessionItem(() => '/')
    valueOf(await core.handlers['actions:setDone']({ id: item.id, done: true }))
    valueOf(await core.handlers['outcomes:set']({ id: item.id, text: 'The RFC passed review' }))
    await router.navigate(`/mentors/${zoe.id}`)
    const toTell = await screen.findByRole('region', { name: 'To tell Zoë' }, slow)
    expect(within(toTell).getByText('The RFC passed review')).toBeTruthy()
    expect(within(toTell).getByText(/go into the agenda of your next session with Zoë/)).toBeTruthy()

    // The core's clock stands at 27 Nov 2026, 09:00 UTC: a session held from 08:30 tells her.
    const held = valueOf(
      await core.handlers['sessions:create']({ mentorId: zoe.id, date: '2026-11-27', time: '08:30', timeZone: 'UTC' }),
    )
    const told = await screen.findByRole('region', { name: 'What came of Zoë’s advice' }, slow)
    expect(within(told).getByText('The RFC passed review')).toBeTruthy()
    const link = within(told).getByRole('link', { name: `session on ${formatDate(held.startsAt)}` })
    expect(link.getAttribute('href')).toBe(`/sessions/${held.id}`)
    expect(screen.queryByRole('region', { name: 'To tell Zoë' })).toBeNull()
  })
})
