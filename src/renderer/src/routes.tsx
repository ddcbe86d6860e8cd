import { useMantineColorScheme } from '@mantine/core'
import { useQueryClient } from '@tanstack/react-query'
import { useEffect } from 'react'
import type { RouteObject } from 'react-router'
import { AppLayout } from './layout/AppLayout'
import { refreshOnDataChanges, useApiQuery } from './lib/api'
import { DashboardPage } from './pages/dashboard/DashboardPage'
import { MentorPage } from './pages/mentors/MentorPage'
import { RosterPage } from './pages/mentors/RosterPage'
import { UnknownMentorPage } from './pages/mentors/UnknownMentorPage'
import { ActionItemsPage } from './pages/actions/ActionItemsPage'
import { GoalsPage } from './pages/goals/GoalsPage'
import { ExportPage } from './pages/export/ExportPage'
import { NotFoundPage } from './pages/NotFoundPage'
import { SessionDialogProvider } from './pages/sessions/SessionDialog'
import { SessionPage } from './pages/sessions/SessionPage'
import { TimelinePage } from './pages/sessions/TimelinePage'
import { SettingsPage } from './pages/SettingsPage'

/** Applies the stored theme; Mantine remembers it locally so the next start paints right away. */
function useStoredTheme() {
  const settings = useApiQuery(['settings'], (api) => api.settings.get())
  const { setColorScheme } = useMantineColorScheme()
  const theme = settings.data?.theme
  useEffect(() => {
    if (theme) setColorScheme(theme === 'system' ? 'auto' : theme)
  }, [theme, setColorScheme])
}

/** The root of every page: keeps the data fresh and the theme applied, inside the app's frame. */
function Root() {
  const client = useQueryClient()
  useEffect(() => refreshOnDataChanges(client), [client])
  useStoredTheme()
  return (
    <SessionDialogProvider>
      <AppLayout />
    </SessionDialogProvider>
  )
}

/** Every page of the app; a hash router in the app, a memory router in tests. */
export const routes: RouteObject[] = [
  {
    element: <Root />,
    children: [
      { index: true, element: <DashboardPage /> },
      { path: 'mentors', element: <RosterPage /> },
      { path: 'mentors/unknown', element: <UnknownMentorPage /> },
      { path: 'mentors/:id', element: <MentorPage /> },
      { path: 'timeline', element: <TimelinePage /> },
      { path: 'sessions/:id', element: <SessionPage /> },
      { path: 'actions', element: <ActionItemsPage /> },
      { path: 'goals', element: <GoalsPage /> },
      { path: 'export', element: <ExportPage /> },
      { path: 'settings', element: <SettingsPage /> },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]
