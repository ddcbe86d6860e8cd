import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { systemClock } from '../../src/main/core/clock'
import { localDateOf } from '../../src/renderer/src/pages/actions/action-groups'
import { addDays } from '../../src/shared/time'
import { valueOf } from '../helpers/core'
import { tempDirs } from '../helpers/temp'
import { renderApp } from './render-app'
import { dataAfterRestart } from '../helpers/restart'

const newDir = tempDirs()

// happy-dom lays nothing out, so the chart library warns that its box is 0 by 0; the browser test draws it.
beforeEach(() => {
  const warn = console.warn.bind(console)
  vi.spyOn(console, 'warn').mockImplementation((...args: unknown[]) => {
    if (!String(args[0]).includes('of chart should be greater than 0')) warn(...args)
  })
  return () => vi.restoreAllMocks()
})
const onDisk = dataAfterRestart
const DAY = 86_400_000

type App = Awaited<ReturnType<typeof renderApp>>

const section = (name: string) => screen.getByRole('region', { name })
/** The line under a section's title that gives its numbers. */
const summaryOf = (name: string) => section(name).querySelector('[data-summary]')?.textContent
const rowsOf = (list: string) =>
  within(screen.getByRole('list', { name: list }))
    .getAllByRole('listitem')
    .map((row) => row.getAttribute('aria-label'))
const step = (title: string) => screen.getByRole('listitem', { name: new RegExp(`^${title}:`) })

/** What the dashboard should show, worked out from the data through core, independently of the renderer's rules. */
async function expected(core: App['core']) {
  const now = Date.now()
  const today = localDateOf(new Date(now))
  const sessions = valueOf(await core.handlers['sessions:timeline']({}))
  const items = valueOf(await core.handlers['actions:list']({ includeDone: false }))
  const goals = valueOf(await core.handlers['goals:list']()).filter((g) => g.goal.status === 'active')
  const roster = valueOf(await core.handlers['mentors:roster']({}))
  const planned = sessions.filter((s) => s.status === 'planned' && Date.parse(s.startsAt) > now)
  const reachOut = roster.filter(
    (e) =>
      e.nextCheckInAt !== null &&
      Date.parse(e.nextCheckInAt) <= now &&
      !planned.some((s) => s.mentorId === e.mentor.id),
  )
  return {
    upcoming: planned.filter((s) => Date.parse(s.startsAt) < now + 14 * DAY).length,
    reachOut: reachOut.map((e) => e.mentor.name),
    overdue: items.filter((a) => a.dueOn !== null && a.dueOn < today).length,
    soon: items.filter((a) => a.dueOn !== null && a.dueOn >= today && a.dueOn <= addDays(today, 7)).length,
    held: sessions.filter((s) => s.status === 'held').length,
    goals: goals.length,
    uncovered: goals.filter((g) => g.uncovered).length,
  }
}

