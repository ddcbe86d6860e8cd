import {
  AppShell,
  Box,
  Button,
  Group,
  Image,
  Kbd,
  NavLink,
  ScrollArea,
  Stack,
  Text,
  UnstyledButton,
} from '@mantine/core'
import { spotlight } from '@mantine/spotlight'
import { IconPencilPlus, IconSearch } from '@tabler/icons-react'
import { useHotkeys } from '@mantine/hooks'
import { useEffect } from 'react'
import { NavLink as RouterLink, Outlet, useLocation, useNavigate } from 'react-router'
import { LiveAnnouncer } from '../a11y/announce'
import { SkipLink } from '../a11y/SkipLink'
import { useUndoShortcut } from '../a11y/undo-shortcut'
import { CommandPalette } from '../components/CommandPalette'
import { ErrorBoundary } from '../components/ErrorBoundary'
import { ReminderCenter } from '../components/ReminderCenter'
import { StoreNotices } from '../components/StoreNotices'
import { StoreStatusBanner } from '../components/StoreStatusBanner'
import logo from '../../../../resources/icon.svg'
import { subscribe } from '../data/api'
import { useRead } from '../data/queries'
import { useSessionDialog } from '../pages/sessions/SessionDialog'
import classes from './AppLayout.module.css'
import { sections } from './sections'

/** Follows `navigate` events from the host (menu items, notification clicks). */
function useHostNavigation() {
  const navigate = useNavigate()
  useEffect(
    () =>
      subscribe('navigate', ({ path }) => {
        if (typeof path === 'string' && path.startsWith('/')) void navigate(path)
      }),
    [navigate],
  )
}

/** The window's frame: navigation on the left, the page on the right, the data file's status above it. */
export function AppLayout() {
  useHostNavigation()
  const navigate = useNavigate()
  // N adds a mentor from anywhere (ignored while typing in a field).
  useHotkeys([['n', () => void navigate('/mentors?new=1')]])
  useUndoShortcut()
  const openSessionDialog = useSessionDialog()
  const location = useLocation()
  const info = useRead('app:info')

  return (
    <AppShell navbar={{ width: 220, breakpoint: 0 }} padding={0}>
      <SkipLink />
      <AppShell.Navbar className={classes.navbar} aria-label="Main navigation">
        <Group gap="xs" px="md" py="md" wrap="nowrap">
          <Image src={logo} alt="" w={32} h={32} />
          <Text fw={700} size="md">
            Mentor Tracker
          </Text>
        </Group>
        <Group px="sm" pb="sm" gap="xs" wrap="nowrap">
          <Button
            style={{ flex: 1 }}
            variant="light"
            leftSection={<IconPencilPlus size={16} />}
            title="Log a session (L)"
            onClick={() => openSessionDialog({ mode: 'log' })}
          >
            Log session
          </Button>
          <ReminderCenter />
        </Group>
        <Box px="sm" pb="sm">
          {/* Named by what it shows ("Search Ctrl K"), so speech users can say what they see. */}
          <UnstyledButton
            className={classes.search}
            onClick={() => spotlight.open()}
            aria-keyshortcuts="Control+K Meta+K"
          >
            <IconSearch size={16} />
            <Text size="sm" c="dimmed" style={{ flex: 1 }}>
              Search
            </Text>
            <Kbd size="xs">{navigator.platform.startsWith('Mac') ? '⌘' : 'Ctrl'} K</Kbd>
          </UnstyledButton>
        </Box>
        <ScrollArea px="xs" style={{ flex: 1 }}>
          <Stack gap={2}>
            {sections.map(({ to, label, icon: Icon }) => (
              <NavLink
                key={to}
                component={RouterLink}
                to={to}
                // The dashboard is active only on itself, not on every page below it.
                end={to === '/'}
                label={label}
                leftSection={<Icon size={18} stroke={1.6} />}
                className={classes.link}
              />
            ))}
          </Stack>
        </ScrollArea>
        {info.data && (
          <Text size="xs" c="dimmed" px="md" py="sm">
            Version {info.data.version}
          </Text>
        )}
      </AppShell.Navbar>
      <AppShell.Main className={classes.main} id="main-content" tabIndex={-1}>
        {info.data && info.data.status.mode !== 'ok' && info.data.status.mode !== 'new' && (
          <Box px="xl" pt="md">
            <StoreStatusBanner status={info.data.status} />
          </Box>
        )}
        <ErrorBoundary key={location.pathname}>
          <Outlet />
        </ErrorBoundary>
      </AppShell.Main>
      <CommandPalette />
      <StoreNotices />
      <LiveAnnouncer />
    </AppShell>
  )
}
