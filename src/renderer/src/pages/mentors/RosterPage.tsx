import {
  Anchor,
  Button,
  EmptyState,
  Group,
  Kbd,
  MultiSelect,
  SegmentedControl,
  Select,
  Switch,
  Text,
  TextInput,
} from '@mantine/core'
import { useHotkeys } from '@mantine/hooks'
import {
  IconAddressBook,
  IconArchive,
  IconLayoutKanban,
  IconList,
  IconPlus,
  IconSearch,
  IconUsers,
} from '@tabler/icons-react'
import { useDeferredValue, useMemo, useRef, useState } from 'react'
import { Link } from 'react-router'
import { mentorStageLabels, mentorStages } from '../../../../shared/model'
import type { MentorStage } from '../../../../shared/model'
import { MentorFormModal } from '../../components/MentorFormModal'
import { Page } from '../../components/Page'
import { PageHeader } from '../../components/PageHeader'
import { useRead, useRoster } from '../../data/queries'
import { useSearchParamState } from '../../lib/use-search-param-state'
import { startContactsImport } from '../import/start-contacts-and-calendar'
import { AddMentorButton } from './AddMentorButton'
import { RosterBoard } from './RosterBoard'
import { RosterList } from './RosterList'
import type { RosterSort } from './roster-view'
import { rosterSortLabels, rosterSorts, tagsOf, viewRoster } from './roster-view'
import { plural } from '../../../../shared/text'
import { PageLoader } from '../../components/PageStates'
import { FilterSelect } from '../../components/FilterSelect'
import type { Icon } from '@tabler/icons-react'

const stageOptions = mentorStages.map((value) => ({ value, label: mentorStageLabels[value] }))
const sortOptions = rosterSorts.map((value) => ({ value, label: rosterSortLabels[value] }))

/** A choice of the view control: its icon, then its name. */
const viewOption = (value: string, name: string, ViewIcon: Icon) => ({
  value,
  label: (
    <Group gap={6} wrap="nowrap">
      <ViewIcon size={16} />
      {name}
    </Group>
  ),
})

