import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import type { ActionItem } from '../../src/shared/model'
import type { ActionDraft } from '../../src/shared/requests/actions'
import { formatDate, formatLocalDate } from '../../src/renderer/src/lib/dates'
import { localDateOf } from '../../src/renderer/src/pages/actions/action-groups'
import { addDays } from '../../src/shared/time'
import { valueOf } from '../helpers/core'
import { tempDirs } from '../helpers/temp'
import { renderApp } from './render-app'
import { dataAfterRestart } from '../helpers/restart'

const newDir = tempDirs()
const onDisk = dataAfterRestart
const itemsOnDisk = async (file: string): Promise<ActionItem[]> => (await onDisk(file)).actionItems
const mine = 'My action items'
const theirs = 'What my mentors promised'
const titlesIn = (group: string) =>
  within(screen.getByRole('list', { name: group }))
    .getAllByRole('listitem')
    .map((row) => row.getAttribute('aria-label'))
const row = (title: string) => screen.getByRole('listitem', { name: title })

/** The page over a core holding two mentors and the given items (for Zoë unless said otherwise). */
async function pageWith(items: ActionDraft[], route = '/actions') {
  const app = await renderApp(await newDir(), route)
  const zoe = valueOf(await app.core.handlers['mentors:create']({ name: 'Zoë Ångström' }))
  const emile = valueOf(await app.core.handlers['mentors:create']({ name: 'Émile Durand' }))
  for (const item of items) valueOf(await app.core.handlers['actions:create']({ mentorId: zoe.id, ...item }))
  await waitFor(() => expect(screen.queryAllByRole('listitem')).toHaveLength(items.length))
  return { ...app, zoe, emile }
}

async function openRowMenu(user: ReturnType<typeof userEvent.setup>, title: string) {
  await user.click(screen.getByRole('button', { name: `More actions for ${title}` }))
  return screen.findByRole('menu')
}

