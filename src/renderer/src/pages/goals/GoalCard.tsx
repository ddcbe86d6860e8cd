import { Button, Card, Collapse, Group, Stack, Text, Title } from '@mantine/core'
import { IconAlertTriangle, IconEdit, IconFlag, IconTrash, IconUserPlus } from '@tabler/icons-react'
import { useId, useState } from 'react'
import { Link } from 'react-router'
import { mentorStageLabels } from '../../../../shared/model'
import type { Mentor } from '../../../../shared/model'
import type { GoalView } from '../../../../shared/requests/goals'
import { MentorAvatar } from '../../components/MentorAvatar'
import { formatLocalDate, formatRelativeDay } from '../../lib/dates'
import { SessionList, SessionsToggle } from './GoalSessions'
import { GoalStatusMenu } from './GoalStatusMenu'
import { isOverdue, progressCaption, startOfLocalDay } from './goal-view'
import classes from './Goals.module.css'
import { ProgressBar, ProgressPercent, UncoveredBadge } from './progress-parts'
import { ToolButton } from '../../components/ToolButton'

/** When the goal is due, relative, with the date on hover; an active goal past it in red. */
function Target({ view, today, now }: { view: GoalView; today: string; now: Date }) {
  const { targetOn } = view.goal
  if (!targetOn)
    return (
      <Group gap={6} c="dimmed" justify="flex-end">
        <IconFlag size={16} stroke={1.6} />
        <Text size="sm">No target date</Text>
      </Group>
    )
  const overdue = isOverdue(view.goal, today)
  const relative = formatRelativeDay(startOfLocalDay(targetOn), now)
  const past = targetOn < today
  return (
    <Group gap={6} c={overdue ? 'red' : 'dimmed'} title={formatLocalDate(targetOn)} wrap="nowrap" justify="flex-end">
      <IconFlag size={16} stroke={1.6} />
      <Text size="sm" fw={overdue ? 600 : undefined}>
        {overdue ? `Overdue · ${relative}` : past ? `Target was ${relative}` : `Target ${relative}`}
      </Text>
    </Group>
  )
}

/** The goal's progress: a bar with its percentage, and where the number comes from. */
function GoalProgress({ view }: { view: GoalView }) {
  const { goal, progress } = view
  const color = goal.status === 'dropped' ? 'gray' : goal.status === 'achieved' ? 'teal' : undefined
  return (
    <Stack gap={6}>
      <Group justify="space-between" gap="xs">
        <Text size="xs" c="dimmed" fw={600} tt="uppercase">
          Progress
        </Text>
        <ProgressPercent progress={progress} />
      </Group>
      <ProgressBar view={view} size="md" color={color} />
      <Text size="xs" c="dimmed">
        {progressCaption(view)}
      </Text>
    </Stack>
  )
}

/** The mentors linked to a goal, each a link to their page. */
function LinkedMentors({ ids, mentors }: { ids: string[]; mentors: ReadonlyMap<string, Mentor> }) {
  const linked = ids.flatMap((id) => mentors.get(id) ?? [])
  if (linked.length === 0)
    return (
      <Text size="sm" c="dimmed">
        No mentors linked
      </Text>
    )
  return (
    <Group gap={6} aria-label="Mentors helping">
      {linked.map((mentor) => (
        <Link
          key={mentor.id}
          to={`/mentors/${mentor.id}`}
          className={classes.mentor}
          title={`${mentor.name} · ${mentor.archivedAt ? 'Archived' : mentorStageLabels[mentor.stage]}`}
        >
          <MentorAvatar id={mentor.id} name={mentor.name} src={mentor.avatar} size={24} />
          {/* An inactive mentor's name is dimmed rather than the chip faded: faded initials did not read. */}
          <Text
            span
            size="sm"
            truncate="end"
            dir="auto"
            c={mentor.stage === 'active' && !mentor.archivedAt ? undefined : 'dimmed'}
          >
            {mentor.name}
          </Text>
        </Link>
      ))}
    </Group>
  )
}

