import { useMantineColorScheme } from '@mantine/core'
import { useQueryClient } from '@tanstack/react-query'
import { useEffect } from 'react'
import { Route, Routes } from 'react-router'
import { AppLayout } from './layout/AppLayout'
import { refreshOnDataChanges, useApiQuery } from './lib/api'
import { DashboardPage } from './pages/DashboardPage'
import { MentorsPage } from './pages/MentorsPage'
import { GoalsPage, NotFoundPage, TimelinePage } from './pages/PlaceholderPages'
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

/** The app: routes inside the shell, kept in sync with the data. */
export function App() {
  const client = useQueryClient()
  useEffect(() => refreshOnDataChanges(client), [client])
  useStoredTheme()
  return (
    <Routes>
      <Route element={<AppLayout />}>
        <Route index element={<DashboardPage />} />
        <Route path="mentors" element={<MentorsPage />} />
        <Route path="timeline" element={<TimelinePage />} />
        <Route path="goals" element={<GoalsPage />} />
        <Route path="settings" element={<SettingsPage />} />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  )
}
