import { useMantineColorScheme } from '@mantine/core'
import { useQueryClient } from '@tanstack/react-query'
import { useEffect } from 'react'
import type { ComponentType } from 'react'
import type { RouteObject } from 'react-router'
import { AppLayout } from './layout/AppLayout'
import { refreshOnDataChanges, useSettings } from './data/queries'
import { RosterPage } from './pages/mentors/RosterPage'
import { SessionDialogProvider } from './pages/sessions/SessionDialog'
import { WrapUpDialogProvider } from './pages/mentors/WrapUpDialog'
import { TimelinePage } from './pages/sessions/TimelinePage'

/** Applies the stored theme; Mantine remembers it locally so the next start paints right away. */
function useStoredTheme() {
  const settings = useSettings()
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
      <WrapUpDialogProvider>
        <AppLayout />
      </WrapUpDialogProvider>
    </SessionDialogProvider>
  )
}

/**
 * Every page of the app; a hash router in the app, a memory router in tests. The roster and the
 * timeline come with the app; the other pages (the dashboard's charts, the editors, export,
 * settings) load when first opened, so the app's first screen parses less script.
 */
export const routes: RouteObject[] = [
  {
    element: <Root />,
    children: [
      { index: true, lazy: page(() => import('./pages/dashboard/DashboardPage'), 'DashboardPage') },
      { path: 'mentors', element: <RosterPage /> },
      { path: 'mentors/unknown', lazy: page(() => import('./pages/mentors/UnknownMentorPage'), 'UnknownMentorPage') },
      { path: 'mentors/:id', lazy: page(() => import('./pages/mentors/MentorPage'), 'MentorPage') },
      { path: 'timeline', element: <TimelinePage /> },
      { path: 'sessions/:id', lazy: page(() => import('./pages/sessions/SessionPage'), 'SessionPage') },
      { path: 'sessions/:id/brief', lazy: page(() => import('./pages/sessions/BriefPage'), 'BriefPage') },
      { path: 'actions', lazy: page(() => import('./pages/actions/ActionItemsPage'), 'ActionItemsPage') },
      { path: 'goals', lazy: page(() => import('./pages/goals/GoalsPage'), 'GoalsPage') },
      { path: 'export', lazy: page(() => import('./pages/export/ExportPage'), 'ExportPage') },
      { path: 'settings', lazy: page(() => import('./pages/SettingsPage'), 'SettingsPage') },
      { path: '*', lazy: page(() => import('./pages/NotFoundPage'), 'NotFoundPage') },
    ],
  },
]

/** A route's page loaded on first visit: the module, and the name of the component it exports. */
function page<Name extends string>(load: () => Promise<Record<Name, ComponentType>>, name: Name) {
  return async () => ({ Component: (await load())[name] })
}