/** The text of the error shown for a field, through its aria-describedby. */
function errorOf(input: HTMLElement): string {
  return (input.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .map((id) => document.getElementById(id)?.textContent ?? '')
    .join(' ')
}

describe('action items', () => {
  it('teaches the first step, checks the title, then adds an item for a mentor', async () => {
    const user = userEvent.setup()
    const { core } = await renderApp(await newDir(), '/actions')
    valueOf(await core.handlers['mentors:create']({ name: 'Zoë Ångström' }))
    expect(await screen.findByText('Keep track of what was promised')).toBeTruthy()
    expect(screen.getByText(/Action items usually come out of a session/)).toBeTruthy()

    await user.click(screen.getByRole('button', { name: 'Add your first action item' }))
    const dialog = await screen.findByRole('dialog', { name: 'Add an action item' })
    await user.click(within(dialog).getByRole('button', { name: 'Add action item' }))
    const title = within(dialog).getByRole('textbox', { name: 'What needs doing' })
    await waitFor(() => expect(title.getAttribute('aria-invalid')).toBe('true'))
    expect(errorOf(title)).toContain('Enter what needs doing')
    expect(await itemsOnDisk(core.dataFile)).toEqual([])

    await user.type(title, 'Introduce me to the platform team')
    await user.click(within(dialog).getByRole('radio', { name: 'Mentor' }))
    await user.click(within(dialog).getByRole('combobox', { name: 'Mentor' }))
    await user.click(await screen.findByRole('option', { name: 'Zoë Ångström' }))
    await user.click(within(dialog).getByRole('button', { name: 'Add action item' }))

    await waitFor(() => expect(titlesIn(theirs)).toEqual(['Introduce me to the platform team']))
    expect(within(row('Introduce me to the platform team')).getByRole('link', { name: 'Zoë Ångström' })).toBeTruthy()
    expect(await itemsOnDisk(core.dataFile)).toEqual([
      expect.objectContaining({ title: 'Introduce me to the platform team', owner: 'mentor', dueOn: null }),
    ])
    expect(screen.getByText('Nothing open for you. Well done.')).toBeTruthy()
  })

  it('groups by owner, sorts by due date with undated last, and marks what is overdue', async () => {
    const today = localDateOf(new Date())
    await pageWith([
      { title: 'Write up my goals', owner: 'me', dueOn: null },
      { title: 'Read the book', owner: 'me', dueOn: '2099-06-01' },
      { title: 'Send the design doc', owner: 'me', dueOn: '2020-01-15' },
      { title: 'Book the next call', owner: 'me', dueOn: today },
      { title: 'Share a reading list', owner: 'mentor', dueOn: '2099-03-01' },
      { title: 'Introduce a recruiter', owner: 'mentor', dueOn: '2020-02-01' },
    ])
    await waitFor(() =>
      expect(titlesIn(mine)).toEqual([
        'Send the design doc',
        'Book the next call',
        'Read the book',
        'Write up my goals',
      ]),
    )
    expect(titlesIn(theirs)).toEqual(['Introduce a recruiter', 'Share a reading list'])

    const overdue = row('Send the design doc')
    expect(within(overdue).getByText('Overdue')).toBeTruthy()
    expect(overdue.hasAttribute('data-overdue')).toBe(true)
    expect(within(overdue).getByText(formatLocalDate('2020-01-15'))).toBeTruthy()
    expect(within(row('Book the next call')).getByText('Due today')).toBeTruthy()
    expect(within(row('Book the next call')).queryByText('Overdue')).toBeNull()
    expect(within(row('Read the book')).queryByText('Overdue')).toBeNull()
    expect(within(row('Read the book')).getByText(/^Due in \d+ years$/)).toBeTruthy()
    expect(within(row('Write up my goals')).getByText('No due date')).toBeTruthy()
    expect(within(overdue).getByRole('checkbox', { name: 'Send the design doc' })).toBeTruthy()
    expect(screen.getByText('2 overdue')).toBeTruthy()
    expect(screen.getByText(/6 open/)).toBeTruthy()
  })

  it('completes an item: it leaves the open list, core records when, and "Show done" shows it struck through', async () => {
    const user = userEvent.setup()
    const { core } = await pageWith([
      { title: 'Send the design doc', owner: 'me', dueOn: '2020-01-15' },
      { title: 'Read the book', owner: 'me', dueOn: '2099-06-01' },
    ])
    await user.click(screen.getByRole('checkbox', { name: 'Send the design doc' }))
    await waitFor(() => expect(titlesIn(mine)).toEqual(['Read the book']))
    const [done] = (await itemsOnDisk(core.dataFile)).filter((i) => i.title === 'Send the design doc')
    expect(done?.doneAt).toBe('2026-11-27T09:00:00.000Z')
    expect(screen.getByText('1 done, hidden')).toBeTruthy()

    await user.click(screen.getByRole('switch', { name: 'Show done' }))
    await waitFor(() => expect(titlesIn(mine)).toEqual(['Read the book', 'Send the design doc']))
    const doneRow = row('Send the design doc')
    expect(doneRow.hasAttribute('data-done')).toBe(true)
    expect(within(doneRow).getByText(`Done ${formatDate('2026-11-27T09:00:00.000Z')}`)).toBeTruthy()
    expect(within(doneRow).getByText('Send the design doc').style.textDecoration).toBe('line-through')
    expect(within(doneRow).queryByText('Overdue')).toBeNull()
    const checkbox = within(doneRow).getByRole('checkbox', { name: 'Send the design doc' }) as HTMLInputElement
    expect(checkbox.checked).toBe(true)

    // Unticking opens it again.
    await user.click(checkbox)
    await waitFor(async () => expect((await itemsOnDisk(core.dataFile)).every((i) => i.doneAt === null)).toBe(true))
    await waitFor(() => expect(row('Send the design doc').hasAttribute('data-done')).toBe(false))
  })

  it('undoes a completion from the notification', async () => {
    const user = userEvent.setup()
    const { core } = await pageWith([{ title: 'Send the design doc', owner: 'me', dueOn: '2099-01-15' }])
    await user.click(screen.getByRole('checkbox', { name: 'Send the design doc' }))
    await waitFor(() => expect(screen.queryByRole('list', { name: mine })).toBeNull())
    expect(screen.getByText('Nothing open for you. Well done.')).toBeTruthy()
    await user.click(await screen.findByRole('button', { name: 'Undo' }))
    await waitFor(() => expect(titlesIn(mine)).toEqual(['Send the design doc']))
    expect((await itemsOnDisk(core.dataFile))[0]?.doneAt).toBeNull()
  })

  it('undoes a completion with Ctrl+Z, but leaves Ctrl+Z in a text field to the text', async () => {
    const user = userEvent.setup()
    const { core } = await pageWith([{ title: 'Send the design doc', owner: 'me', dueOn: '2099-01-15' }])
    await user.click(screen.getByRole('checkbox', { name: 'Send the design doc' }))
    await waitFor(() => expect(screen.queryByRole('list', { name: mine })).toBeNull())
    expect((await screen.findByRole('button', { name: 'Undo' })).getAttribute('aria-keyshortcuts')).toBe('Control+Z')
    // In a text field (the mentor filter takes typing) Ctrl+Z is the field's own.
    const filter = screen.getByRole('combobox', { name: 'Filter by mentor' })
    filter.focus()
    await user.keyboard('{Control>}z{/Control}')
    await user.keyboard('{Escape}')
    await new Promise((resolve) => setTimeout(resolve, 300))
    expect(screen.queryByRole('list', { name: mine })).toBeNull()
    expect((await itemsOnDisk(core.dataFile))[0]?.doneAt).not.toBeNull()
    await user.click(document.body)
    await user.keyboard('{Control>}z{/Control}')
    await waitFor(() => expect(titlesIn(mine)).toEqual(['Send the design doc']))
    expect((await itemsOnDisk(core.dataFile))[0]?.doneAt).toBeNull()
  })

  it('edits an item from its menu, moving it to the other group', async () => {
    const user = userEvent.setup()
    const { core } = await pageWith([{ title: 'Send the doc', owner: 'me', dueOn: '2099-06-01' }])
    await user.click(within(await openRowMenu(user, 'Send the doc')).getByRole('menuitem', { name: 'Edit…' }))
    const dialog = await screen.findByRole('dialog', { name: 'Edit action item' })
    const title = within(dialog).getByRole('textbox', { name: 'What needs doing' })
    await user.clear(title)
    await user.click(within(dialog).getByRole('button', { name: 'Save changes' }))
    await waitFor(() => expect(errorOf(title)).toContain('Enter what needs doing'))
    await user.type(title, 'Review my design doc')
    await user.click(within(dialog).getByRole('radio', { name: 'Mentor' }))
    await user.click(within(dialog).getByRole('button', { name: 'Save changes' }))

    await waitFor(() => expect(titlesIn(theirs)).toEqual(['Review my design doc']))
    expect(screen.queryByRole('list', { name: mine })).toBeNull()
    expect(await itemsOnDisk(core.dataFile)).toEqual([
      expect.objectContaining({ title: 'Review my design doc', owner: 'mentor', dueOn: '2099-06-01' }),
    ])
  })

  it('asks before closing the form over unsaved changes', async () => {
    const user = userEvent.setup()
    await pageWith([], '/actions?new=1')
    const dialog = await screen.findByRole('dialog', { name: 'Add an action item' })
    await user.type(within(dialog).getByRole('textbox', { name: 'What needs doing' }), 'Half typed')
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }))
    const confirm = await screen.findByRole('dialog', { name: 'Discard unsaved changes?' })
    await user.click(within(confirm).getByRole('button', { name: 'Keep editing' }))
    expect((within(dialog).getByRole('textbox', { name: 'What needs doing' }) as HTMLInputElement).value).toBe(
      'Half typed',
    )
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }))
    await user.click(
      within(await screen.findByRole('dialog', { name: 'Discard unsaved changes?' })).getByRole('button', {
        name: 'Discard',
      }),
    )
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Add an action item' })).toBeNull())
  })

  it('reschedules to tomorrow, to a picked date, and to no due date', async () => {
    const user = userEvent.setup()
    const { core } = await pageWith([
      { title: 'Read the book', owner: 'me', dueOn: '2099-06-01' },
      { title: 'Send the design doc', owner: 'me', dueOn: '2020-01-15' },
    ])
    const dueOf = async (title: string) => (await itemsOnDisk(core.dataFile)).find((i) => i.title === title)?.dueOn

    await user.click(screen.getByRole('button', { name: /Reschedule Send the design doc$/ }))
    await user.click(within(await screen.findByRole('menu')).getByRole('menuitem', { name: /Tomorrow/ }))
    const tomorrow = addDays(localDateOf(new Date()), 1)
    await waitFor(async () => expect(await dueOf('Send the design doc')).toBe(tomorrow))
    await waitFor(() => expect(within(row('Send the design doc')).getByText('Due tomorrow')).toBeTruthy())
    expect(within(row('Send the design doc')).queryByText('Overdue')).toBeNull()

    await user.click(within(await openRowMenu(user, 'Read the book')).getByRole('menuitem', { name: 'Pick a date…' }))
    const dialog = await screen.findByRole('dialog', { name: 'Pick a due date' })
    await user.click(within(dialog).getByRole('button', { name: '15 June 2099' }))
    expect(within(dialog).getByText(`New due date: ${formatLocalDate('2099-06-15')}`)).toBeTruthy()
    await user.click(within(dialog).getByRole('button', { name: 'Set due date' }))
    await waitFor(async () => expect(await dueOf('Read the book')).toBe('2099-06-15'))
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Pick a due date' })).toBeNull())
    await waitFor(() => expect(within(row('Read the book')).getByText(formatLocalDate('2099-06-15'))).toBeTruthy())

    await user.click(within(await openRowMenu(user, 'Read the book')).getByRole('menuitem', { name: 'No due date' }))
    await waitFor(async () => expect(await dueOf('Read the book')).toBeNull())
    await waitFor(() => expect(within(row('Read the book')).getByText('No due date')).toBeTruthy())
    expect(titlesIn(mine)).toEqual(['Send the design doc', 'Read the book'])
  })

  it('deletes an item, and undo brings it back', async () => {
    const user = userEvent.setup()
    const { core } = await pageWith([
      { title: 'Read the book', owner: 'me', dueOn: '2099-06-01' },
      { title: 'Send the design doc', owner: 'me', dueOn: '2099-01-15' },
    ])
    await user.click(within(await openRowMenu(user, 'Read the book')).getByRole('menuitem', { name: 'Delete' }))
    await waitFor(() => expect(titlesIn(mine)).toEqual(['Send the design doc']))
    expect((await itemsOnDisk(core.dataFile)).map((i) => i.title)).toEqual(['Send the design doc'])
    expect(screen.getByText('Deleted: Read the book')).toBeTruthy()
    await user.click(await screen.findByRole('button', { name: 'Undo' }))
    await waitFor(() => expect(titlesIn(mine)).toEqual(['Send the design doc', 'Read the book']))
    expect(await itemsOnDisk(core.dataFile)).toHaveLength(2)
  })

  it('filters by mentor, and keeps items of a deleted mentor under "Unknown mentor"', async () => {
    const user = userEvent.setup()
    const { core, emile, zoe } = await pageWith([])
    valueOf(await core.handlers['actions:create']({ title: 'Ask Zoë about Rust', owner: 'me', mentorId: zoe.id }))
    valueOf(await core.handlers['actions:create']({ title: 'Café intro', owner: 'mentor', mentorId: emile.id }))
    await waitFor(() => expect(titlesIn(theirs)).toEqual(['Café intro']))
    expect(titlesIn(mine)).toEqual(['Ask Zoë about Rust'])

    const filter = screen.getByRole('combobox', { name: 'Filter by mentor' })
    await user.click(filter)
    await user.click(await screen.findByRole('option', { name: 'Émile Durand' }))
    await waitFor(() => expect(screen.queryByRole('list', { name: mine })).toBeNull())
    expect(titlesIn(theirs)).toEqual(['Café intro'])
    expect(within(row('Café intro')).getByRole('link', { name: 'Émile Durand' }).getAttribute('href')).toBe(
      `/mentors/${emile.id}`,
    )

    // Mantine hides the clear button from assistive tech (deleting the text clears too); a mouse user clicks it.
    await user.click(screen.getByLabelText('Show all mentors'))
    await waitFor(() => expect(titlesIn(mine)).toEqual(['Ask Zoë about Rust']))
    expect(titlesIn(theirs)).toEqual(['Café intro'])
    await user.click(filter)
    await user.click(await screen.findByRole('option', { name: 'Zoë Ångström' }))
    await waitFor(() => expect(screen.queryByRole('list', { name: theirs })).toBeNull())
    expect(titlesIn(mine)).toEqual(['Ask Zoë about Rust'])

    valueOf(await core.handlers['mentors:delete']({ id: zoe.id, history: 'keep' }))
    await user.click(filter)
    await user.click(await screen.findByRole('option', { name: 'Unknown mentor' }))
    await waitFor(() => expect(titlesIn(mine)).toEqual(['Ask Zoë about Rust']))
    expect(within(row('Ask Zoë about Rust')).getByText('Unknown mentor')).toBeTruthy()
    expect(screen.queryByRole('list', { name: theirs })).toBeNull()
  })

  it('links an item to the session it came from', async () => {
    const user = userEvent.setup()
    const { core, router } = await renderApp(await newDir(), '/actions')
    const zoe = valueOf(await core.handlers['mentors:create']({ name: 'Zoë Ångström' }))
    const session = valueOf(
      await core.handlers['sessions:create']({
        mentorId: zoe.id,
        date: '2026-11-20',
        time: '10:00',
        timeZone: 'Europe/Berlin',
        status: 'held',
        actionItems: [{ title: 'Draft the promotion case', owner: 'me', dueOn: '2099-01-10' }],
      }),
    )
    const link = await screen.findByRole('link', { name: `From the session on ${formatDate(session.startsAt)}` })
    expect(within(row('Draft the promotion case')).getByRole('link', { name: 'Zoë Ångström' })).toBeTruthy()
    await user.click(link)
    await waitFor(() => expect(router.state.location.pathname).toBe(`/sessions/${session.id}`))
  })

  it("links an item to a goal: completing it moves the goal's progress", async () => {
    const user = userEvent.setup()
    const { core, router } = await pageWith([])
    const goal = valueOf(await core.handlers['goals:create']({ title: 'Speak at a conference' }))
    valueOf(await core.handlers['goals:create']({ title: 'Ship a side project', status: 'dropped' }))
    const other = valueOf(
      await core.handlers['actions:create']({ title: 'Find a meetup', owner: 'me', goalIds: [goal.id] }),
    )

    await router.navigate('/actions?new=1')
    const dialog = await screen.findByRole('dialog', { name: 'Add an action item' })
    await user.type(within(dialog).getByRole('textbox', { name: 'What needs doing' }), 'Submit the talk proposal')
    await user.click(within(dialog).getByRole('combobox', { name: 'Goals' }))
    // Only active goals are offered.
    expect(screen.queryByRole('option', { name: 'Ship a side project' })).toBeNull()
    await user.click(await screen.findByRole('option', { name: 'Speak at a conference' }))
    await user.click(within(dialog).getByRole('button', { name: 'Add action item' }))
    await waitFor(async () =>
      expect((await itemsOnDisk(core.dataFile)).find((i) => i.title === 'Submit the talk proposal')?.goalIds).toEqual([
        goal.id,
      ]),
    )

    const progress = async () => {
      await router.navigate('/goals')
      const card = await screen.findByRole('article', { name: 'Speak at a conference' })
      return within(card)
        .getByRole('progressbar', { name: 'Progress of Speak at a conference' })
        .getAttribute('aria-valuenow')
    }
    expect(await progress()).toBe('0')
    await router.navigate('/actions')
    await user.click(await screen.findByRole('checkbox', { name: 'Submit the talk proposal' }))
    await waitFor(async () =>
      expect(
        (await itemsOnDisk(core.dataFile)).find((i) => i.title === 'Submit the talk proposal')?.doneAt,
      ).not.toBeNull(),
    )
    await waitFor(async () => expect(await progress()).toBe('50'))
    expect(
      within(screen.getByRole('article', { name: 'Speak at a conference' })).getByText('1 of 2 action items done'),
    ).toBeTruthy()

    // The edit form shows the link; Backspace in the field removes it.
    await router.navigate('/actions')
    await screen.findByRole('listitem', { name: other.title })
    await user.click(within(await openRowMenu(user, other.title)).getByRole('menuitem', { name: 'Edit…' }))
    const edit = await screen.findByRole('dialog', { name: 'Edit action item' })
    const pills = edit.querySelectorAll('.mantine-Pill-label')
    expect([...pills].map((p) => p.textContent)).toEqual(['Speak at a conference'])
    await user.click(within(edit).getByRole('combobox', { name: 'Goals' }))
    await user.keyboard('{Backspace}')
    await waitFor(() => expect(edit.querySelectorAll('.mantine-Pill-label')).toHaveLength(0))
    await user.click(within(edit).getByRole('button', { name: 'Save changes' }))
    await waitFor(async () =>
      expect((await itemsOnDisk(core.dataFile)).find((i) => i.title === 'Find a meetup')?.goalIds).toEqual([]),
    )
    await waitFor(async () => expect(await progress()).toBe('100'))
  })
})
