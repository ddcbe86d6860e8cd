import { Button, Group, ScrollArea, Stack, Table, Text, VisuallyHidden } from '@mantine/core'
import { modals } from '@mantine/modals'
import { notifications } from '@mantine/notifications'
import { IconHistory } from '@tabler/icons-react'
import { useQueryClient } from '@tanstack/react-query'
import { useEffect } from 'react'
import type { BackupEntry } from '../../../../shared/requests/data'
import { messageOf, send } from '../../data/api'
import { refreshReads, useRead } from '../../data/queries'
import { formatDateTime } from '../../lib/dates'
import { useNow } from '../../lib/use-now'
import { RevealButton } from './data-file-commands'
import { backupKindLabels, countsText, formatAgo, formatBytes } from './data-labels'

/** Asks, then restores a backup; the core keeps the current data as a backup first. */
function confirmRestore(backup: BackupEntry): void {
  const label = backupKindLabels[backup.kind]
  modals.openConfirmModal({
    title: 'Restore this backup?',
    children: (
      <Stack gap="xs">
        <Text size="sm">
          <b>{label}</b>, written {formatDateTime(backup.writtenAt)} ({formatBytes(backup.bytes)}).
        </Text>
        <Text size="sm">
          Everything you have now is replaced by what this backup holds. Your current data is backed up first (as “
          {backupKindLabels['before-restore']}”), so you can go back to it from this list.
        </Text>
      </Stack>
    ),
    labels: { confirm: 'Restore', cancel: 'Cancel' },
    onConfirm: () =>
      void send('data:restoreBackup', { name: backup.name })
        .then((done) =>
          notifications.show({
            color: 'teal',
            title: 'Backup restored',
            autoClose: 10_000,
            message: `You now have ${countsText(done.now)}. Your data as it was before is kept as a backup.`,
          }),
        )
        .catch((error: unknown) =>
          notifications.show({ color: 'red', title: 'Not restored', message: messageOf(error), autoClose: 15_000 }),
        ),
  })
}

/** The rolling backups beside the data file, newest first, each restorable. */
export function BackupList() {
  const client = useQueryClient()
  // Every change can write a backup (a daily copy, a safety copy before a restore): any of them refreshes the list.
  const backups = useRead('data:backups')
  // The core also writes backups on its own schedule: read the list afresh whenever the section opens.
  useEffect(() => void refreshReads(client, ['data:backups'], { cancelRefetch: false }), [client])
  const now = useNow(60_000)

  if (backups.error) {
    return (
      <Text size="sm" c="red">
        The backups could not be listed: {messageOf(backups.error)}
      </Text>
    )
  }
  const list = backups.data ?? []

  return (
    <Stack gap="sm">
      {backups.isSuccess && list.length === 0 ? (
        <Text size="sm" c="dimmed">
          No backups yet. Mentor Tracker keeps a copy of your data each time it starts and one for each day you use it.
        </Text>
      ) : (
        <ScrollArea.Autosize mah={330} type="auto">
          <Table verticalSpacing={6} highlightOnHover aria-label="Backups">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Backup</Table.Th>
                <Table.Th>Written</Table.Th>
                <Table.Th ta="right">Size</Table.Th>
                <Table.Th>
                  <VisuallyHidden>Actions</VisuallyHidden>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {list.map((backup) => {
                const label = backupKindLabels[backup.kind]
                const written = formatDateTime(backup.writtenAt)
                return (
                  <Table.Tr key={backup.name} aria-label={`${label}, ${written}`}>
                    <Table.Td>
                      <Text size="sm">{label}</Text>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">{formatAgo(backup.writtenAt, now)}</Text>
                      <Text size="xs" c="dimmed">
                        {written}
                      </Text>
                    </Table.Td>
                    <Table.Td ta="right">
                      <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
                        {formatBytes(backup.bytes)}
                      </Text>
                    </Table.Td>
                    <Table.Td ta="right">
                      <Button
                        size="compact-sm"
                        variant="subtle"
                        leftSection={<IconHistory size={14} />}
                        aria-label={`Restore ${label}, ${written}`}
                        onClick={() => confirmRestore(backup)}
                      >
                        Restore…
                      </Button>
                    </Table.Td>
                  </Table.Tr>
                )
              })}
            </Table.Tbody>
          </Table>
        </ScrollArea.Autosize>
      )}
      <Group>
        <RevealButton target="backupsFolder">Show backups folder</RevealButton>
      </Group>
    </Stack>
  )
}
