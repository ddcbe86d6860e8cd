import { Alert, Anchor, Badge, Button, Group, Loader, Stack, Tabs, Text } from '@mantine/core'
import { IconArchive, IconArrowLeft } from '@tabler/icons-react'
import { useMemo } from 'react'
import { Link, useParams } from 'react-router'
import { noteSectionLabels, noteSections } from '../../../../shared/model'
import type { Draft, NoteSection } from '../../../../shared/model'
import { MentorFormModal } from '../../components/MentorFormModal'
import { Page } from '../../components/Page'
import { toggleArchived } from '../../components/use-mentor-actions'
import { useApiQuery } from '../../lib/api'
import { useSearchParamState } from '../../lib/use-search-param-state'
import { MentorHeader } from './MentorHeader'
import { NotesSection } from './NotesSection'
import { tagsOf } from './roster-view'
import { useRoster } from './RosterPage'

/** The notes and drafts of one mentor (or, with null, of the deleted ones whose notes were kept). */
export function useMentorNotes(mentorId: string | null) {
  const notes = useApiQuery(['notes', 'of', mentorId], (api) => api.notes.list({ mentorId }))
  const drafts = useApiQuery(['drafts', 'notes', mentorId], (api) =>
    api.drafts.list({ prefix: `note:${mentorId ?? 'unknown'}:` }),
  )
  const draftMap = useMemo(() => new Map<string, Draft>((drafts.data ?? []).map((d) => [d.key, d])), [drafts.data])
  return { notes, drafts, draftMap, ready: notes.isSuccess && drafts.isSuccess }
}

/** One mentor: profile, quick actions, and background, interests, achievements and notes. */
export function MentorPage() {
  const { id = '' } = useParams()
  const [params, setParam] = useSearchParamState()
  const tab = (noteSections as readonly string[]).includes(params.get('tab') ?? '')
    ? (params.get('tab') as NoteSection)
    : 'background'
  const composing = params.get('compose') === '1'
  const editing = params.get('edit') === '1'
  const roster = useRoster(true)
  const entry = roster.data?.find((e) => e.mentor.id === id)
  const { notes, draftMap, ready } = useMentorNotes(id)

  if (roster.isPending) {
    return (
      <Page>
        <Group justify="center" py="xl">
          <Loader aria-label="Loading mentor" />
        </Group>
      </Page>
    )
  }
  if (!entry) {
    return (
      <Page>
        <Alert color="gray" title="This mentor is not here">
          They may have been deleted.{' '}
          <Anchor component={Link} to="/mentors">
            Back to your mentors
          </Anchor>
        </Alert>
      </Page>
    )
  }

  const bySection = (section: NoteSection) => (notes.data ?? []).filter((n) => n.section === section)
  return (
    <Page>
      <Stack gap="lg">
        <Anchor component={Link} to="/mentors" size="sm" c="dimmed">
          <Group gap={4}>
            <IconArrowLeft size={14} /> All mentors
          </Group>
        </Anchor>
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
        <Tabs value={tab} onChange={(value) => setParam({ tab: value, compose: null })} keepMounted={false}>
          <Tabs.List>
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
          </Tabs.List>
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
