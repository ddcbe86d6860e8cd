import { Badge, Group, Modal, Text, useMantineColorScheme, VisuallyHidden } from '@mantine/core'
import { Spotlight } from '@mantine/spotlight'
import {
  IconAdjustments,
  IconCalendarEvent,
  IconAddressBook,
  IconCalendarPlus,
  IconChecklist,
  IconFileExport,
  IconFileTypePdf,
  IconLayoutDashboard,
  IconMoon,
  IconNotes,
  IconPencilPlus,
  IconSearch,
  IconSun,
  IconSunMoon,
  IconTarget,
  IconTimeline,
  IconUserPlus,
  IconUsers,
} from '@tabler/icons-react'
import { useDeferredValue, useState } from 'react'
import { useNavigate } from 'react-router'
import type { Theme } from '../../../shared/model'
import type { SearchHit } from '../../../shared/requests/search'
import { matchesQuery } from '../../../shared/text'
import { send } from '../data/api'
import { useRead } from '../data/queries'
import { startCalendarImport, startContactsImport, startVcardExport } from '../pages/import/start-contacts-and-calendar'
import { useSessionDialog } from '../pages/sessions/SessionDialog'
import { Highlighted } from './Highlighted'

const kindLabels: Record<SearchHit['kind'], { label: string; icon: typeof IconUsers }> = {
  mentor: { label: 'Mentor', icon: IconUsers },
  note: { label: 'Note', icon: IconNotes },
  session: { label: 'Session', icon: IconCalendarEvent },
  action: { label: 'Action item', icon: IconChecklist },
  goal: { label: 'Goal', icon: IconTarget },
}

// Spotlight passes the list's other props to its ScrollArea.Autosize, whose viewport is what scrolls; its types omit them.
const resultsViewport = { viewportProps: { tabIndex: 0, 'aria-label': 'Results' } } as Record<string, unknown>

interface Command {
  id: string
  label: string
  icon: typeof IconUsers
  keywords: string
  run: () => void
}

