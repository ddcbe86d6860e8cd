// What the data section and the status banner do with the data file: show it, move it.
import { Code, Stack, Text } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { IconFolderOpen } from '@tabler/icons-react'
import type { QueryClient } from '@tanstack/react-query'
import type { ReactNode } from 'react'
import type { ReadChannel } from '../../../../shared/read-channels'
import { messageOf, send } from '../../data/api'
import { refreshReads } from '../../data/queries'
import { SmallButton } from '../../components/SmallButton'

/** What the data section reads about the file (where it is, its backups): moving it changes both. */
export const dataFileReads: readonly ReadChannel[] = ['data:location', 'data:backups']

/** The one "Exported" toast; opening an import preview hides it, since it would cover the preview's buttons. */
export const exportedToastId = 'json-exported'

/** Shows the data file, its backups folder or the previous copy in the system's file manager. */
export async function reveal(target: 'dataFile' | 'backupsFolder' | 'previousDataFile'): Promise<void> {
  try {
    await send('data:reveal', { target })
  } catch (error) {
    notifications.show({ color: 'red', title: 'Could not show it', message: messageOf(error) })
  }
}

/** A button that shows the data file, its backups folder, or the old copy in the file manager. */
export function RevealButton({ target, children }: { target: Parameters<typeof reveal>[0]; children: ReactNode }) {
  return (
    <SmallButton icon={IconFolderOpen} onClick={() => void reveal(target)}>
      {children}
    </SmallButton>
  )
}

/** Asks for a folder and moves the data there (copy, check, switch; the old file stays); says how it went. */
export async function moveDataFile(client: QueryClient): Promise<void> {
  try {
    const moved = await send('data:move')
    if (!moved) return
    notifications.show({
      color: 'teal',
      title: 'Your data has moved',
      autoClose: 15_000,
      message: (
        <Stack gap={4}>
          <Text size="sm">
            Mentor Tracker now saves to <Code style={{ overflowWrap: 'anywhere' }}>{moved.dataFile}</Code>.
          </Text>
          {moved.previousDataFile && (
            <Text size="sm">The old copy is still where it was; remove it in Settings once you are sure.</Text>
          )}
        </Stack>
      ),
    })
  } catch (error) {
    notifications.show({ color: 'red', title: 'Not moved', message: messageOf(error), autoClose: 15_000 })
  } finally {
    await refreshReads(client, dataFileReads)
  }
}
