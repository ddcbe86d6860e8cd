// The timeline page: its filters, and the export of planned sessions to a calendar file.
import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import type { SaveFile } from '../../src/main/core/ports'
import { localDateOf } from '../../src/renderer/src/pages/actions/action-groups'
import { userTimeZone } from '../../src/shared/time'
import { fixedClock, valueOf } from '../helpers/core'
import { appWithMentor, daysFromNow, timelineCards } from './session-app'

describe('timeline', () => {
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
    await waitFor(() => expect(within(feed()).getAllByRole('article', { name: /^Session with / })).toHaveLength(3))
    expect(within(feed()).getAllByRole('heading')[0]!.textContent).toBe('Upcoming')
    expect(within(feed()).getAllByRole('article', { name: /^Session with / })[0]!.textContent).toContain(
      'Quarterly review',
    )

    await user.type(screen.getByRole('textbox', { name: 'Search sessions' }), 'negociation')
    await waitFor(() =>
      expect(
        within(feed())
          .getAllByRole('article', { name: /^Session with / })
          .map((a) => a.textContent),
      ).toEqual([expect.stringContaining('Négociation tactics')]),
    )
    await user.clear(screen.getByRole('textbox', { name: 'Search sessions' }))
    await user.click(within(screen.getByRole('radiogroup', { name: 'Filter by status' })).getByText('Planned'))
    await waitFor(() => expect(within(feed()).getAllByRole('article', { name: /^Session with / })).toHaveLength(1))
  })

  it('filters the timeline by mentor and by goal', async () => {
    const user = userEvent.setup()
    const { core, mentor } = await appWithMentor()
    const emile = valueOf(await core.handlers['mentors:create']({ name: 'Émile Durand', stage: 'active' }))
    const goal = valueOf(await core.handlers['goals:create']({ title: 'Speak at a conference' }))
    const make = (mentorId: string, days: number, takeaways: string, goalIds: string[] = []) =>
      core.handlers['sessions:create']({
        mentorId,
        date: daysFromNow(days),
        time: '10:00',
        timeZone: 'UTC',
        takeaways,
        goalIds,
      })
    valueOf(await make(mentor.id, -30, 'Zoë on negotiation'))
    valueOf(await make(mentor.id, -20, 'Zoë on the talk proposal', [goal.id]))
    valueOf(await make(emile.id, -10, 'Émile on public speaking', [goal.id]))
    valueOf(await make(emile.id, -5, 'Émile on hiring'))
    await waitFor(() => expect(timelineCards()).toHaveLength(4))

    await user.click(screen.getByRole('combobox', { name: 'Filter by mentor' }))
    await user.click(await screen.findByRole('option', { name: 'Émile Durand' }))
    await waitFor(() =>
      expect(timelineCards()).toEqual([
        expect.stringContaining('Émile on hiring'),
        expect.stringContaining('Émile on public speaking'),
      ]),
    )

    await user.click(screen.getByRole('combobox', { name: 'Filter by goal' }))
    await user.click(await screen.findByRole('option', { name: 'Speak at a conference' }))
    await waitFor(() => expect(timelineCards()).toEqual([expect.stringContaining('Émile on public speaking')]))

    // Every mentor again, still by goal.
    await user.click(screen.getByRole('combobox', { name: 'Filter by mentor' }))
    await user.click(await screen.findByRole('option', { name: 'Émile Durand' }))
    await waitFor(() =>
      expect(timelineCards()).toEqual([
        expect.stringContaining('Émile on public speaking'),
        expect.stringContaining('Zoë on the talk proposal'),
      ]),
    )
  })

  it('filters the timeline by a date range, both of its days included', async () => {
    const user = userEvent.setup()
    const { core, mentor } = await appWithMentor()
    // Days of the month the date picker opens on; plans may lie in the past, so any day of it will do.
    const now = new Date()
    const day = (d: number) => new Date(now.getFullYear(), now.getMonth(), d)
    const label = (d: number) =>
      new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric' }).format(day(d))
    for (const [d, agenda] of [
      [3, 'On the 3rd'],
      [10, 'On the 10th'],
      [14, 'On the 14th'],
      [25, 'On the 25th'],
    ] as const) {
      valueOf(
        await core.handlers['sessions:create']({
          mentorId: mentor.id,
          date: localDateOf(day(d)),
          time: '10:00',
          // The user's own zone: the picker's days are the user's days.
          timeZone: userTimeZone(),
          status: 'planned',
          agenda,
        }),
      )
    }
    await waitFor(() => expect(timelineCards()).toHaveLength(4))

    await user.click(screen.getByRole('button', { name: /^Filter by dates/ }))
    await user.click(await screen.findByRole('button', { name: label(10) }))
    await user.click(screen.getByRole('button', { name: label(14) }))
    await waitFor(() =>
      expect(timelineCards()).toEqual([expect.stringContaining('On the 10th'), expect.stringContaining('On the 14th')]),
    )
    expect(timelineCards().join(' ')).not.toMatch(/On the (3rd|25th)/)
  })

  describe('calendar export', () => {
    /** A save dialog that records what it was asked to save, and saves it. */
    const recordingSaves = () => {
      const asked: SaveFile[] = []
      const saveFile = async (file: SaveFile) => {
        asked.push(file)
        return `/home/me/${file.suggestedName}`
      }
      return { asked, saveFile }
    }
    const exportUpcoming = async (user: ReturnType<typeof userEvent.setup>) => {
      await user.click(screen.getByRole('button', { name: 'Plan' }))
      await user.click(await screen.findByRole('menuitem', { name: 'Export upcoming to calendar (.ics)' }))
    }

    it('says there is nothing to export, without opening the save dialog, when no session is planned ahead', async () => {
      const user = userEvent.setup()
      const saves = recordingSaves()
      const { core, mentor } = await appWithMentor('/timeline', { ports: { saveFile: saves.saveFile } })
      const base = { mentorId: mentor.id, time: '10:00', timeZone: 'UTC' }
      valueOf(await core.handlers['sessions:create']({ ...base, date: daysFromNow(-3), status: 'held' }))
      valueOf(await core.handlers['sessions:create']({ ...base, date: daysFromNow(-2), status: 'planned' }))
      await waitFor(() =>
        expect(
          within(screen.getByRole('feed', { name: 'Sessions' })).getAllByRole('article', { name: /^Session with / }),
        ).toHaveLength(2),
      )

      await exportUpcoming(user)
      expect(await screen.findByText('There are no upcoming planned sessions to export.')).toBeTruthy()
      expect(saves.asked).toEqual([])
    })

    it('saves the upcoming planned sessions through the save dialog', async () => {
      const user = userEvent.setup()
      const saves = recordingSaves()
      const { core, mentor } = await appWithMentor('/timeline', { ports: { saveFile: saves.saveFile } })
      const base = { mentorId: mentor.id, time: '10:00', timeZone: 'UTC', status: 'planned' as const }
      valueOf(await core.handlers['sessions:create']({ ...base, date: daysFromNow(5) }))
      valueOf(await core.handlers['sessions:create']({ ...base, date: daysFromNow(12) }))
      await waitFor(() =>
        expect(
          within(screen.getByRole('feed', { name: 'Sessions' })).getAllByRole('article', { name: /^Session with / }),
        ).toHaveLength(2),
      )

      await exportUpcoming(user)
      expect(await screen.findByText('Calendar file saved')).toBeTruthy()
      expect(screen.getByText(/^2 sessions in \/home\/me\/mentoring-sessions-.*\.ics$/)).toBeTruthy()
      expect(saves.asked).toHaveLength(1)
    })

    it('says there is nothing to export when core finds none left (the last one started meanwhile)', async () => {
      const user = userEvent.setup()
      const saves = recordingSaves()
      // Core's clock is a month ahead of this window's: what the window still sees as ahead has passed for core.
      const { core, mentor } = await appWithMentor('/timeline', {
        ports: { saveFile: saves.saveFile },
        clock: fixedClock(new Date(Date.now() + 30 * 86_400_000).toISOString()),
      })
      valueOf(
        await core.handlers['sessions:create']({
          mentorId: mentor.id,
          date: daysFromNow(10),
          time: '10:00',
          timeZone: 'UTC',
          status: 'planned',
        }),
      )
      await waitFor(() =>
        expect(
          within(screen.getByRole('feed', { name: 'Sessions' })).getAllByRole('article', { name: /^Session with / }),
        ).toHaveLength(1),
      )

      await exportUpcoming(user)
      expect(await screen.findByText(/no (upcoming )?planned sessions/i)).toBeTruthy()
      expect(screen.queryByText('Not exported')).toBeNull()
      expect(screen.queryByText('Calendar file saved')).toBeNull()
    })
  })
})
