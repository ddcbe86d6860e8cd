import { Alert, Button, EmptyState, Group, Stack, Switch, Text } from '@mantine/core'
import { IconChecklist, IconPlus, IconTimeline, IconUser } from '@tabler/icons-react'
import { useCallback, useMemo } from 'react'
import { Link } from 'react-router'
import type { Mentor } from '../../../../shared/model'
import type { SessionSummary } from '../../../../shared/requests/sessions'
import { Page } from '../../components/Page'
import { PageHeader } from '../../components/PageHeader'
import { useRead, useRoster } from '../../data/queries'
import { nameCollator } from '../../lib/name-collator'
import { useSearchParamState } from '../../lib/use-search-param-state'
import { countOpen, groupActionItems, hasKnownMentor, localDateOf, unknownMentor } from './action-groups'
import { ActionGroupSection } from './ActionGroupSection'
import { ActionItemFormModal } from './ActionItemFormModal'
import { DueDateDialog } from './DueDateDialog'
import { PageLoader } from '../../components/PageStates'
import { FilterSelect } from '../../components/FilterSelect'

/** Every action item, done ones included; the page filters them itself so switching is instant. */
function useActionItems() {
  return useRead('actions:list', { includeDone: true })
}

/** The sessions items came from, to say when each was agreed. */
function useSessions() {
  return useRead('sessions:timeline', {})
}

/** "4 open · 1 overdue": the page's numbers, overdue in red. */
function Counts({ open, overdue }: { open: number; overdue: number }) {
  return (
    <>
      {open} open
      {overdue > 0 && (
        <>
          {' · '}
          <Text span c="red" fw={600} size="sm">
            {overdue} overdue
          </Text>
        </>
      )}
      {' · what you and your mentors promised.'}
    </>
  )
}

/** One list of what was promised, across mentors: mine and theirs, by due date, overdue ones in red. */
export function ActionItemsPage() {
  const [params, set] = useSearchParamState()
  const showDone = params.get('done') === '1'
  const mentorFilter = params.get('mentor')
  const creating = params.get('new') === '1'
  const editingId = params.get('edit')
  const reschedulingId = params.get('due')

  const actions = useActionItems()
  const sessions = useSessions()
  const roster = useRoster(true)
  const today = localDateOf(new Date())

  const items = useMemo(() => actions.data ?? [], [actions.data])
  const mentors = useMemo(() => (roster.data ?? []).map((e) => e.mentor), [roster.data])
  const mentorById = useMemo(() => new Map(mentors.map((m) => [m.id, m])), [mentors])
  const sessionById = useMemo(
    () => new Map((sessions.data ?? []).map((s): [string, SessionSummary] => [s.id, s])),
    [sessions.data],
  )
  const knownIds = useMemo(() => new Set(mentorById.keys()), [mentorById])
  const mentorOf = useCallback(
    (id: string | null): Mentor | null => (id ? (mentorById.get(id) ?? null) : null),
    [mentorById],
  )
  const sessionOf = useCallback((id: string | null) => (id ? sessionById.get(id) : undefined), [sessionById])

  const groups = useMemo(
    () => groupActionItems(items, { mentorId: mentorFilter, showDone }, today, knownIds),
    [items, mentorFilter, showDone, today, knownIds],
  )
  const counts = useMemo(() => countOpen(items, today), [items, today])
  const mentorOptions = useMemo(() => {
    const withItems = new Set(items.map((i) => i.mentorId))
    const collator = nameCollator()
    const options = mentors
      .filter((m) => !m.archivedAt || withItems.has(m.id))
      .sort((a, b) => collator.compare(a.name, b.name))
      .map((m) => ({ value: m.id, label: m.name }))
    const orphans = items.some((i) => !hasKnownMentor(i, knownIds))
    return orphans ? [...options, { value: unknownMentor, label: 'Unknown mentor' }] : options
  }, [items, mentors, knownIds])

  const editing = editingId ? items.find((i) => i.id === editingId) : undefined
  const rescheduling = reschedulingId ? items.find((i) => i.id === reschedulingId) : undefined
  const addButton = (label: string) => (
    <Button leftSection={<IconPlus size={16} />} onClick={() => set({ new: '1' })}>
      {label}
    </Button>
  )

  const ready = actions.isSuccess && roster.isSuccess
  return (
    <Page>
      <PageHeader
        title="Action items"
        description={
          ready && items.length > 0 ? <Counts {...counts} /> : 'What you and your mentors promised, across mentors.'
        }
        actions={addButton('Add action item')}
      />
      {actions.isError || roster.isError ? (
        <Alert color="red" title="Your action items could not be loaded">
          <Stack gap="xs" align="flex-start">
            <Text size="sm">{(actions.error ?? roster.error)?.message} Nothing was changed.</Text>
            <Button size="xs" variant="default" onClick={() => void Promise.all([actions.refetch(), roster.refetch()])}>
              Try again
            </Button>
          </Stack>
        </Alert>
      ) : !ready ? (
        <PageLoader label="Loading action items" />
      ) : items.length === 0 ? (
        <EmptyState
          mt="xl"
          variant="light"
          icon={<IconChecklist />}
          title="Keep track of what was promised"
          description="Action items usually come out of a session: when you log one, note what you and your mentor agreed to do. You can also add one here."
        >
          <EmptyState.Actions>
            {addButton('Add your first action item')}
            <Button component={Link} to="/timeline" variant="default" leftSection={<IconTimeline size={16} />}>
              Open the timeline
            </Button>
          </EmptyState.Actions>
        </EmptyState>
      ) : (
        <>
          <Group mb="md" gap="md" wrap="wrap">
            <FilterSelect
              label="Filter by mentor"
              placeholder="All mentors"
              leftSection={<IconUser size={16} />}
              data={mentorOptions}
              value={mentorFilter}
              onChange={(value) => set({ mentor: value })}
              clearButtonProps={{ 'aria-label': 'Show all mentors' }}
              nothingFoundMessage="No mentor by that name"
              w={240}
            />
            <Switch
              label="Show done"
              checked={showDone}
              onChange={(event) => set({ done: event.currentTarget.checked ? '1' : null })}
            />
          </Group>
          <Stack gap="lg">
            {groups.map((group) => (
              <ActionGroupSection
                key={group.owner}
                group={group}
                showDone={showDone}
                filtered={mentorFilter !== null}
                today={today}
                mentorOf={mentorOf}
                sessionOf={sessionOf}
              />
            ))}
          </Stack>
        </>
      )}
      <ActionItemFormModal
        key={editing?.id ?? (creating ? 'new' : 'form-closed')}
        opened={creating || editing !== undefined}
        item={editing}
        mentors={mentors}
        defaultMentorId={mentorFilter === unknownMentor ? null : mentorFilter}
        today={today}
        onClose={() => set({ new: null, edit: null })}
      />
      <DueDateDialog
        key={rescheduling?.id ?? 'due-closed'}
        item={rescheduling}
        today={today}
        onClose={() => set({ due: null })}
      />
    </Page>
  )
}
