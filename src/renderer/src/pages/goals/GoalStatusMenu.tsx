import { Badge, Menu, UnstyledButton } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { IconCheck, IconChevronDown } from '@tabler/icons-react'
import { goalStatuses } from '../../../../shared/model'
import type { Goal } from '../../../../shared/model'
import { LazyMenu } from '../../components/LazyMenu'
import type { GoalStatus } from './goal-view'
import { goalStatusColors, goalStatusLabels } from './goal-view'
import { send } from '../../data/api'
import { useChange } from '../../data/queries'

const doneMessages: Record<GoalStatus, (title: string) => string> = {
  active: (title) => `“${title}” is active again.`,
  achieved: (title) => `“${title}” is achieved. Well done.`,
  dropped: (title) => `“${title}” is dropped. You can pick it up again any time.`,
}

/** Moves a goal to another status, saying what happened. */
function useSetGoalStatus() {
  const update = useChange(({ id, status }: { id: string; status: GoalStatus }) =>
    send('goals:update', { id, changes: { status } }),
  )
  return (goal: Goal, status: GoalStatus) => {
    if (status === goal.status) return
    update.mutate(
      { id: goal.id, status },
      {
        onSuccess: () =>
          notifications.show({ color: goalStatusColors[status], message: doneMessages[status](goal.title) }),
        onError: (error) => notifications.show({ color: 'red', title: 'Status not changed', message: error.message }),
      },
    )
  }
}

/** The goal's status as a badge that opens a menu of statuses. */
export function GoalStatusMenu({ goal }: { goal: Goal }) {
  const setStatus = useSetGoalStatus()
  return (
    <LazyMenu
      position="bottom-end"
      target={
        <UnstyledButton aria-label={`Status: ${goalStatusLabels[goal.status]}. Change status of ${goal.title}`}>
          <Badge
            variant="light"
            color={goalStatusColors[goal.status]}
            rightSection={<IconChevronDown size={12} />}
            style={{ cursor: 'pointer' }}
          >
            {goalStatusLabels[goal.status]}
          </Badge>
        </UnstyledButton>
      }
    >
      <Menu.Label>Mark as</Menu.Label>
      {goalStatuses.map((status) => (
        <Menu.Item
          key={status}
          onClick={() => setStatus(goal, status)}
          leftSection={status === goal.status ? <IconCheck size={14} /> : <span style={{ width: 14 }} />}
        >
          {goalStatusLabels[status]}
        </Menu.Item>
      ))}
    </LazyMenu>
  )
}
