import { Alert, Code, Text } from '@mantine/core'
import { IconAlertTriangle, IconLock, IconRestore } from '@tabler/icons-react'
import type { StoreStatus } from '../../../shared/store-status'

/** Tells the user what happened to their data file when it was not simply opened. */
export function StoreStatusBanner({ status }: { status: StoreStatus }) {
  switch (status.mode) {
    case 'ok':
    case 'new':
      return null
    case 'migrated':
      return (
        <Alert
          color="blue"
          icon={<IconRestore />}
          title="Your data was upgraded to the new format"
          withCloseButton={false}
        >
          <Text size="sm">
            A copy of the file as it was is kept at <Code>{status.backupFile}</Code>.
          </Text>
        </Alert>
      )
    case 'recovered':
      return (
        <Alert role="alert" color="orange" icon={<IconAlertTriangle />} title="Your data file could not be read">
          <Text size="sm">{status.reason}</Text>
          <Text size="sm" mt={4}>
            {status.restoredFrom
              ? `Mentor Tracker restored the backup from ${new Date(status.restoredFromDate ?? '').toLocaleString()}. Changes made after that backup are not in it.`
              : 'There was no backup to restore, so Mentor Tracker started with an empty file.'}
          </Text>
          <Text size="sm" mt={4}>
            The original was kept, untouched, at <Code>{status.movedTo}</Code>.
          </Text>
        </Alert>
      )
    case 'read-only':
      return (
        <Alert role="alert" color="red" icon={<IconLock />} title="Read-only: changes cannot be saved">
          <Text size="sm">{status.reason}</Text>
        </Alert>
      )
  }
}
