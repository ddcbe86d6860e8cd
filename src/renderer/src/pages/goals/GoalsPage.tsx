import { Button, EmptyState, Group, SegmentedControl, Stack, Text } from '@mantine/core'
import { IconPlus, IconTarget } from '@tabler/icons-react'
import { useMemo } from 'react'
import type { Mentor } from '../../../../shared/model'
import { todayIn, userTimeZone } from '../../../../shared/time'
import { Page } from '../../components/Page'
import { PageHeader } from '../../components/PageHeader'
import { useGoals, useRoster } from '../../data/queries'
import { useSearchParamState } from '../../lib/use-search-param-state'
import { GoalCard } from './GoalCard'
import { GoalFormModal } from './GoalFormModal'
import { confirmDeleteGoal } from './delete-goal'
import type { GoalFilter } from './goal-view'
import { countGoals, goalFilterOf, goalFilters, goalStatusLabels, viewGoals } from './goal-view'
import { plural } from '../../../../shared/text'
import { PageLoader } from '../../components/PageStates'

const filterLabels: Record<GoalFilter, string> = { ...goalStatusLabels, all: 'All' }

const emptyFilterText: Record<GoalFilter, string> = {
  active: 'Set a new one, or pick up a dropped one again.',
  achieved: 'When you get there, mark a goal achieved from its status badge.',
  dropped: 'Goals you set aside land here, out of your way but not forgotten.',
  all: 'Set your first goal to see it here.',
}

/** Development goals: what the mentoring is for, how far along each is, and who helps with it. */
export function GoalsPage() {
  const [params, set] = useSearchParamState()
  const filter = goalFilterOf(params.get('status'))
  const editingId = params.get('edit')
  const creating = params.get('new') === '1'

  const goals = useGoals()
  const roster = useRoster(true)
  const views = useMemo(() => goals.data ?? [], [goals.data])
  const shown = useMemo(() => viewGoals(views, filter), [views, filter])
  const counts = useMemo(() => countGoals(views), [views])
  const mentorList = useMemo<Mentor[]>(() => (roster.data ?? []).map((e) => e.mentor), [roster.data])
  const mentors = useMemo(() => new Map(mentorList.map((m) => [m.id, m])), [mentorList])
  const editing = editingId ? views.find((v) => v.goal.id === editingId) : undefined

  const now = new Date()
  const today = todayIn(userTimeZone(), now)
  const openNew = () => set({ new: '1' })
  const onEdit = (id: string) => set({ edit: id })
  return (
    <Page>
      <PageHeader
        title="Goals"
        description={
          views.length > 0
            ? `${counts.active} active · ${counts.achieved} achieved · what your mentoring is for.`
            : 'What your mentoring is for.'
        }
        actions={
          <Button leftSection={<IconPlus size={16} />} onClick={openNew}>
            New goal
          </Button>
        }
      />
      {goals.isPending ? (
        <PageLoader label="Loading goals" />
      ) : goals.isError ? (
        <Text c="red">Your goals could not be read: {goals.error.message}</Text>
      ) : views.length === 0 ? (
        <EmptyState mt="xl" variant="light" icon={<IconTarget />}>
          <EmptyState.Title order={2}>Set your first goal</EmptyState.Title>
          <EmptyState.Description>
            A goal gives your mentoring a direction: what you want to grow into, by when, and who can help. Link action
            items and sessions to it, and you will see how far you have come.
          </EmptyState.Description>
          <EmptyState.Actions>
            <Button leftSection={<IconPlus size={16} />} onClick={openNew}>
              Set your first goal
            </Button>
          </EmptyState.Actions>
        </EmptyState>
      ) : (
        <>
          <Group mb="md" justify="space-between">
            <SegmentedControl
              aria-label="Show goals"
              value={filter}
              onChange={(value) => set({ status: value === 'active' ? null : value })}
              data={goalFilters.map((value) => ({
                value,
                label: (
                  <Group gap={6} wrap="nowrap" justify="center">
                    {filterLabels[value]}
                    <Text span size="xs" c="dimmed" fw={600} style={{ flexShrink: 0 }}>
                      {counts[value]}
                    </Text>
                  </Group>
                ),
              }))}
            />
            <Text size="sm" c="dimmed" aria-live="polite">
              {plural(shown.length, 'goal')}
            </Text>
          </Group>
          {shown.length === 0 ? (
            <EmptyState mt="xl" icon={<IconTarget />}>
              <EmptyState.Title order={2}>No {filterLabels[filter].toLowerCase()} goals</EmptyState.Title>
              <EmptyState.Description>{emptyFilterText[filter]}</EmptyState.Description>
              <EmptyState.Actions>
                {filter === 'active' && (
                  <Button leftSection={<IconPlus size={16} />} onClick={openNew}>
                    New goal
                  </Button>
                )}
                <Button variant="default" onClick={() => set({ status: 'all' })}>
                  Show all goals
                </Button>
              </EmptyState.Actions>
            </EmptyState>
          ) : (
            <Stack gap="md">
              {shown.map((view) => (
                <GoalCard
                  key={view.goal.id}
                  view={view}
                  mentors={mentors}
                  today={today}
                  now={now}
                  onEdit={onEdit}
                  onDelete={confirmDeleteGoal}
                />
              ))}
            </Stack>
          )}
        </>
      )}
      <GoalFormModal
        key={editing?.goal.id ?? (creating ? 'new' : 'closed')}
        opened={creating || editing !== undefined}
        goal={editing?.goal}
        derivedProgress={editing?.derivedProgress}
        mentors={mentorList}
        onClose={() => set({ new: null, edit: null })}
      />
    </Page>
  )
}
