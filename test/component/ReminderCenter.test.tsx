import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import type { ReminderState } from '../../src/shared/model'
import { valueOf } from '../helpers/core'
import { tempDirs } from '../helpers/temp'
import { renderApp } from './render-app'
import { dataAfterRestart } from '../helpers/restart'

const newDir = tempDirs()
/** Core's clock stands still here (fixedClock's default); the user's zone is UTC. */
const TODAY = '2026-11-27'
const options = { timeZone: () => 'UTC' }

const onDisk = dataAfterRestart
/** The reminder states the user set (snoozed or dismissed); the scheduler also records what it delivered. */
const actedOn = async (file: string): Promise<ReminderState[]> =>
  ((await onDisk(file)).reminders as ReminderState[]).filter((s) => s.snoozedUntil !== null || s.dismissedAt !== null)
const bell = () => screen.getByRole('button', { name: /^Reminders/ })
/** The reminders in a list of the centre, by title; none when the list is not shown. */
function namesIn(list: 'Due now' | 'Coming up'): Array<string | null> {
  const shown = screen.queryByRole('list', { name: list })
  return shown
    ? within(shown)
        .queryAllByRole('listitem')
        .map((row) => row.getAttribute('aria-label'))
    : []
}
const row = (title: string) => screen.getByRole('listitem', { name: title })

/** The app over three action items due today, one due tomorrow, with the reminder centre open. */
async function centreWithReminders() {
  const dir = await newDir()
  const app = await renderApp(dir, '/timeline', options)
  const items = []
  for (const [title, dueOn] of [
    ['Send the RFC', TODAY],
    ['Read the paper', TODAY],
    ['Book a room', TODAY],
    ['Write the retro', '2026-11-28'],
  ] as const) {
    items.push(valueOf(await app.core.handlers['actions:create']({ title, owner: 'me', dueOn })))
  }
  await waitFor(() => expect(bell().getAttribute('aria-label')).toBe('Reminders: 3 due'))
  await userEvent.setup().click(bell())
  await screen.findByRole('list', { name: 'Due now' })
  return { ...app, dir, items }
}