/** The roster: everyone who guides the user, searchable, filterable, as a list or a board by stage. */
export function RosterPage() {
  const [params, set] = useSearchParamState()
  const view = params.get('view') === 'board' ? 'board' : 'list'
  const includeArchived = params.get('archived') === '1'
  const stagesParam = params.get('stages') ?? ''
  const stages = useMemo(() => stagesParam.split(',').filter(Boolean) as MentorStage[], [stagesParam])
  const tag = params.get('tag')
  const sort = (rosterSorts as readonly string[]).includes(params.get('sort') ?? '')
    ? (params.get('sort') as RosterSort)
    : 'name'
  const editingId = params.get('edit')
  const creating = params.get('new') === '1'

  const [query, setQuery] = useState('')
  const deferredQuery = useDeferredValue(query)
  const search = useRef<HTMLInputElement>(null)
  useHotkeys([['/', () => search.current?.focus()]])

  // Everyone, archived too: the page must know whether an empty roster means "none yet" or "all archived".
  const roster = useRoster(true)
  const orphans = useRead('notes:list', { mentorId: null })
  const everyone = useMemo(() => roster.data ?? [], [roster.data])
  const entries = useMemo(
    () => (includeArchived ? everyone : everyone.filter((e) => e.mentor.archivedAt === null)),
    [everyone, includeArchived],
  )
  const archivedCount = useMemo(() => everyone.filter((e) => e.mentor.archivedAt !== null).length, [everyone])
  const shown = useMemo(
    () => viewRoster(entries, { query: deferredQuery, stages, tag, sort }),
    [entries, deferredQuery, stages, tag, sort],
  )
  const tags = useMemo(() => tagsOf(entries), [entries])
  const editing = editingId ? entries.find((e) => e.mentor.id === editingId)?.mentor : undefined
  const filtered = deferredQuery.trim() !== '' || stages.length > 0 || tag !== null

  const hidden = !includeArchived && archivedCount > 0 ? `, ${archivedCount} archived` : ''
  const count = roster.data ? `${plural(entries.length, 'mentor')}${hidden}` : ''
  return (
    <Page wide>
      <PageHeader
        title="Mentors"
        description={count ? `${count} · the people who guide you, or could.` : 'The people who guide you, or could.'}
        actions={
          <>
            {entries.length > 0 && (
              <SegmentedControl
                aria-label="View"
                value={view}
                onChange={(value) => set({ view: value === 'board' ? 'board' : null })}
                data={[viewOption('list', 'List', IconList), viewOption('board', 'Board', IconLayoutKanban)]}
              />
            )}
            <AddMentorButton onAdd={() => set({ new: '1' })} />
          </>
        }
      />
      {roster.isPending ? (
        <PageLoader label="Loading mentors" />
      ) : roster.isError ? (
        <Text c="red">{roster.error.message}</Text>
      ) : everyone.length === 0 ? (
        <EmptyState
          mt="xl"
          variant="light"
          icon={<IconUsers />}
          title="Add the people who guide you"
          description="Start with one mentor: a manager, a former teacher, someone you admire. You can add their background, notes and sessions afterwards."
        >
          <EmptyState.Actions>
            <Button leftSection={<IconPlus size={16} />} onClick={() => set({ new: '1' })}>
              Add your first mentor
            </Button>
            <Button
              variant="default"
              leftSection={<IconAddressBook size={16} />}
              onClick={() => void startContactsImport()}
            >
              Import contacts…
            </Button>
          </EmptyState.Actions>
        </EmptyState>
      ) : (
        <>
          <Group mb="md" gap="sm" wrap="wrap">
            <TextInput
              ref={search}
              aria-label="Search mentors"
              placeholder="Search by name, organization or tag"
              leftSection={<IconSearch size={16} />}
              rightSection={<Kbd size="xs">/</Kbd>}
              value={query}
              onChange={(event) => setQuery(event.currentTarget.value)}
              onKeyDown={(event) => event.key === 'Escape' && setQuery('')}
              w={260}
            />
            <MultiSelect
              aria-label="Filter by stage"
              placeholder={stages.length ? undefined : 'All stages'}
              data={stageOptions}
              value={stages}
              onChange={(value) => set({ stages: value.join(',') })}
              clearable
              w={200}
            />
            <FilterSelect
              label="Filter by tag"
              placeholder="All tags"
              data={tags}
              value={tag}
              onChange={(value) => set({ tag: value })}
              w={170}
            />
            <Select
              aria-label="Sort by"
              data={sortOptions}
              value={sort}
              onChange={(value) => set({ sort: value === 'name' ? null : value })}
              allowDeselect={false}
              w={150}
              leftSection={
                <Text size="xs" c="dimmed" pl={4}>
                  Sort
                </Text>
              }
              leftSectionWidth={44}
            />
            <Switch
              label="Show archived"
              checked={includeArchived}
              onChange={(event) => set({ archived: event.currentTarget.checked ? '1' : null })}
            />
          </Group>
          {shown.length === 0 && !filtered ? (
            <EmptyState
              mt="xl"
              variant="light"
              icon={<IconArchive />}
              title="All your mentors are archived"
              description={`${archivedCount === 1 ? 'Your one mentor is' : `All ${archivedCount} mentors are`} hidden from the roster. Show them to restore one, or add someone new.`}
            >
              <EmptyState.Actions>
                <Button variant="default" onClick={() => set({ archived: '1' })}>
                  Show archived mentors
                </Button>
              </EmptyState.Actions>
            </EmptyState>
          ) : shown.length === 0 ? (
            <EmptyState
              mt="xl"
              icon={<IconSearch />}
              title="No mentors match"
              description="Try another word, or clear the filters."
            >
              <EmptyState.Actions>
                <Button
                  variant="default"
                  onClick={() => {
                    setQuery('')
                    set({ stages: null, tag: null })
                  }}
                >
                  Clear search and filters
                </Button>
              </EmptyState.Actions>
            </EmptyState>
          ) : view === 'board' ? (
            <RosterBoard entries={shown} />
          ) : (
            <RosterList entries={shown} filterKey={[deferredQuery, stagesParam, tag ?? '', sort].join('|')} />
          )}
          {filtered && shown.length > 0 && (
            <Text size="sm" c="dimmed" mt="sm" aria-live="polite">
              Showing {shown.length} of {entries.length}
            </Text>
          )}
        </>
      )}
      {(orphans.data?.length ?? 0) > 0 && (
        <Text size="sm" c="dimmed" mt="lg">
          <Anchor component={Link} to="/mentors/unknown">
            {orphans.data?.length} notes kept from deleted mentors
          </Anchor>
        </Text>
      )}
      <MentorFormModal
        key={editing?.id ?? (creating ? 'new' : 'closed')}
        opened={creating || editing !== undefined}
        mentor={editing}
        knownTags={tags}
        onClose={() => set({ new: null, edit: null })}
      />
    </Page>
  )
}