/** Says that no active mentor helps with a goal, and why the linked ones do not count. */
function UncoveredWarning({
  ids,
  mentors,
  onLink,
}: {
  ids: string[]
  mentors: ReadonlyMap<string, Mentor>
  onLink: () => void
}) {
  const why = ids
    .flatMap((id) => mentors.get(id) ?? [])
    .map((m) => `${m.name} (${m.archivedAt ? 'Archived' : mentorStageLabels[m.stage]})`)
    .join(', ')
  return (
    <Group className={classes.warning} gap="sm" wrap="wrap" justify="space-between">
      <Group gap="sm" wrap="nowrap" align="flex-start">
        <Text c="orange" span style={{ display: 'flex', paddingTop: 2 }}>
          <IconAlertTriangle size={18} />
        </Text>
        <Stack gap={0}>
          <Text size="sm">No active mentor is helping with this goal. Link one, or ask someone.</Text>
          {why && (
            <Text size="xs" c="dimmed" dir="auto">
              Linked: {why}
            </Text>
          )}
        </Stack>
      </Group>
      <Button
        size="compact-sm"
        variant="subtle"
        color="orange"
        leftSection={<IconUserPlus size={14} />}
        onClick={onLink}
      >
        Link a mentor
      </Button>
    </Group>
  )
}

interface Props {
  view: GoalView
  mentors: ReadonlyMap<string, Mentor>
  today: string
  now: Date
  onEdit: (id: string) => void
  onDelete: (view: GoalView) => void
}

/** One goal: why it matters, when it is due, how far along it is, who helps, and where it came up. */
export function GoalCard({ view, mentors, today, now, onEdit, onDelete }: Props) {
  const { goal } = view
  const [sessionsOpen, setSessionsOpen] = useState(false)
  const listId = useId()
  return (
    <Card
      withBorder
      radius="lg"
      padding="lg"
      component="article"
      role="article"
      aria-label={goal.title}
      className={classes.card}
      data-status={goal.status}
    >
      {/* The badges and buttons go under the title when both do not fit (a narrow window, 200% zoom). */}
      <Group justify="space-between" align="flex-start" wrap="wrap" gap="md">
        <Stack gap={4} style={{ minWidth: 0, flex: 1 }}>
          <Title order={2} size="h4" dir="auto" style={{ overflowWrap: 'anywhere' }}>
            {goal.title}
          </Title>
          {goal.why && (
            <Text size="sm" c="dimmed" lineClamp={2} dir="auto">
              {goal.why}
            </Text>
          )}
        </Stack>
        <Group gap={6} wrap="nowrap">
          {view.uncovered && <UncoveredBadge />}
          <GoalStatusMenu goal={goal} />
          <ToolButton
            tip="Edit"
            label={`Edit ${goal.title}`}
            icon={IconEdit}
            iconSize={18}
            onClick={() => onEdit(goal.id)}
          />
          <ToolButton
            tip="Delete"
            label={`Delete ${goal.title}`}
            icon={IconTrash}
            iconSize={18}
            color="red"
            onClick={() => onDelete(view)}
          />
        </Group>
      </Group>

      <Group mt="md" gap="xl" align="flex-end" wrap="nowrap">
        <div style={{ flex: 1 }}>
          <GoalProgress view={view} />
        </div>
        <div style={{ width: 210, flexShrink: 0 }}>
          <Target view={view} today={today} now={now} />
        </div>
      </Group>

      {view.uncovered && <UncoveredWarning ids={goal.mentorIds} mentors={mentors} onLink={() => onEdit(goal.id)} />}

      <Group justify="space-between" gap="sm" className={classes.footer}>
        <LinkedMentors ids={goal.mentorIds} mentors={mentors} />
        <SessionsToggle
          count={view.sessionIds.length}
          open={sessionsOpen}
          listId={listId}
          onToggle={() => setSessionsOpen((open) => !open)}
        />
      </Group>
      <Collapse expanded={sessionsOpen} keepMounted={false} id={listId}>
        <SessionList goalId={goal.id} mentors={mentors} />
      </Collapse>
    </Card>
  )
}
