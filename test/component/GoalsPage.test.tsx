import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import type { Goal } from '../../src/shared/model'
import type { GoalDraft, GoalView } from '../../src/shared/requests/goals'
import { progressCaption, viewGoals } from '../../src/renderer/src/pages/goals/goal-view'
import { valueOf } from '../helpers/core'
import { tempDirs } from '../helpers/temp'
import { renderApp } from './render-app'
import { dataAfterRestart } from '../helpers/restart'

const newDir = tempDirs()
const onDisk = dataAfterRestart
const cardNames = () => screen.queryAllByRole('article').map((card) => card.getAttribute('aria-label'))
const card = (title: string) => screen.getByRole('article', { name: title })
const progressOf = (title: string) =>
  within(card(title))
    .getByRole('progressbar', { name: `Progress of ${title}` })
    .getAttribute('aria-valuenow')

type App = Awaited<ReturnType<typeof renderApp>>

/** Renders the goals page over goals (and mentors) created through core. */
async function goalsPage(goals: GoalDraft[] = [], route = '/goals') {
  const app = await renderApp(await newDir(), route)
  const created = []
  for (const goal of goals) created.push(valueOf(await app.core.handlers['goals:create'](goal)))
  if (goals.length > 0) await screen.findByRole('article', { name: goals.find((g) => !g.status)?.title ?? /./ })
  return { ...app, goals: created }
}

const addMentor = async (core: App['core'], name: string, stage: 'active' | 'prospect' | 'paused' = 'active') =>
  valueOf(await core.handlers['mentors:create']({ name, stage }))

const addAction = async (core: App['core'], title: string, goalId: string, done = false) => {
  const item = valueOf(await core.handlers['actions:create']({ title, owner: 'me', goalIds: [goalId] }))
  if (done) valueOf(await core.handlers['actions:setDone']({ id: item.id, done: true }))
  return item
}

/** Clicks an option of a Mantine MultiSelect labelled `label` inside `container`. */
async function choose(user: ReturnType<typeof userEvent.setup>, container: HTMLElement, label: string, option: RegExp) {
  await user.click(within(container).getByRole('combobox', { name: label }))
  await user.click(await screen.findByRole('option', { name: option }))
}