describe('the reminder centre', () => {
  it('lists what is due under the bell with its count, and what comes next', async () => {
    await centreWithReminders()
    expect(bell().parentElement?.textContent).toContain('3')
    expect(namesIn('Due now').sort()).toEqual([
      'Due today: Book a room',
      'Due today: Read the paper',
      'Due today: Send the RFC',
    ])
    expect(namesIn('Coming up')).toEqual(['Due on 2026-11-28: Write the retro'])
  })

  it('dismisses a reminder: it leaves the list and the count, and stays gone when the app opens again', async () => {
    const user = userEvent.setup()
    const { core, dir, items, unmount } = await centreWithReminders()
    await user.click(screen.getByRole('button', { name: 'Dismiss Due today: Read the paper' }))
    await waitFor(() => expect(namesIn('Due now')).not.toContain('Due today: Read the paper'))
    expect(bell().getAttribute('aria-label')).toBe('Reminders: 2 due')
    expect(await actedOn(core.dataFile)).toEqual([
      expect.objectContaining({ key: `action:${items[1]!.id}:${TODAY}:due`, dismissedAt: expect.any(String) }),
    ])
    unmount()
    await core.close()

    const again = await renderApp(dir, '/timeline', options)
    await waitFor(() => expect(bell().getAttribute('aria-label')).toBe('Reminders: 2 due'))
    await user.click(bell())
    await screen.findByRole('list', { name: 'Due now' })
    expect(namesIn('Due now').sort()).toEqual(['Due today: Book a room', 'Due today: Send the RFC'])
    await again.core.close()
  })

  it("marks an action item's reminder done: the item is completed", async () => {
    const user = userEvent.setup()
    const { core } = await centreWithReminders()
    await user.click(screen.getByRole('button', { name: 'Mark Due today: Send the RFC done' }))
    await waitFor(() => expect(namesIn('Due now')).not.toContain('Due today: Send the RFC'))
    const items = (await onDisk(core.dataFile)).actionItems as Array<{ title: string; doneAt: string | null }>
    expect(items.find((i) => i.title === 'Send the RFC')?.doneAt).toBe('2026-11-27T09:00:00.000Z')
    expect(items.filter((i) => i.doneAt !== null)).toHaveLength(1)
    expect(bell().getAttribute('aria-label')).toBe('Reminders: 2 due')
  })

  it('snoozes one until tomorrow morning: it moves from due to coming up', async () => {
    const user = userEvent.setup()
    const { core, items } = await centreWithReminders()
    await user.click(screen.getByRole('button', { name: 'Snooze Due today: Book a room' }))
    await user.click(await screen.findByRole('menuitem', { name: 'Until tomorrow morning' }))
    await waitFor(() => expect(namesIn('Due now')).not.toContain('Due today: Book a room'))
    expect(namesIn('Coming up')).toContain('Due today: Book a room')
    expect(bell().getAttribute('aria-label')).toBe('Reminders: 2 due')
    expect(await actedOn(core.dataFile)).toEqual([
      expect.objectContaining({
        key: `action:${items[2]!.id}:${TODAY}:due`,
        snoozedUntil: '2026-11-28T09:00:00.000Z',
        dismissedAt: null,
      }),
    ])
  })

  it('snoozes one until a chosen time', async () => {
    const user = userEvent.setup()
    const { core } = await centreWithReminders()
    await user.click(screen.getByRole('button', { name: 'Snooze Due today: Read the paper' }))
    await user.click(await screen.findByRole('menuitem', { name: 'Until…' }))
    // The picker offers times from the window's "now" on: two days ahead is always a choice.
    const target = new Date(Date.now() + 2 * 86_400_000)
    const dayLabel = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric' }).format(target)
    await user.click(screen.getByRole('button', { name: 'Remind me again about Due today: Read the paper at' }))
    if (!screen.queryByRole('button', { name: dayLabel })) {
      await user.click(document.querySelector<HTMLElement>('[data-direction="next"]')!)
    }
    await user.click(await screen.findByRole('button', { name: dayLabel }))
    const snooze = within(row('Due today: Read the paper')).getByRole('button', { name: 'Snooze' })
    await waitFor(() => expect(snooze.hasAttribute('disabled')).toBe(false))
    await user.click(snooze)

    await waitFor(() => expect(namesIn('Due now')).not.toContain('Due today: Read the paper'))
    expect(namesIn('Coming up')).toContain('Due today: Read the paper')
    const [state, ...others] = await actedOn(core.dataFile)
    expect(others).toEqual([])
    expect(new Date(state!.snoozedUntil!).getDate()).toBe(target.getDate())
    expect(Date.parse(state!.snoozedUntil!)).toBeGreaterThan(Date.now())
  })

  it('snoozes everything due for an hour', async () => {
    const user = userEvent.setup()
    const { core } = await centreWithReminders()
    await user.click(screen.getByRole('button', { name: 'Snooze all for 1 hour' }))
    expect(await screen.findByText('Nothing is due. You are on top of it.')).toBeTruthy()
    expect(bell().getAttribute('aria-label')).toBe('Reminders')
    const states = await actedOn(core.dataFile)
    expect(states.map((s) => s.snoozedUntil)).toEqual(Array(3).fill('2026-11-27T10:00:00.000Z'))
    expect(namesIn('Coming up')).toHaveLength(4)
  })

  it('dismisses or completes what is coming up before it is due', async () => {
    const user = userEvent.setup()
    const { core, items } = await centreWithReminders()
    const upcoming = 'Due on 2026-11-28: Write the retro'
    expect(within(row(upcoming)).queryByRole('button', { name: `Snooze ${upcoming}` })).toBeNull()
    await user.click(within(row(upcoming)).getByRole('button', { name: `Dismiss ${upcoming}` }))
    await waitFor(() => expect(namesIn('Coming up')).toEqual([]))
    expect(await actedOn(core.dataFile)).toEqual([
      expect.objectContaining({ key: `action:${items[3]!.id}:2026-11-28:due`, dismissedAt: expect.any(String) }),
    ])

    // Another one coming up, completed ahead of time: the item is done and nothing is left to remind.
    valueOf(await core.handlers['actions:create']({ title: 'Plan the offsite', owner: 'me', dueOn: '2026-12-01' }))
    const next = 'Due on 2026-12-01: Plan the offsite'
    await user.click(await screen.findByRole('button', { name: `Mark ${next} done` }))
    await waitFor(() => expect(namesIn('Coming up')).toEqual([]))
    const items2 = (await onDisk(core.dataFile)).actionItems as Array<{ title: string; doneAt: string | null }>
    expect(items2.find((i) => i.title === 'Plan the offsite')?.doneAt).not.toBeNull()
  })
})
