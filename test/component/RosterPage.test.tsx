// The roster: the list and the board, stages, filters, search, archive and delete with undo.
import { fireEvent, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { formatDate } from '../../src/renderer/src/lib/dates'
import { valueOf } from '../helpers/core'
import { dataAfterRestart } from '../helpers/restart'
import { tempDirs } from '../helpers/temp'
import { renderApp } from './render-app'
import { choose, openRowMenu, rosterWith as rosterIn, rowNames, rows } from './roster-helpers'

const newDir = tempDirs()
const onDisk = dataAfterRestart
const rosterWith = async (names: string[]) => rosterIn(await newDir(), names)

describe('roster', () => {
  it('changes a stage from the list', async () => {
    const user = userEvent.setup()
    const { core } = await rosterWith(['Zoë'])
    await user.click(screen.getByRole('button', { name: /Stage: Prospect\. Change stage of Zoë/ }))
    await user.click(await screen.findByRole('menuitem', { name: 'Active' }))
    await waitFor(async () => expect((await onDisk(core.dataFile)).mentors[0]?.stage).toBe('active'))
    await waitFor(() => expect(screen.getByRole('button', { name: /Stage: Active/ })).toBeTruthy())
  })

  it('changes a stage on the board with the keyboard menu', async () => {
    const user = userEvent.setup()
    const { core, router } = await rosterWith(['Zoë', 'Émile'])
    await router.navigate('/mentors?view=board')
    const prospects = await screen.findByRole('list', { name: 'Prospect mentors' })
    expect(within(prospects).getAllByRole('listitem')).toHaveLength(2)
    await user.click(within(prospects).getByRole('button', { name: /Change stage of Zoë/ }))
    await user.click(await screen.findByRole('menuitem', { name: 'Alumni' }))
    // Moving to Alumni offers the wrap-up first; saving it moves the card.
    const wrapUp = await screen.findByRole('dialog', { name: 'Wrap up with Zoë' })
    await user.click(await within(wrapUp).findByRole('button', { name: 'Save and move to Alumni' }))
    const alumni = screen.getByRole('list', { name: 'Alumni mentors' })
    await waitFor(() =>
      expect(
        within(alumni)
          .getAllByRole('listitem')
          .map((c) => c.getAttribute('aria-label')),
      ).toEqual(['Zoë']),
    )
    expect((await onDisk(core.dataFile)).mentors.find((m: { name: string }) => m.name === 'Zoë')?.stage).toBe('alumni')
  })

  it('archives and restores', async () => {
    const user = userEvent.setup()
    await rosterWith(['Zoë', 'Émile'])
    await user.click(within(await openRowMenu(user, 'Zoë')).getByRole('menuitem', { name: 'Archive' }))
    await waitFor(() => expect(rowNames()).toEqual(['Émile']))
    await user.click(screen.getByRole('switch', { name: 'Show archived' }))
    await waitFor(() => expect(rowNames()).toEqual(['Émile', 'Zoë']))
    expect(within(rows()[1]!).getByText('Archived')).toBeTruthy()
    await user.click(within(await openRowMenu(user, 'Zoë')).getByRole('menuitem', { name: 'Restore' }))
    await waitFor(() => expect(within(rows()[1]!).queryByText('Archived')).toBeNull())
  })

  it('deletes after confirmation, and undo brings the mentor back', async () => {
    const user = userEvent.setup()
    const { core } = await rosterWith(['Zoë', 'Émile'])
    await user.click(within(await openRowMenu(user, 'Zoë')).getByRole('menuitem', { name: 'Delete…' }))
    const confirm = await screen.findByRole('dialog', { name: 'Delete Zoë?' })
    await user.click(within(confirm).getByRole('button', { name: 'Delete mentor' }))
    await waitFor(() => expect(rowNames()).toEqual(['Émile']))
    expect((await onDisk(core.dataFile)).mentors).toHaveLength(1)
    await user.click(await screen.findByRole('button', { name: 'Undo' }))
    await waitFor(() => expect(rowNames()).toEqual(['Émile', 'Zoë']))
    expect((await onDisk(core.dataFile)).mentors).toHaveLength(2)
  })

  it('asks what to do with the history, and keeps it under "Unknown mentor"', async () => {
    const user = userEvent.setup()
    const { core } = await rosterWith(['Zoë'])
    const [zoe] = valueOf(await core.handlers['mentors:list']({}))
    valueOf(await core.handlers['notes:create']({ mentorId: zoe!.id, section: 'background', body: 'Ex-Google' }))
    await user.click(within(await openRowMenu(user, 'Zoë')).getByRole('menuitem', { name: 'Delete…' }))
    const dialog = await screen.findByRole('dialog', { name: 'Delete Zoë?' })
    expect(within(dialog).getByText(/Zoë has 1 note\. What should happen to them\?/)).toBeTruthy()
    expect(
      (within(dialog).getByRole('radio', { name: 'Keep them, under "Unknown mentor"' }) as HTMLInputElement).checked,
    ).toBe(true)
    await user.click(within(dialog).getByRole('button', { name: 'Delete mentor' }))

    const kept = await screen.findByRole('link', { name: '1 notes kept from deleted mentors' })
    expect((await onDisk(core.dataFile)).notes).toEqual([
      expect.objectContaining({ mentorId: null, body: 'Ex-Google' }),
    ])
    await user.click(kept)
    expect(await screen.findByRole('heading', { name: 'Unknown mentor' })).toBeTruthy()
    expect(await screen.findByText('Ex-Google')).toBeTruthy()
  })

  it('searches as the user types, ignoring accents; / focuses the search and N opens a new mentor', async () => {
    const user = userEvent.setup()
    await rosterWith(['Zoë Ångström-李', 'Émile Durand', '李小龍'])
    await user.keyboard('/')
    const search = screen.getByRole('textbox', { name: 'Search mentors' })
    expect(document.activeElement).toBe(search)
    await user.type(search, 'zoe')
    await waitFor(() => expect(rowNames()).toEqual(['Zoë Ångström-李']))
    await user.clear(search)
    await user.type(search, '李')
    await waitFor(() => expect(rowNames()).toEqual(['Zoë Ångström-李', '李小龍']))
    await user.clear(search)
    search.blur()
    fireEvent.keyDown(document.body, { key: 'n' })
    expect(await screen.findByRole('dialog', { name: 'Add a mentor' })).toBeTruthy()
  })

  it('asks about the history of a mentor with only finished action items, instead of failing to delete', async () => {
    const user = userEvent.setup()
    const { core } = await rosterWith(['Zoë'])
    const [zoe] = valueOf(await core.handlers['mentors:list']({}))
    const item = valueOf(
      await core.handlers['actions:create']({ mentorId: zoe!.id, title: 'Send the CV', owner: 'me' }),
    )
    valueOf(await core.handlers['actions:setDone']({ id: item.id, done: true }))
    await user.click(within(await openRowMenu(user, 'Zoë')).getByRole('menuitem', { name: 'Delete…' }))
    const dialog = await screen.findByRole('dialog', { name: 'Delete Zoë?' })
    expect(within(dialog).getByText('Zoë has 1 finished action item. What should happen to them?')).toBeTruthy()
    await user.click(within(dialog).getByRole('button', { name: 'Delete mentor' }))

    expect(await screen.findByText('Add the people who guide you')).toBeTruthy()
    const saved = await onDisk(core.dataFile)
    expect(saved.mentors).toEqual([])
    expect(saved.actionItems).toEqual([expect.objectContaining({ title: 'Send the CV', mentorId: null })])
  })

  it('deletes the notes and action items too when asked to', async () => {
    const user = userEvent.setup()
    const { core } = await rosterWith(['Zoë', 'Émile'])
    const zoe = valueOf(await core.handlers['mentors:list']({})).find((m) => m.name === 'Zoë')!
    for (const body of ['Ex-Google', 'Likes 書道'])
      valueOf(await core.handlers['notes:create']({ mentorId: zoe.id, section: 'background', body }))
    valueOf(await core.handlers['actions:create']({ mentorId: zoe.id, title: 'Read her RFC', owner: 'me' }))
    await waitFor(() => expect(within(rows()[1]!).getByRole('group', { name: 'Open actions' }).textContent).toBe('1'))
    await user.click(within(await openRowMenu(user, 'Zoë')).getByRole('menuitem', { name: 'Delete…' }))
    const dialog = await screen.findByRole('dialog', { name: 'Delete Zoë?' })
    expect(within(dialog).getByText('Zoë has 2 notes, 1 open action item. What should happen to them?')).toBeTruthy()
    await user.click(within(dialog).getByRole('radio', { name: 'Delete them too' }))
    await user.click(within(dialog).getByRole('button', { name: 'Delete mentor' }))

    await waitFor(() => expect(rowNames()).toEqual(['Émile']))
    const saved = await onDisk(core.dataFile)
    expect(saved.notes).toEqual([])
    expect(saved.actionItems).toEqual([])
    expect(valueOf(await core.handlers['notes:list']({ mentorId: null }))).toEqual([])
    expect(screen.queryByRole('link', { name: /notes kept from deleted mentors/ })).toBeNull()
  })

  it('says so when every mentor is archived, and keeps the way to show them', async () => {
    const user = userEvent.setup()
    const { core } = await rosterWith(['Zoë', 'Émile'])
    for (const mentor of valueOf(await core.handlers['mentors:list']({})))
      valueOf(await core.handlers['mentors:archive']({ id: mentor.id }))
    expect(await screen.findByText('All your mentors are archived')).toBeTruthy()
    expect(screen.queryByText('Add the people who guide you')).toBeNull()
    const toggle = screen.getByRole('switch', { name: 'Show archived' }) as HTMLInputElement
    expect(toggle.checked).toBe(false)
    await user.click(screen.getByRole('button', { name: 'Show archived mentors' }))
    await waitFor(() => expect(rowNames()).toEqual(['Émile', 'Zoë']))
    expect(toggle.checked).toBe(true)
    expect(within(rows()[0]!).getByText('Archived')).toBeTruthy()
    await user.click(toggle)
    expect(await screen.findByText('All your mentors are archived')).toBeTruthy()
  })

  it('names every cell of a row for screen readers, with the exact date of the next check-in', async () => {
    const { core } = await rosterWith(['Zoë'])
    const [zoe] = valueOf(await core.handlers['mentors:list']({}))
    valueOf(
      await core.handlers['mentors:update']({
        id: zoe!.id,
        changes: { cadenceWeeks: 2, expertise: ['Rust'], stage: 'active' },
      }),
    )
    const [entry] = valueOf(await core.handlers['mentors:roster']({}))
    const cell = (name: string) => within(rows()[0]!).getByRole('group', { name })
    await waitFor(() => expect(cell('Expertise').textContent).toBe('Rust'))
    expect(cell('Stage').textContent).toBe('Active')
    expect(cell('Last session').textContent).toBe('No sessions yet')
    expect(cell('Next check-in').textContent).toContain(`(${formatDate(entry!.nextCheckInAt!)})`)
    expect(cell('Open actions').textContent).toBe('0')
  })

  it('filters by stage and tag and sorts, from the controls above the list', async () => {
    const user = userEvent.setup()
    const { core, router } = await renderApp(await newDir(), '/mentors')
    const add = async (name: string, fields: object) =>
      valueOf(await core.handlers['mentors:create']({ name, ...fields }))
    const zoe = await add('Zoë', { stage: 'active', expertise: ['Rust', 'Leadership'], cadenceWeeks: 4 })
    await add('Émile', { stage: 'prospect', expertise: ['Design'], cadenceWeeks: 1 })
    const ana = await add('Ana', { stage: 'active', expertise: ['Design'] })
    for (const [mentor, date] of [
      [ana, '2026-11-20'],
      [zoe, '2026-10-01'],
    ] as const)
      valueOf(
        await core.handlers['sessions:create']({
          mentorId: mentor.id,
          date,
          time: '10:00',
          timeZone: 'UTC',
          status: 'held',
        }),
      )
    await waitFor(() => expect(rowNames()).toEqual(['Ana', 'Émile', 'Zoë']))

    await choose(user, 'Sort by', 'Last contact')
    await waitFor(() => expect(rowNames()).toEqual(['Ana', 'Zoë', 'Émile']))
    await choose(user, 'Sort by', 'Next check-in')
    // Zoë is due four weeks after 1 October, Émile a week after he was added; Ana has no cadence.
    await waitFor(() => expect(rowNames()).toEqual(['Zoë', 'Émile', 'Ana']))
    expect(router.state.location.search).toContain('sort=next-check-in')

    await choose(user, 'Filter by stage', 'Active')
    await waitFor(() => expect(rowNames()).toEqual(['Zoë', 'Ana']))
    expect(screen.getByText('Showing 2 of 3')).toBeTruthy()
    await user.keyboard('{Escape}')
    await choose(user, 'Filter by tag', 'Design')
    await waitFor(() => expect(rowNames()).toEqual(['Ana']))
    expect(router.state.location.search).toMatch(/stages=active.*tag=Design|tag=Design.*stages=active/)
  })

  it('shows right-to-left and emoji names as typed, and finds them by search', async () => {
    const user = userEvent.setup()
    await rosterWith(['أمينة الحسن', '🌱 Sprout Ōta', 'Émile'])
    for (const name of ['أمينة الحسن', '🌱 Sprout Ōta']) {
      const link = within(rows().find((row) => row.getAttribute('aria-label') === name)!).getByRole('link', { name })
      expect(link.getAttribute('dir')).toBe('auto')
    }
    const search = screen.getByRole('textbox', { name: 'Search mentors' })
    await user.type(search, 'الحسن')
    await waitFor(() => expect(rowNames()).toEqual(['أمينة الحسن']))
    await user.clear(search)
    await user.type(search, '🌱')
    await waitFor(() => expect(rowNames()).toEqual(['🌱 Sprout Ōta']))
  })
})
