import { Alert, Button, Code, Group, Text } from '@mantine/core'
import type { AlertProps } from '@mantine/core'
import type { Icon } from '@tabler/icons-react'
import type { ReactNode } from 'react'
import { notifications } from '@mantine/notifications'
import {
  IconAlertTriangle,
  IconDeviceFloppy,
  IconFolderShare,
  IconLock,
  IconRefresh,
  IconRestore,
} from '@tabler/icons-react'
import { useQueryClient } from '@tanstack/react-query'
import { useState } from 'react'
import type { StoreStatus } from '../../../shared/store-status'
import { send, messageOf } from '../data/api'
import { moveDataFile } from '../pages/settings/data-file-commands'
import { openImportPreview } from '../pages/settings/ImportPreview'
import { SmallButton } from './SmallButton'
import { useBusy } from '../lib/use-busy'

const timeFormat = new Intl.DateTimeFormat(undefined, { timeStyle: 'short' })

/** The reason without the words the banner's title already says: "The disk is full. Everything saved before is safe…". */
const withoutTitle = (reason: string) =>
  reason.replace(/^Changes cannot be saved right now because (\w)/, (_, first: string) => first.toUpperCase())

/** A banner about the data file that asks for attention: its title, the reason core gave, then `children`. */
function StatusAlert({
  icon: AlertIcon,
  reason,
  children,
  ...props
}: { icon: Icon; reason: string; children?: ReactNode } & Omit<AlertProps, 'icon'>) {
  return (
    <Alert role="alert" icon={<AlertIcon />} {...props}>
      <Text size="sm">{reason}</Text>
      {children}
    </Alert>
  )
}

/** Writing failed (disk full, permission denied, read-only disk): what happened, try again, or move the data elsewhere. */
function UnwritableBanner({ status }: { status: Extract<StoreStatus, { mode: 'unwritable' }> }) {
  const client = useQueryClient()
  const { busy, run } = useBusy<'retry' | 'move'>()
  const [failedAgainAt, setFailedAgainAt] = useState<Date | null>(null)

  const retry = () =>
    run('retry', async () => {
      try {
        const next = await send('data:retry')
        if (next.mode === 'unwritable') setFailedAgainAt(new Date())
        else
          notifications.show({ color: 'teal', message: 'Saving works again. Your changes are saved as you make them.' })
      } catch (error) {
        notifications.show({ color: 'red', title: 'Could not try again', message: messageOf(error) })
      }
    })

  return (
    <StatusAlert
      color="red"
      variant="light"
      icon={IconDeviceFloppy}
      title="Changes cannot be saved right now"
      reason={withoutTitle(status.reason)}
    >
      <Text size="sm" c="dimmed" mt={4}>
        Since {timeFormat.format(new Date(status.since))}.
        {failedAgainAt && ` Tried again at ${timeFormat.format(failedAgainAt)}: it still fails.`}
      </Text>
      <Group gap="sm" mt="sm">
        <SmallButton
          icon={IconRefresh}
          variant="filled"
          color="red"
          loading={busy === 'retry'}
          disabled={busy !== null}
          onClick={() => void retry()}
        >
          Try again
        </SmallButton>
        <SmallButton
          icon={IconFolderShare}
          loading={busy === 'move'}
          disabled={busy !== null}
          onClick={() => void run('move', () => moveDataFile(client))}
        >
          Choose another folder…
        </SmallButton>
      </Group>
    </StatusAlert>
  )
}

/** Part of the journal of recent changes could not be applied on opening: what was kept, and a way to merge it back. */
function JournalSetAsideBanner({ status }: { status: Extract<StoreStatus, { mode: 'journal-set-aside' }> }) {
  const [dismissed, setDismissed] = useState(false)
  if (dismissed) return null
  return (
    <StatusAlert
      color="orange"
      icon={IconAlertTriangle}
      title="Some recent changes were kept aside"
      reason={status.reason}
      withCloseButton
      closeButtonLabel="Dismiss"
      onClose={() => setDismissed(true)}
    >
      {status.copy && (
        <Group gap="sm" mt="sm">
          <Button
            size="xs"
            variant="light"
            color="orange"
            onClick={() => void openImportPreview({ kind: 'backup', name: status.copy! }, 'merge')}
          >
            Bring my changes back
          </Button>
        </Group>
      )}
    </StatusAlert>
  )
}

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
        <StatusAlert
          color="orange"
          icon={IconAlertTriangle}
          title="Your data file could not be read"
          reason={status.reason}
        >
          <Text size="sm" mt={4}>
            {status.restoredFrom
              ? `Mentor Tracker restored the backup from ${new Date(status.restoredFromDate ?? '').toLocaleString()}. Changes made after that backup are not in it.`
              : 'There was no backup to restore, so Mentor Tracker started with an empty file.'}
          </Text>
          <Text size="sm" mt={4}>
            The original was kept, untouched, at <Code>{status.movedTo}</Code>.
          </Text>
        </StatusAlert>
      )
    case 'read-only':
      return (
        <StatusAlert color="red" icon={IconLock} title="Read-only: changes cannot be saved" reason={status.reason} />
      )
    case 'unwritable':
      return <UnwritableBanner status={status} />
    case 'journal-set-aside':
      return <JournalSetAsideBanner status={status} />
  }
}
