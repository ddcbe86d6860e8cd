import { Alert, Badge, Button, Group, Loader, Stack, Tabs, Text } from '@mantine/core'
import { IconArchive, IconCalendarEvent, IconPencilPlus } from '@tabler/icons-react'
import { Suspense, lazy } from 'react'
import { useParams } from 'react-router'
import { noteSectionLabels, noteSections } from '../../../../shared/model'
import type { NoteSection } from '../../../../shared/model'
import { MentorFormModal } from '../../components/MentorFormModal'
import { Page } from '../../components/Page'
import { toggleArchived } from '../../components/mentor-commands'
import { useRoster } from '../../data/queries'
import { useSearchParamState } from '../../lib/use-search-param-state'
import { MentorHeader } from './MentorHeader'
import { AgreementSection } from './AgreementSection'
import { NotesSection } from './NotesSection'
import { tagsOf } from './roster-view'
import { useSessionDialog } from '../sessions/SessionDialog'
import { SessionTimeline } from '../sessions/TimelinePage'
import { BackLink, NotFoundNotice, PageLoader } from '../../components/PageStates'
import { useMentorNotes } from './use-mentor-notes'
import { OutcomesSection } from './OutcomesSection'
import { WrapUpSection } from './WrapUpSection'

// The check-ins tab (and its chart) loads when first opened: most visits to a mentor are for their sessions.
const CheckInsSection = lazy(() => import('./CheckInsSection').then((m) => ({ default: m.CheckInsSection })))

/** One mentor: profile, quick actions, and background, interests, achievements and notes. */
export function MentorPage() {
  const { id = '' } = useParams()
  const [params, setParam] = useSearchParamState()
  // Sessions first: the record of the mentoring; then what the user knows about the mentor.
  const tabParam = params.get('tab') ?? ''
  const tab: NoteSection | 'sessions' | 'check-ins' = (noteSections as readonly string[]).includes(tabParam)
    ? (tabParam as NoteSection)
    : tabParam === 'check-ins'
      ? 'check-ins'
      : 'sessions'
  const composing = params.get('compose') === '1'
  const editing = params.get('edit') === '1'
  const openSessionDialog = useSessionDialog()
  const roster = useRoster(true)
  const entry = roster.data?.find((e) => e.mentor.id === id)
  const { notes, draftMap, ready } = useMentorNotes(id)

  if (roster.isPending) {
    return (
      <Page>
        <PageLoader label="Loading mentor" />
      </Page>
    )
  }
  if (!entry) {
    return (
      <NotFoundNotice
        title="This mentor is not here"
        reason="They may have been deleted."
        back={{ to: '/mentors', label: 'Back to your mentors' }}
      />
    )
  }

  const bySection = (section: NoteSection) => (notes.data ?? []).filter((n) => n.section === section)
  return (
    <Page>
      <Stack gap="lg">
        <BackLink to="/mentors">All mentors</BackLink>
        {entry.mentor.archivedAt && (
          <Alert color="gray" icon={<IconArchive />} title="Archived">
            <Group justify="space-between">
              <Text size="sm">{entry.mentor.name} is hidden from your roster. Their notes are all here.</Text>
              <Button size="xs" variant="default" onClick={() => void toggleArchived(entry.mentor)}>
                Restore
              </Button>
            </Group>
          </Alert>
        )}
        <MentorHeader
          entry={entry}
          onAddNote={() => setParam({ tab: 'notes', compose: '1' })}
          onEdit={() => setParam({ edit: '1' })}
        />
        <WrapUpSection mentor={entry.mentor} />
        <AgreementSection mentor={entry.mentor} />
        <OutcomesSection mentor={entry.mentor} />
        <Tabs
          value={tab}
          onChange={(value) => setParam({ tab: value, compose: null, checkIn: null })}
          keepMounted={false}
        >
          <Tabs.List>
            <Tabs.Tab
              value="sessions"
              rightSection={
                entry.sessionCount > 0 ? (
                  <Badge size="xs" variant="light" circle>
                    {entry.sessionCount}
                  </Badge>
                ) : null
              }
            >
              Sessions
            </Tabs.Tab>
            {noteSections.map((section) => (
              <Tabs.Tab
                key={section}
                value={section}
                rightSection={
                  bySection(section).length > 0 ? (
                    <Badge size="xs" variant="light" circle>
                      {bySection(section).length}
                    </Badge>
                  ) : null
                }
              >
                {noteSectionLabels[section]}
              </Tabs.Tab>
            ))}
            <Tabs.Tab value="check-ins">Check-ins</Tabs.Tab>
          </Tabs.List>
          <Tabs.Panel value="sessions" pt="md">
            <Group mb="md">
              <Button
                leftSection={<IconPencilPlus size={16} />}
                onClick={() => openSessionDialog({ mode: 'log', mentorId: id })}
              >
                Log session
              </Button>
              <Button
                variant="default"
                leftSection={<IconCalendarEvent size={16} />}
                onClick={() => openSessionDialog({ mode: 'plan', mentorId: id })}
              >
                Plan next session
              </Button>
            </Group>
            <SessionTimeline mentorId={id} />
          </Tabs.Panel>
          {noteSections.map((section) => (
            <Tabs.Panel key={section} value={section} pt="md">
              {ready ? (
                <NotesSection
                  mentorId={id}
                  section={section}
                  notes={bySection(section)}
                  drafts={draftMap}
                  composing={composing && tab === section}
                  onComposingChange={(open) => setParam({ compose: open ? '1' : null })}
                />
              ) : (
                <Loader size="sm" aria-label="Loading notes" />
              )}
            </Tabs.Panel>
          ))}
          <Tabs.Panel value="check-ins" pt="md">
            <Suspense fallback={<PageLoader label="Loading check-ins" />}>
              <CheckInsSection mentorId={id} mentorName={entry.mentor.name} />
            </Suspense>
          </Tabs.Panel>
        </Tabs>
      </Stack>
      <MentorFormModal
        key={editing ? 'editing' : 'closed'}
        opened={editing}
        mentor={entry.mentor}
        knownTags={tagsOf(roster.data ?? [])}
        onClose={() => setParam({ edit: null })}
      />
    </Page>
  )
}
