import { Alert, Code, Group, Stack, Text } from '@mantine/core'
import { modals } from '@mantine/modals'
import { notifications } from '@mantine/notifications'
import { IconFolderShare, IconTrash } from '@tabler/icons-react'
import { useQueryClient } from '@tanstack/react-query'
import type { DataLocation } from '../../../../shared/requests/data'
import { messageOf, send } from '../../data/api'
import { refreshReads } from '../../data/queries'
import { dataFileReads, moveDataFile, RevealButton } from './data-file-commands'
import { SmallButton } from '../../components/SmallButton'
import { useBusy } from '../../lib/use-busy'

/** A file's path in full, broken anywhere so a long one fits. */
function FilePath({ path, labelledBy }: { path: string | null; labelledBy?: string }) {
  return (
    <Code block style={{ overflowWrap: 'anywhere', whiteSpace: 'pre-wrap' }} aria-labelledby={labelledBy}>
      {path}
    </Code>
  )
}

/** Asks, then deletes the copy the data was moved away from. */
function confirmRemoveOldCopy(location: DataLocation, onRemoved: () => void): void {
  modals.openConfirmModal({
    title: 'Remove the old copy?',
    children: (
      <Stack gap="xs">
        <Text size="sm">
          The file your data was moved from is deleted, with its backups once they are all in the new folder:
        </Text>
        <FilePath path={location.previousDataFile} />
        <Text size="sm">Your data stays where it is now, with its backups:</Text>
        <FilePath path={location.dataFile} />
      </Stack>
    ),
    labels: { confirm: 'Remove old copy', cancel: 'Cancel' },
    confirmProps: { color: 'red' },
    onConfirm: () =>
      void send('data:removeOldCopy')
        .then(() => notifications.show({ color: 'teal', message: 'The old copy was removed.' }))
        .catch((error: unknown) =>
          notifications.show({ color: 'red', title: 'Not removed', message: messageOf(error) }),
        )
        .finally(onRemoved),
  })
}

/** Where the data file is, moving it to another folder, and the old copy a move leaves behind. */
export function DataLocationPanel({ location }: { location: DataLocation }) {
  const client = useQueryClient()
  const { busy, run } = useBusy<'move'>()
  const refresh = () => void refreshReads(client, dataFileReads)

  return (
    <Stack gap="md">
      <Stack gap={6}>
        <Text size="sm" fw={500} id="data-file-label">
          Data file
        </Text>
        <FilePath path={location.dataFile} labelledBy="data-file-label" />
        <Group gap="sm">
          <RevealButton target="dataFile">Show in folder</RevealButton>
          <SmallButton
            icon={IconFolderShare}
            loading={busy === 'move'}
            onClick={() => void run('move', () => moveDataFile(client))}
          >
            Move to another folder…
          </SmallButton>
        </Group>
        <Text size="xs" c="dimmed" maw={640}>
          To keep your data in a synced folder (Dropbox, OneDrive, iCloud Drive, Syncthing), move it there. Mentor
          Tracker copies the file and its backups, checks that the copy reads back the same, then saves to it from then
          on. The old file is kept until you remove it.
        </Text>
      </Stack>
      {location.previousDataFile && (
        <Alert role="region" color="gray" variant="light" title="The old copy is still there">
          <Stack gap={6}>
            <Text size="sm">
              Your data was moved from here. Nothing saves to it any more; remove it once the new place works for you.
            </Text>
            <FilePath path={location.previousDataFile} />
            <Group gap="sm">
              <RevealButton target="previousDataFile">Show in folder</RevealButton>
              <SmallButton
                icon={IconTrash}
                color="red"
                variant="light"
                onClick={() => confirmRemoveOldCopy(location, refresh)}
              >
                Remove old copy
              </SmallButton>
            </Group>
          </Stack>
        </Alert>
      )}
    </Stack>
  )
}
