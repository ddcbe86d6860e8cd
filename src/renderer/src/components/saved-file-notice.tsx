import { Button, Group, Stack, Text } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { IconExternalLink } from '@tabler/icons-react'
import { send, messageOf } from '../data/api'

/** Opens a file the app just saved, through core (which opens nothing else). */
async function openSaved(path: string) {
  try {
    await send('app:openFile', { path })
  } catch (error) {
    notifications.show({ color: 'red', title: 'Could not open the file', message: messageOf(error) })
  }
}

/** Tells the user what was saved where, with a button that opens the file. */
export function showSavedFile({ id, title, what, path }: { id: string; title: string; what: string; path: string }) {
  notifications.show({
    id,
    color: 'teal',
    title,
    autoClose: 15_000,
    message: (
      <Stack gap={6}>
        <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
          {what} in {path}
        </Text>
        <Group>
          <Button
            size="compact-sm"
            variant="light"
            leftSection={<IconExternalLink size={14} />}
            onClick={() => {
              notifications.hide(id)
              void openSaved(path)
            }}
          >
            Open the file
          </Button>
        </Group>
      </Stack>
    ),
  })
}
