import { Button, Group, Text } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { messageOf } from '../data/api'

/**
 * Says what was just deleted and offers Undo for a few seconds. `undo` sends what brings it back;
 * `restored` is said when it worked.
 */
export function offerUndo(options: {
  id: string
  title?: string
  message: string
  undo: () => Promise<unknown>
  restored?: string
}) {
  const notificationId = `undo-${options.id}`
  const run = async () => {
    notifications.hide(notificationId)
    try {
      await options.undo()
      if (options.restored) notifications.show({ color: 'teal', message: options.restored })
    } catch (error) {
      notifications.show({ color: 'red', title: 'Could not undo', message: messageOf(error) })
    }
  }
  notifications.show({
    id: notificationId,
    autoClose: 8000,
    title: options.title,
    message: (
      <Group justify="space-between" wrap="nowrap" gap="sm">
        {/* A long message wraps; the Undo button never shrinks out of view. */}
        <Text size="sm" style={{ flex: 1, minWidth: 0 }}>
          {options.message}
        </Text>
        <Button
          size="compact-sm"
          variant="light"
          style={{ flex: 'none' }}
          onClick={() => void run()}
          data-undo
          aria-keyshortcuts="Control+Z"
        >
          Undo
        </Button>
      </Group>
    ),
  })
}

/** Runs a delete; on success offers undo, on failure says why. */
export async function deleteWithUndo(options: {
  id: string
  remove: () => Promise<unknown>
  undo: () => Promise<unknown>
  title?: string
  message: string
  restored?: string
}): Promise<boolean> {
  try {
    await options.remove()
  } catch (error) {
    notifications.show({ color: 'red', title: 'Not deleted', message: messageOf(error) })
    return false
  }
  offerUndo(options)
  return true
}