describe('goals page', () => {
  it('teaches the first step, then sets a goal with mentors', async () => {
    const user = userEvent.setup()
    const { core } = await goalsPage()
    const zoe = await addMentor(core, 'Zoë Ångström-李')
    expect(await screen.findByRole('heading', { name: 'Set your first goal' })).toBeTruthy()
    await user.click(screen.getByRole('button', { name: 'Set your first goal' }))
    const dialog = await screen.findByRole('dialog', { name: 'New goal' })
    await user.type(within(dialog).getByRole('textbox', { name: 'Goal' }), 'Lead a cross-team project')
    await user.type(within(dialog).getByRole('textbox', { name: 'Why it matters' }), 'To grow into a staff role')
    await choose(user, dialog, 'Mentors helping', /^Zoë Ångström-李/)
    await user.click(within(dialog).getByRole('button', { name: 'Add goal' }))

    const goal = await screen.findByRole('article', { name: 'Lead a cross-team project' })
    expect(within(goal).getByText('To grow into a staff role')).toBeTruthy()
    expect(
      within(goal)
        .getByRole('link', { name: /Zoë Ångström-李/ })
        .getAttribute('href'),
    ).toBe(`/mentors/${zoe.id}`)
    expect(within(goal).getByText('No action items linked yet')).toBeTruthy()
    expect(within(goal).queryByText('Uncovered')).toBeNull()
    expect(await screen.findByText('“Lead a cross-team project” is on your goals.')).toBeTruthy()
    expect((await onDisk(core.dataFile)).goals).toEqual([
      expect.objectContaining({ title: 'Lead a cross-team project', mentorIds: [zoe.id], progressOverride: null }),
    ])
  })

  it('says "Enter a goal" next to an empty title and saves nothing', async () => {
    const user = userEvent.setup()
    const { core } = await goalsPage([], '/goals?new=1')
    const dialog = await screen.findByRole('dialog', { name: 'New goal' })
    await user.click(within(dialog).getByRole('button', { name: 'Add goal' }))
    const title = within(dialog).getByRole('textbox', { name: 'Goal' })
    await waitFor(() => expect(title.getAttribute('aria-invalid')).toBe('true'))
    const describedBy = (title.getAttribute('aria-describedby') ?? '').split(' ')
    expect(describedBy.map((id) => document.getElementById(id)?.textContent).join(' ')).toContain('Enter a goal')
    expect(screen.getByRole('dialog', { name: 'New goal' })).toBeTruthy()
    expect((await onDisk(core.dataFile)).goals).toEqual([])
  })

  it('derives progress from linked action items and follows them as they are done', async () => {
    const { core, goals } = await goalsPage([{ title: 'Ship the design doc' }])
    const [goal] = goals
    await addAction(core, 'Write the outline', goal!.id, true)
    const second = await addAction(core, 'Ask Zoë for a review', goal!.id)
    await waitFor(() => expect(progressOf('Ship the design doc')).toBe('50'))
    expect(within(card('Ship the design doc')).getByText('50%')).toBeTruthy()
    expect(within(card('Ship the design doc')).getByText('1 of 2 action items done')).toBeTruthy()

    valueOf(await core.handlers['actions:setDone']({ id: second.id, done: true }))
    await waitFor(() => expect(progressOf('Ship the design doc')).toBe('100'))
    expect(within(card('Ship the design doc')).getByText('2 of 2 action items done')).toBeTruthy()
  })

  it('sets progress by hand, shows where it came from, and switches back', async () => {
    const user = userEvent.setup()
    const { core, goals } = await goalsPage([{ title: 'Speak at a meetup' }])
    await addAction(core, 'Pick a topic', goals[0]!.id, true)
    await addAction(core, 'Submit the talk', goals[0]!.id)
    await waitFor(() => expect(progressOf('Speak at a meetup')).toBe('50'))

    await user.click(within(card('Speak at a meetup')).getByRole('button', { name: 'Edit Speak at a meetup' }))
    let dialog = await screen.findByRole('dialog', { name: 'Edit goal' })
    await user.click(within(dialog).getByRole('switch', { name: /^Set progress by hand/ }))
    const thumb = within(dialog).getByRole('slider', { name: 'Progress' })
    expect(thumb.getAttribute('aria-valuenow')).toBe('50')
    thumb.focus()
    await user.keyboard('{ArrowRight>30/}')
    await user.click(within(dialog).getByRole('button', { name: 'Save changes' }))

    await waitFor(() => expect(progressOf('Speak at a meetup')).toBe('80'))
    expect(within(card('Speak at a meetup')).getByText('Set by you · 1 of 2 action items done')).toBeTruthy()
    expect((await onDisk(core.dataFile)).goals[0]?.progressOverride).toBe(80)

    await user.click(within(card('Speak at a meetup')).getByRole('button', { name: 'Edit Speak at a meetup' }))
    dialog = await screen.findByRole('dialog', { name: 'Edit goal' })
    await user.click(within(dialog).getByRole('switch', { name: /^Set progress by hand/ }))
    await user.click(within(dialog).getByRole('button', { name: 'Save changes' }))
    await waitFor(() => expect(progressOf('Speak at a meetup')).toBe('50'))
    expect((await onDisk(core.dataFile)).goals[0]?.progressOverride).toBeNull()
  })

  it('flags a goal no active mentor helps with, until its mentor becomes active', async () => {
    const app = await renderApp(await newDir(), '/goals')
    const emile = await addMentor(app.core, 'Émile Durand', 'prospect')
    valueOf(await app.core.handlers['goals:create']({ title: 'Negotiate a raise', mentorIds: [emile.id] }))
    const goal = await screen.findByRole('article', { name: 'Negotiate a raise' })
    expect(within(goal).getByText('Uncovered')).toBeTruthy()
    expect(within(goal).getByText('No active mentor is helping with this goal. Link one, or ask someone.')).toBeTruthy()
    expect(within(goal).getByText('Linked: Émile Durand (Prospect)')).toBeTruthy()

    valueOf(await app.core.handlers['mentors:update']({ id: emile.id, changes: { stage: 'active' } }))
    await waitFor(() => expect(within(card('Negotiate a raise')).queryByText('Uncovered')).toBeNull())
    expect(screen.queryByText(/No active mentor is helping/)).toBeNull()
  })

  it('changes a status from the card, and the filter finds it under its new status', async () => {
    const user = userEvent.setup()
    const { core } = await goalsPage([{ title: 'Learn Rust' }, { title: 'Run a workshop' }])
    await user.click(screen.getByRole('button', { name: 'Status: Active. Change status of Learn Rust' }))
    await user.click(await screen.findByRole('menuitem', { name: 'Achieved' }))
    await waitFor(() => expect(cardNames()).toEqual(['Run a workshop']))
    expect((await onDisk(core.dataFile)).goals.find((g: Goal) => g.title === 'Learn Rust')?.status).toBe('achieved')

    await user.click(screen.getByRole('radio', { name: /^Achieved/ }))
    await waitFor(() => expect(cardNames()).toEqual(['Learn Rust']))
    expect(screen.getByRole('button', { name: 'Status: Achieved. Change status of Learn Rust' })).toBeTruthy()
  })

  it('filters by status, active first by default, with counts', async () => {
    const user = userEvent.setup()
    await goalsPage([
      { title: 'Dropped one', status: 'dropped' },
      { title: 'Later', targetOn: '2027-06-01' },
      { title: 'Achieved one', status: 'achieved' },
      { title: 'Sooner', targetOn: '2027-01-15' },
      { title: 'Someday' },
    ])
    await waitFor(() => expect(cardNames()).toEqual(['Sooner', 'Later', 'Someday']))
    expect(screen.getByText('3 goals')).toBeTruthy()
    await user.click(screen.getByRole('radio', { name: /^Dropped/ }))
    await waitFor(() => expect(cardNames()).toEqual(['Dropped one']))
    expect(screen.getByText('1 goal')).toBeTruthy()
    await user.click(screen.getByRole('radio', { name: /^All/ }))
    await waitFor(() => expect(cardNames()).toEqual(['Sooner', 'Later', 'Someday', 'Achieved one', 'Dropped one']))
    expect(screen.getByRole('radio', { name: 'All 5' })).toBeTruthy()
  })

  it('edits a goal and saves only what changed', async () => {
    const user = userEvent.setup()
    const { core } = await goalsPage([{ title: 'Write more', why: 'Clarity of thought' }])
    await user.click(screen.getByRole('button', { name: 'Edit Write more' }))
    const dialog = await screen.findByRole('dialog', { name: 'Edit goal' })
    const title = within(dialog).getByRole('textbox', { name: 'Goal' })
    await user.clear(title)
    await user.type(title, 'Write every week')
    await user.type(within(dialog).getByRole('textbox', { name: 'Target date' }), '2027-05-01')
    await user.click(within(dialog).getByRole('button', { name: 'Save changes' }))
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Edit goal' })).toBeNull())
    expect(cardNames()).toEqual(['Write every week'])
    expect((await onDisk(core.dataFile)).goals).toEqual([
      expect.objectContaining({ title: 'Write every week', why: 'Clarity of thought', targetOn: '2027-05-01' }),
    ])
  })

  it('asks before closing the form over unsaved changes', async () => {
    const user = userEvent.setup()
    await goalsPage([], '/goals?new=1')
    const dialog = await screen.findByRole('dialog', { name: 'New goal' })
    await user.type(within(dialog).getByRole('textbox', { name: 'Goal' }), 'Half typed')
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }))
    const confirm = await screen.findByRole('dialog', { name: 'Discard unsaved changes?' })
    await user.click(within(confirm).getByRole('button', { name: 'Discard' }))
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'New goal' })).toBeNull())
  })

  it('deletes only after confirmation, keeping its action items', async () => {
    const user = userEvent.setup()
    const { core, goals } = await goalsPage([{ title: 'Old goal' }, { title: 'Keeper' }])
    await addAction(core, 'Read the book', goals[0]!.id)
    await waitFor(() => expect(within(card('Old goal')).getByText('0 of 1 action item done')).toBeTruthy())

    await user.click(screen.getByRole('button', { name: 'Delete Old goal' }))
    let confirm = await screen.findByRole('dialog', { name: 'Delete “Old goal”?' })
    expect(within(confirm).getByText(/Its 1 action item is kept/)).toBeTruthy()
    await user.click(within(confirm).getByRole('button', { name: 'Cancel' }))
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Delete “Old goal”?' })).toBeNull())
    expect(cardNames()).toEqual(['Keeper', 'Old goal'])

    await user.click(screen.getByRole('button', { name: 'Delete Old goal' }))
    confirm = await screen.findByRole('dialog', { name: 'Delete “Old goal”?' })
    await user.click(within(confirm).getByRole('button', { name: 'Delete goal' }))
    await waitFor(() => expect(cardNames()).toEqual(['Keeper']))
    const data = await onDisk(core.dataFile)
    expect(data.goals.map((g: Goal) => g.title)).toEqual(['Keeper'])
    expect(data.actionItems).toEqual([expect.objectContaining({ title: 'Read the book', goalIds: [] })])
  })

  it('lists the sessions that touched a goal, each linking to the session', async () => {
    const user = userEvent.setup()
    const { core, goals } = await goalsPage([{ title: 'Get better at feedback' }])
    const zoe = await addMentor(core, 'Zoë')
    const session = valueOf(
      await core.handlers['sessions:create']({
        mentorId: zoe.id,
        date: '2026-11-20',
        time: '10:00',
        timeZone: 'Europe/Berlin',
        takeaways: 'Use the situation-behaviour-impact model',
        goalIds: [goals[0]!.id],
      }),
    )
    const goal = card('Get better at feedback')
    const toggle = await within(goal).findByRole('button', { name: 'Touched in 1 session' })
    expect(toggle.getAttribute('aria-expanded')).toBe('false')
    await user.click(toggle)
    const link = await within(goal).findByRole('link', { name: /Use the situation-behaviour-impact model/ })
    expect(link.getAttribute('href')).toBe(`/sessions/${session.id}`)
    expect(within(link).getByText('Zoë')).toBeTruthy()
  })

  it('marks an active goal past its target, with the date on hover; an achieved one is not overdue', async () => {
    const user = userEvent.setup()
    await goalsPage([
      { title: 'Run a half marathon', targetOn: '2020-03-01' },
      { title: 'Read SICP', targetOn: '2020-03-01', status: 'achieved' },
    ])
    const target = within(card('Run a half marathon')).getByText(/^Overdue ·/)
    expect(target.closest('[title]')?.getAttribute('title')).toMatch(/2020/)
    await user.click(screen.getByRole('radio', { name: /^Achieved/ }))
    await waitFor(() => expect(cardNames()).toEqual(['Read SICP']))
    expect(within(card('Read SICP')).queryByText(/^Overdue/)).toBeNull()
    expect(within(card('Read SICP')).getByText(/^Target was/)).toBeTruthy()
  })
})

