import { Anchor, Group, Text } from '@mantine/core'
import { IconPlus, IconTarget } from '@tabler/icons-react'
import { Link } from 'react-router'
import type { GoalView } from '../../../../shared/requests/goals'
import { progressCaption } from '../goals/goal-view'
import { DashboardSection, Dotted, Flag, SectionList } from './DashboardSection'
import classes from './Dashboard.module.css'
import { ProgressBar, ProgressPercent, UncoveredBadge } from '../goals/progress-parts'

/** One active goal: how far along, and a warning when no active mentor helps with it. */
function GoalRow({ view }: { view: GoalView }) {
  const { goal, progress } = view
  return (
    <div className={classes.row} role="listitem" aria-label={goal.title} style={{ display: 'block' }}>
      <Group justify="space-between" wrap="nowrap" gap="sm" mb={6}>
        <Anchor component={Link} to="/goals" fw={600} c="inherit" size="sm" dir="auto" style={{ minWidth: 0 }}>
          {goal.title}
        </Anchor>
        <Group gap={8} wrap="nowrap">
          {view.uncovered && <UncoveredBadge title="No active mentor is helping with this goal" />}
          <ProgressPercent progress={progress} />
        </Group>
      </Group>
      <ProgressBar view={view} size="sm" />
      <Text size="xs" c="dimmed" mt={4}>
        {view.uncovered ? 'No active mentor is helping with this goal · ' : ''}
        {progressCaption(view)}
      </Text>
    </div>
  )
}

/** Active goals with their progress; uncovered ones first, flagged. */
export function GoalsSection({ goals }: { goals: GoalView[] }) {
  const uncovered = goals.filter((g) => g.uncovered).length
  return (
    <DashboardSection
      title="Goals"
      icon={IconTarget}
      summary={
        <Dotted
          parts={[`${goals.length} active`, uncovered > 0 && <Flag color="orange">{uncovered} uncovered</Flag>]}
        />
      }
      link={{ to: '/goals', label: 'Goals' }}
      empty={
        goals.length === 0 && {
          title: 'No active goals',
          description: 'A goal gives your mentoring a direction: what you want to grow into, and who can help.',
          action: { label: 'Set a goal', icon: IconPlus, to: '/goals?new=1' },
        }
      }
    >
      <SectionList label="Active goals" items={goals} more={{ to: '/goals', what: ['active goal', 'active goals'] }}>
        {(view) => <GoalRow key={view.goal.id} view={view} />}
      </SectionList>
    </DashboardSection>
  )
}
