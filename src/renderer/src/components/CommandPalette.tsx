import { Badge, Group, Modal, Text, useMantineColorScheme, VisuallyHidden } from '@mantine/core'
import { Spotlight } from '@mantine/spotlight'
import {
  IconCalendarEvent,
  IconHeartHandshake,
  IconAddressBook,
  IconCalendarPlus,
  IconChecklist,
  IconFileExport,
  IconFileTypePdf,
  IconMoon,
  IconNotes,
  IconPencilPlus,
  IconSearch,
  IconSun,
  IconSunMoon,
  IconTarget,
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
import type { Icon } from '@tabler/icons-react'
import type { Section } from '../layout/sections'
import { sections } from '../layout/sections'

const kindLabels: Record<SearchHit['kind'], { label: string; icon: Icon }> = {
  mentor: { label: 'Mentor', icon: IconUsers },
  note: { label: 'Note', icon: IconNotes },
  session: { label: 'Session', icon: IconCalendarEvent },
  action: { label: 'Action item', icon: IconChecklist },
  goal: { label: 'Goal', icon: IconTarget },
  wrapUp: { label: 'Wrap-up', icon: IconHeartHandshake },
  agreement: { label: 'Agreement', icon: IconHeartHandshake },
  checkIn: { label: 'Check-in', icon: IconHeartHandshake },
}

// Spotlight passes the list's other props to its ScrollArea.Autosize, whose viewport is what scrolls; its types omit them.
const resultsViewport = { viewportProps: { tabIndex: 0, 'aria-label': 'Results' } } as Record<string, unknown>

interface Command {
  id: string
  label: string
  icon: Icon
  keywords: string
  run: () => void
}

/** One command of the palette: what it is called, its icon, other words it is found by, and what it does. */
const command = (id: string, label: string, icon: Icon, keywords: string, run: () => void): Command => ({
  id,
  label,
  icon,
  keywords,
  run,
})

const contactsWords = 'vcard vcf csv linkedin google outlook apple address book mentors'
const calendarWords = 'ics ical google outlook apple sessions'

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
  const goTo = ({ to, label, icon, keywords }: Section): Command => ({
    id: `go-${to.slice(1) || 'dashboard'}`,
    label: `Go to ${label}`,
    icon,
    keywords,
    run: () => void navigate(to),
  })
  const theme = (value: Theme, label: string, icon: Icon, keywords: string) =>
    command(`theme-${value}`, label, icon, keywords, () => setTheme(value))
  const commands: Command[] = [
    command('new-mentor', 'New mentor', IconUserPlus, 'add person', () => void navigate('/mentors?new=1')),
    command('log-session', 'Log a session', IconPencilPlus, 'record meeting', () => openSession({ mode: 'log' })),
    command('plan-session', 'Plan a session', IconCalendarEvent, 'schedule meeting', () =>
      openSession({ mode: 'plan' }),
    ),
    command('export', 'Export PDF', IconFileTypePdf, 'print report history', () => void navigate('/export')),
    command('import-contacts', 'Import contacts', IconAddressBook, contactsWords, () => void startContactsImport()),
    command('import-calendar', 'Import meetings from a calendar', IconCalendarPlus, calendarWords, () => {
      void startCalendarImport()
    }),
    command('export-vcard', 'Export mentors as vCard', IconFileExport, 'vcf contacts address book', () => {
      void startVcardExport()
    }),
    ...sections.map(goTo),
    theme('light', 'Switch to light theme', IconSun, 'appearance'),
    theme('dark', 'Switch to dark theme', IconMoon, 'appearance night'),
    theme('system', 'Follow the system theme', IconSunMoon, 'appearance auto'),
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