describe('goal view', () => {
  const view = (goal: Partial<Goal>, open: number, done: number): GoalView => ({
    goal: {
      id: goal.id ?? goal.title ?? 'g',
      title: 'Goal',
      why: '',
      targetOn: null,
      status: 'active',
      mentorIds: [],
      progressOverride: null,
      createdAt: '2026-11-27T09:00:00.000Z',
      updatedAt: '2026-11-27T09:00:00.000Z',
      ...goal,
    },
    progress: null,
    derivedProgress: null,
    actions: { open, done },
    sessionIds: [],
    uncovered: false,
  })

  it.each([
    [{}, 0, 0, 'No action items linked yet'],
    [{}, 1, 0, '0 of 1 action item done'],
    [{}, 3, 2, '2 of 5 action items done'],
    [{ progressOverride: 40 }, 3, 2, 'Set by you · 2 of 5 action items done'],
    [{ progressOverride: 40 }, 0, 0, 'Set by you · no action items linked'],
  ])('captions %o with %i open and %i done as "%s"', (goal, open, done, caption) => {
    expect(progressCaption(view(goal, open, done))).toBe(caption)
  })

  it('orders by status, then nearest target, then title; the filter keeps one status', () => {
    const views = [
      view({ title: 'b', status: 'achieved' }, 0, 0),
      view({ title: 'Zeta' }, 0, 0),
      view({ title: 'alpha' }, 0, 0),
      view({ title: 'far', targetOn: '2028-01-01' }, 0, 0),
      view({ title: 'near', targetOn: '2027-01-01' }, 0, 0),
    ]
    expect(viewGoals(views, 'all', 'en').map((v) => v.goal.title)).toEqual(['near', 'far', 'alpha', 'Zeta', 'b'])
    expect(viewGoals(views, 'achieved', 'en').map((v) => v.goal.title)).toEqual(['b'])
  })
})
