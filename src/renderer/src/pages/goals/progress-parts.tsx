// How far along a goal is, as the goals page and the dashboard both show it.
import { Badge, Progress, Text } from '@mantine/core'
import type { MantineColor, MantineSize } from '@mantine/core'
import { IconAlertTriangle } from '@tabler/icons-react'
import type { GoalView } from '../../../../shared/requests/goals'

/** The progress as a number: "40%", or a dimmed dash when there is nothing to count yet. */
export function ProgressPercent({ progress }: { progress: number | null }) {
  return (
    <Text size="sm" fw={700} c={progress === null ? 'dimmed' : undefined}>
      {progress === null ? '—' : `${progress}%`}
    </Text>
  )
}

/** The progress as a bar; an empty track (hidden from screen readers) when there is nothing to count yet. */
export function ProgressBar({ view, size, color }: { view: GoalView; size: MantineSize; color?: MantineColor }) {
  return view.progress === null ? (
    <Progress.Root size={size} radius="xl" aria-hidden />
  ) : (
    <Progress
      value={view.progress}
      color={color}
      size={size}
      radius="xl"
      aria-label={`Progress of ${view.goal.title}`}
    />
  )
}

/** The badge of a goal no active mentor helps with. */
export function UncoveredBadge({ title }: { title?: string }) {
  return (
    <Badge color="orange" variant="light" leftSection={<IconAlertTriangle size={12} />} title={title}>
      Uncovered
    </Badge>
  )
}