describe('dashboard', () => {
  it('guides a new user through three steps that tick off as the data fills in', async () => {
    const { core } = await renderApp(await newDir(), '/', { clock: systemClock })
    expect(await screen.findByRole('heading', { name: 'Get started in three steps' })).toBeTruthy()
    expect(step('Set your name').getAttribute('aria-label')).toBe('Set your name: not done yet')
    expect(step('Add your first mentor').getAttribute('aria-label')).toBe('Add your first mentor: not done yet')
    expect(within(step('Set your name')).getByRole('link', { name: 'Open settings' }).getAttribute('href')).toBe(
      '/settings',
    )
    expect(within(step('Add your first mentor')).getByRole('link', { name: 'Add a mentor' }).getAttribute('href')).toBe(
      '/mentors?new=1',
    )
    // A session needs a mentor first.
    expect(within(step('Log your first session')).getByRole('button', { name: 'Log a session' })).toHaveProperty(
      'disabled',
      true,
    )
    expect(screen.getByRole('button', { name: 'Load sample data' })).toBeTruthy()
    // No sections on an empty file: only the guide.
    expect(screen.queryByRole('region', { name: 'Upcoming' })).toBeNull()

    valueOf(await core.handlers['profile:update']({ name: 'Ada' }))
    const mentor = valueOf(await core.handlers['mentors:create']({ name: 'Zoë Ångström-李', stage: 'active' }))
    await waitFor(() => expect(step('Set your name').getAttribute('aria-label')).toBe('Set your name: done'))
    await waitFor(() =>
      expect(step('Add your first mentor').getAttribute('aria-label')).toBe('Add your first mentor: done'),
    )
    expect(screen.getByRole('heading', { level: 1 }).textContent).toMatch(/, Ada$/)
    // Only sections with something in them show below the guide; here there is nothing yet.
    expect(screen.queryByRole('region', { name: 'Upcoming' })).toBeNull()

    const user = userEvent.setup()
    await user.click(within(step('Log your first session')).getByRole('button', { name: 'Log a session' }))
    const dialog = await screen.findByRole('dialog', { name: 'Log a session' })
    await user.click(within(dialog).getByRole('combobox', { name: 'Mentor' }))
    await user.click(await screen.findByRole('option', { name: 'Zoë Ångström-李' }))
    await user.click(within(dialog).getByRole('button', { name: 'Log session' }))

    // The first session ends the guide.
    await waitFor(() => expect(screen.queryByRole('heading', { name: 'Get started in three steps' })).toBeNull())
    expect((await onDisk(core.dataFile)).sessions).toEqual([expect.objectContaining({ mentorId: mentor.id })])
    expect(summaryOf('Recent sessions')).toBe('1 session held')
    expect(summaryOf('Sessions per month')).toBe('1 session held in the last 12 months')
  })

  it('gives every section a useful empty state and a link to its page', async () => {
    const { core } = await renderApp(await newDir(), '/', { clock: systemClock })
    const mentor = valueOf(await core.handlers['mentors:create']({ name: 'Zoë Ångström-李', stage: 'active' }))
    const longAgo = localDateOf(new Date(Date.now() - 400 * DAY))
    valueOf(
      await core.handlers['sessions:create']({ mentorId: mentor.id, date: longAgo, time: '10:00', timeZone: 'UTC' }),
    )

    expect(await screen.findByText('Nothing planned for the next two weeks')).toBeTruthy()
    expect(within(section('Upcoming')).getByRole('button', { name: 'Plan a session' })).toBeTruthy()
    expect(screen.getByText('Keep in touch on a rhythm')).toBeTruthy()
    expect(screen.getByText('Nothing due this week')).toBeTruthy()
    expect(screen.getByText('No active goals')).toBeTruthy()
    expect(within(section('Goals')).getByRole('link', { name: 'Set a goal' }).getAttribute('href')).toBe('/goals?new=1')
    expect(screen.getByText('No sessions in the last year')).toBeTruthy()
    expect(summaryOf('Recent sessions')).toBe('1 session held')
    expect(summaryOf('Sessions per month')).toBe('0 sessions held in the last 12 months')
    const links = Object.fromEntries(
      ['Upcoming', 'Reach out', 'Action items', 'Goals', 'Recent sessions', 'Sessions per month'].map((name) => [
        name,
        section(name).querySelector('a[href]:not([role])')?.getAttribute('href'),
      ]),
    )
    expect(links).toEqual({
      Upcoming: '/timeline',
      'Reach out': '/mentors?sort=next-check-in',
      'Action items': '/actions',
      Goals: '/goals',
      'Recent sessions': '/timeline',
      'Sessions per month': '/timeline',
    })
  })

  it('loads sample data from the guide and shows each section with the counts the data gives', async () => {
    const user = userEvent.setup()
    const { core } = await renderApp(await newDir(), '/', { clock: systemClock })
    await user.click(await screen.findByRole('button', { name: 'Load sample data' }))
    expect(await screen.findByRole('region', { name: 'You are looking at sample data' })).toBeTruthy()
    await screen.findByRole('region', { name: 'Upcoming' })
    expect(screen.queryByRole('heading', { name: 'Get started in three steps' })).toBeNull()

    const want = await expected(core)
    expect(want).toMatchObject({ upcoming: 2, overdue: 2, soon: 3, held: 15, goals: 3, uncovered: 1 })
    expect(summaryOf('Upcoming')).toBe(`${want.upcoming} sessions in the next 14 days`)
    expect(rowsOf('Upcoming sessions')).toHaveLength(want.upcoming)
    expect(summaryOf('Reach out')).toBe(`${want.reachOut.length} mentors to get in touch with · 1 overdue`)
    // Overdue first: Priya's six weeks ran out longest ago, relatively.
    expect(rowsOf('Mentors to reach out to')).toEqual(['Priya Raghunathan', 'Siobhán Ní Bhriain'])
    expect([...want.reachOut].sort()).toEqual(['Priya Raghunathan', 'Siobhán Ní Bhriain'])
    expect(summaryOf('Action items')).toBe(`${want.overdue} overdue · ${want.soon} due in the next 7 days`)
    expect(rowsOf('Action items due')).toHaveLength(want.overdue + want.soon)
    expect(rowsOf('Action items due')[0]).toBe('Draft the RFC for the event bus migration')
    expect(summaryOf('Recent sessions')).toBe(`The last 5 of ${want.held} sessions held`)
    expect(rowsOf('Recent sessions')).toHaveLength(5)
    expect(summaryOf('Goals')).toBe(`${want.goals} active · ${want.uncovered} uncovered`)
    expect(rowsOf('Active goals')[0]).toBe('Speak at a conference')
    expect(within(screen.getByRole('listitem', { name: 'Speak at a conference' })).getByText('Uncovered')).toBeTruthy()
    expect(summaryOf('Sessions per month')).toBe(`${want.held} sessions held in the last 12 months`)
    // The chart's text alternative: a label, and a table with a row per month whose totals add up.
    expect(screen.getByRole('img', { name: /^Bar chart: 15 sessions held in the last 12 months/ })).toBeTruthy()
    const table = screen.getByRole('table', { name: '15 sessions held in the last 12 months' })
    const totals = within(table)
      .getAllByRole('row')
      .slice(1)
      .map((row) => Number(row.lastElementChild?.textContent))
    expect(totals).toHaveLength(12)
    expect(totals.reduce((a, b) => a + b, 0)).toBe(want.held)
    expect(within(table).getByRole('columnheader', { name: 'Zoë Ångström-李' })).toBeTruthy()

    // Every section links to its page.
    expect(within(section('Action items')).getByRole('link', { name: 'Action items' }).getAttribute('href')).toBe(
      '/actions',
    )
    expect(within(section('Goals')).getByRole('link', { name: 'Goals' }).getAttribute('href')).toBe('/goals')
    const [first] = valueOf(await core.handlers['sessions:timeline']({ statuses: ['planned'] })).sort((a, b) =>
      a.startsAt.localeCompare(b.startsAt),
    )
    const [soonest] = within(screen.getByRole('list', { name: 'Upcoming sessions' })).getAllByRole('listitem')
    expect(within(soonest!).getByRole('link').getAttribute('href')).toBe(`/sessions/${first?.id}`)
  })

  it('plans a session or logs a contact with a mentor in one click, and ticks off an action item', async () => {
    const user = userEvent.setup()
    const { core } = await renderApp(await newDir(), '/', { clock: systemClock })
    valueOf(await core.handlers['sample:load']())
    await screen.findByRole('list', { name: 'Mentors to reach out to' })

    await user.click(screen.getByRole('button', { name: 'Log a contact with Priya Raghunathan' }))
    let dialog = await screen.findByRole('dialog', { name: 'Log a contact' })
    expect(within(dialog).getByRole('combobox', { name: 'Mentor' })).toHaveProperty('value', 'Priya Raghunathan')
    expect(within(dialog).getByRole('combobox', { name: 'Format' })).toHaveProperty('value', 'Messages')
    await user.type(within(dialog).getByRole('textbox', { name: 'Key takeaways' }), 'Quick hello on chat')
    await user.click(within(dialog).getByRole('button', { name: 'Log session' }))
    // Priya is in touch again and leaves the list.
    await waitFor(() => expect(rowsOf('Mentors to reach out to')).toEqual(['Siobhán Ní Bhriain']))
    const logged = (await onDisk(core.dataFile)).sessions.find(
      (s: { takeaways: string }) => s.takeaways === 'Quick hello on chat',
    )
    expect(logged).toMatchObject({ format: 'message', status: 'held' })

    await user.click(screen.getByRole('button', { name: 'Plan a session with Siobhán Ní Bhriain' }))
    dialog = await screen.findByRole('dialog', { name: 'Plan a session' })
    expect(within(dialog).getByRole('combobox', { name: 'Mentor' })).toHaveProperty('value', 'Siobhán Ní Bhriain')
    await user.click(within(dialog).getByRole('button', { name: 'Plan session' }))
    await waitFor(() => expect(screen.getByText('You are in touch with everyone')).toBeTruthy())
    expect(summaryOf('Upcoming')).toBe('3 sessions in the next 14 days')

    await user.click(screen.getByRole('checkbox', { name: 'Done: Draft the RFC for the event bus migration' }))
    await waitFor(() => expect(summaryOf('Action items')).toBe('1 overdue · 3 due in the next 7 days'))
    expect(await screen.findByText('Done: Draft the RFC for the event bus migration')).toBeTruthy()
    const item = (await onDisk(core.dataFile)).actionItems.find(
      (a: { title: string }) => a.title === 'Draft the RFC for the event bus migration',
    )
    expect(item?.doneAt).not.toBeNull()
  })

  it('removes the sample data in one step, asking about what the user added to it', async () => {
    const user = userEvent.setup()
    const { core } = await renderApp(await newDir(), '/', { clock: systemClock })
    const mine = valueOf(await core.handlers['mentors:create']({ name: 'Ada Lovelace', stage: 'active' }))
    valueOf(await core.handlers['sample:load']())
    const zoe = valueOf(await core.handlers['mentors:list']({})).find((m) => m.name === 'Zoë Ångström-李')!
    valueOf(await core.handlers['notes:create']({ mentorId: zoe.id, section: 'notes', body: 'My own note' }))

    const banner = await screen.findByRole('region', { name: 'You are looking at sample data' })
    await user.click(within(banner).getByRole('button', { name: 'Remove sample data' }))
    const dialog = await screen.findByRole('dialog', { name: 'Remove the sample data?' })
    expect(dialog.textContent).toContain('5 mentors, 8 notes, 18 sessions, 12 action items and 3 goals')
    expect(dialog.textContent).toContain('You added 1 note to sample mentors or sessions')
    await user.click(within(dialog).getByRole('radio', { name: 'Keep, under "Unknown mentor"' }))
    await user.click(within(dialog).getByRole('button', { name: 'Remove sample data' }))

    await waitFor(() => expect(screen.queryByRole('region', { name: 'You are looking at sample data' })).toBeNull())
    const data = await onDisk(core.dataFile)
    expect(data.mentors.map((m: { id: string }) => m.id)).toEqual([mine.id])
    expect(data.notes).toEqual([expect.objectContaining({ body: 'My own note', mentorId: null })])
    expect(data.sessions).toEqual([])
    expect(data.sample).toBeNull()
    // Back to a mentor and no sessions: the guide again, offering the sample once more.
    expect(await screen.findByRole('heading', { name: 'Get started in three steps' })).toBeTruthy()
    expect(screen.getByRole('button', { name: 'Load sample data' })).toBeTruthy()
  })
})
