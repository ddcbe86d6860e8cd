import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { valueOf } from '../helpers/core'
import { tempDirs } from '../helpers/temp'
import { renderApp } from './render-app'

const newDir = tempDirs()
const slow = { timeout: 10_000 }

describe('dashboard: agreements to review', () => {
  it('shows an agreement whose review date has come, leading to the mentor page, and none before', async () => {
    const user = userEvent.setup()
    const app = await renderApp(await newDir(), '/')
    const { core } = app
    const zoe = valueOf(await core.handlers['mentors:create']({ name: 'Zoë Ångström-李', stage: 'active' }))
    const ben = valueOf(await core.handlers['mentors:create']({ name: 'Ben Okafor', stage: 'active' }))
    // The core's clock stands at 27 Nov 2026: Zoë's review came two days ago, Ben's is next month.
    valueOf(await core.handlers['agreements:save']({ mentorId: zoe.id, focus: 'Design docs', reviewOn: '2026-11-25' }))
    valueOf(await core.handlers['agreements:save']({ mentorId: ben.id, focus: 'Hiring', reviewOn: '2026-12-20' }))
    await core.wake()

    const section = await screen.findByRole('region', { name: 'Agreements to review' }, slow)
    const rows = within(section).getAllByRole('listitem')
    expect(rows.map((r) => r.getAttribute('aria-label'))).toEqual(['Review your agreement with Zoë'])
    await user.click(within(section).getByRole('link', { name: 'Review your agreement with Zoë' }))
    await screen.findByRole('heading', { name: 'Zoë Ångström-李', level: 1 }, slow)
    expect(await screen.findByRole('region', { name: 'Agreement' }, slow)).toBeTruthy()
  })
})