/** Ctrl/Cmd+K: do anything (new mentor, log a session, export, go to a page, switch theme) or find anything written. */
export function CommandPalette() {
  const navigate = useNavigate()
  const openSession = useSessionDialog()
  const { setColorScheme } = useMantineColorScheme()
  const [query, setQuery] = useState('')
  const text = useDeferredValue(query.trim())
  const results = useRead('search:query', { text, limit: 12 }, { keepPrevious: true, enabled: text !== '' })
  const setTheme = (theme: Theme) => {
    setColorScheme(theme === 'system' ? 'auto' : theme)
    // The theme shows at once; one that could not be stored is simply not remembered next time.
    void send('settings:update', { theme }).catch(() => {})
  }
  const commands: Command[] = [
    {
      id: 'new-mentor',
      label: 'New mentor',
      icon: IconUserPlus,
      keywords: 'add person',
      run: () => void navigate('/mentors?new=1'),
    },
    {
      id: 'log-session',
      label: 'Log a session',
      icon: IconPencilPlus,
      keywords: 'record meeting',
      run: () => openSession({ mode: 'log' }),
    },
    {
      id: 'plan-session',
      label: 'Plan a session',
      icon: IconCalendarEvent,
      keywords: 'schedule meeting',
      run: () => openSession({ mode: 'plan' }),
    },
    {
      id: 'export',
      label: 'Export PDF',
      icon: IconFileTypePdf,
      keywords: 'print report history',
      run: () => void navigate('/export'),
    },
    {
      id: 'import-contacts',
      label: 'Import contacts',
      icon: IconAddressBook,
      keywords: 'vcard vcf csv linkedin google outlook apple address book mentors',
      run: () => void startContactsImport(),
    },
    {
      id: 'import-calendar',
      label: 'Import meetings from a calendar',
      icon: IconCalendarPlus,
      keywords: 'ics ical google outlook apple sessions',
      run: () => void startCalendarImport(),
    },
    {
      id: 'export-vcard',
      label: 'Export mentors as vCard',
      icon: IconFileExport,
      keywords: 'vcf contacts address book',
      run: () => void startVcardExport(),
    },
    {
      id: 'go-dashboard',
      label: 'Go to Dashboard',
      icon: IconLayoutDashboard,
      keywords: 'home',
      run: () => void navigate('/'),
    },
    {
      id: 'go-mentors',
      label: 'Go to Mentors',
      icon: IconUsers,
      keywords: 'roster',
      run: () => void navigate('/mentors'),
    },
    {
      id: 'go-timeline',
      label: 'Go to Timeline',
      icon: IconTimeline,
      keywords: 'sessions history',
      run: () => void navigate('/timeline'),
    },
    {
      id: 'go-actions',
      label: 'Go to Action items',
      icon: IconChecklist,
      keywords: 'todo tasks',
      run: () => void navigate('/actions'),
    },
    {
      id: 'go-goals',
      label: 'Go to Goals',
      icon: IconTarget,
      keywords: 'objectives',
      run: () => void navigate('/goals'),
    },
    {
      id: 'go-settings',
      label: 'Go to Settings',
      icon: IconAdjustments,
      keywords: 'preferences',
      run: () => void navigate('/settings'),
    },
    {
      id: 'theme-light',
      label: 'Switch to light theme',
      icon: IconSun,
      keywords: 'appearance',
      run: () => setTheme('light'),
    },
    {
      id: 'theme-dark',
      label: 'Switch to dark theme',
      icon: IconMoon,
      keywords: 'appearance night',
      run: () => setTheme('dark'),
    },
    {
      id: 'theme-system',
      label: 'Follow the system theme',
      icon: IconSunMoon,
      keywords: 'appearance auto',
      run: () => setTheme('system'),
    },
  ]
  const shownCommands = commands.filter((c) => matchesQuery(query, [c.label, c.keywords]))
  const hits = text ? (results.data ?? []) : []

  return (
    <Spotlight.Root
      query={query}
      onQueryChange={setQuery}
      onSpotlightClose={() => setQuery('')}
      shortcut={['mod + K']}
      scrollable
      maxHeight={480}
    >
      {/* The dialog's name: Mantine labels a modal by its title, here one only screen readers meet. */}
      <Modal.Title className={VisuallyHidden.classes.root}>Search and commands</Modal.Title>
      <Spotlight.Search
        placeholder="Search mentors, notes, sessions… or type a command"
        leftSection={<IconSearch size={18} />}
        aria-label="Search or run a command"
      />
      {/* Results move with the arrow keys from the search box; the list itself is a tab stop so it can be scrolled too. */}
      <Spotlight.ActionsList {...resultsViewport}>
        {shownCommands.length > 0 && (
          <Spotlight.ActionsGroup label="Commands">
            {shownCommands.slice(0, text ? 4 : commands.length).map((c) => (
              <Spotlight.Action key={c.id} label={c.label} leftSection={<c.icon size={18} />} onClick={c.run} />
            ))}
          </Spotlight.ActionsGroup>
        )}
        {hits.length > 0 && (
          <Spotlight.ActionsGroup label="Found">
            {hits.map((hit) => {
              const kind = kindLabels[hit.kind]
              return (
                <Spotlight.Action key={`${hit.kind}:${hit.id}`} onClick={() => void navigate(hit.target)}>
                  <Group wrap="nowrap" align="flex-start" gap="sm" w="100%">
                    <kind.icon size={18} style={{ flex: 'none', marginTop: 2 }} />
                    <div style={{ minWidth: 0, flex: 1 }}>
                      <Group gap={6} wrap="nowrap">
                        {/* Named by what it shows; the kind is said first, and its badge not twice. */}
                        <VisuallyHidden component="span">{kind.label}: </VisuallyHidden>
                        <Text size="sm" fw={600} truncate="end" dir="auto">
                          <Highlighted text={hit.title} ranges={hit.titleHighlights} />
                        </Text>
                        <Badge size="xs" variant="light" color="gray" style={{ flex: 'none' }} aria-hidden>
                          {kind.label}
                        </Badge>
                      </Group>
                      <Text size="xs" c="dimmed">
                        {hit.subtitle}
                      </Text>
                      {hit.snippet && (
                        <Text size="xs" lineClamp={2} dir="auto">
                          <Highlighted text={hit.snippet} ranges={hit.highlights} />
                        </Text>
                      )}
                    </div>
                  </Group>
                </Spotlight.Action>
              )
            })}
          </Spotlight.ActionsGroup>
        )}
        {text && hits.length === 0 && shownCommands.length === 0 && !results.isFetching && (
          <Spotlight.Empty>Nothing found for “{text}”. Try fewer words, or the start of a word.</Spotlight.Empty>
        )}
      </Spotlight.ActionsList>
    </Spotlight.Root>
  )
}
