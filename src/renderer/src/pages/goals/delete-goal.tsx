import { Text } from '@mantine/core'
import { modals } from '@mantine/modals'
import { notifications } from '@mantine/notifications'
import type { GoalView } from '../../../../shared/requests/goals'
import { send, messageOf } from '../../data/api'
import { plural } from '../../../../shared/text'

/** What stays behind when a goal goes, in words. */
function keptText({ sessionIds, actions }: GoalView): string {
  const items = actions.open + actions.done
  const parts = [
    sessionIds.length > 0 && plural(sessionIds.length, 'session'),
    items > 0 && plural(items, 'action item'),
  ].filter(Boolean)
  if (parts.length === 0) return 'Sessions and action items are always kept when a goal is deleted.'
  const one = parts.length === 1 && sessionIds.length + items === 1
  return `Its ${parts.join(' and ')} ${one ? 'is' : 'are'} kept; ${one ? 'it just stops' : 'they just stop'} pointing at this goal.`
}

/** Asks, then deletes a goal for good (there is no undo), keeping its sessions and action items. */
export function confirmDeleteGoal(view: GoalView): void {
  const { goal } = view
  modals.openConfirmModal({
    title: `Delete “${goal.title}”?`,
    children: (
      <Text size="sm">
        {keptText(view)} Deleting the goal cannot be undone; to set it aside instead, mark it dropped.
      </Text>
    ),
    labels: { confirm: 'Delete goal', cancel: 'Cancel' },
    confirmProps: { color: 'red' },
    onConfirm: () =>
      void send('goals:delete', { id: goal.id })
        .then(() => notifications.show({ message: `“${goal.title}” deleted. Its sessions and action items are kept.` }))
        .catch((error: unknown) =>
          notifications.show({ color: 'red', title: 'Not deleted', message: messageOf(error) }),
        ),
  })
}
