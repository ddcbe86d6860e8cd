import { Button, Group, Text } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import type { Result } from '../../../shared/result'
import { call, messageOf } from './api'

/**
 * Says what was just deleted and offers Undo for a few seconds. `undo` calls the channel that
 * brings it back; `restored` is said when it worked.
 */
export function offerUndo(options: {
  id: string
  title?: string
  message: string
  undo: () => Promise<Result<unknown>>
  restored?: string
}) {
  const notificationId = `undo-${options.id}`
  const run = async () => {
    notifications.hide(notificationId)
    try {
      await call(options.undo())
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
  remove: () => Promise<Result<unknown>>
  undo: () => Promise<Result<unknown>>
  title?: string
  message: string
  restored?: string
}): Promise<boolean> {
  try {
    await call(options.remove())
  } catch (error) {
    notifications.show({ color: 'red', title: 'Not deleted', message: messageOf(error) })
    return false
  }
  offerUndo(options)
  return true
}
