// The app on a fresh data file with one mentor, for the sessions and timeline component tests.
import { screen, within } from '@testing-library/react'
import { systemClock } from '../../src/main/core/clock'
import type { CoreOptions } from '../../src/main/core/create-core'
import { valueOf } from '../helpers/core'
import { dataAfterRestart } from '../helpers/restart'
import { tempDirs } from '../helpers/temp'
import { renderApp } from './render-app'

const newDir = tempDirs()

/** The data as the app would show it after a restart. */
export const onDisk = dataAfterRestart

/** The local date `days` from today, as YYYY-MM-DD. */
export const daysFromNow = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10)

/** The app at `route`, on the system clock unless told otherwise, with Zoë as an active mentor. */
export async function appWithMentor(route = '/timeline', options: Partial<CoreOptions> = {}) {
  const app = await renderApp(await newDir(), route, { clock: systemClock, ...options })
  const mentor = valueOf(await app.core.handlers['mentors:create']({ name: 'Zoë Ångström-李', stage: 'active' }))
  return { ...app, mentor }
}

/** The text of each session card the timeline shows, top to bottom (each month's heading is an article of the feed too). */
export const timelineCards = () =>
  within(screen.getByRole('feed', { name: 'Sessions' }))
    .queryAllByRole('article', { name: /^Session with / })
    .map((a) => a.textContent)
