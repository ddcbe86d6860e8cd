import { Button, Stack, Text } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { useQueryClient } from '@tanstack/react-query'
import { useEffect } from 'react'
import type { AppInfo } from '../../../shared/requests/app'
import type { StoreNotice } from '../../../shared/store-status'
import { subscribe } from '../data/api'
import { queryKeyOf, refreshReads } from '../data/queries'
import { dataFileReads } from '../pages/settings/data-file-commands'
import { openImportPreview } from '../pages/settings/ImportPreview'

/** A notice that stays until closed, with a button that merges the backup `copy` into the data. */
function showMergeOffer(offer: { id: string; copy: string; title: string; text: string; action: string }): void {
  notifications.show({
    id: offer.id,
    color: 'orange',
    autoClose: false,
    title: offer.title,
    message: (
      <Stack gap={6}>
        <Text size="sm">{offer.text}</Text>
        <div>
          <Button
            size="compact-sm"
            variant="light"
            onClick={() => {
              notifications.hide(offer.id)
              void openImportPreview({ kind: 'backup', name: offer.copy }, 'merge')
            }}
          >
            {offer.action}
          </Button>
        </div>
      </Stack>
    ),
  })
}

/** Tells the user what another program did to the data file. */
function showNotice(notice: StoreNotice): void {
  switch (notice.kind) {
    case 'reloaded':
      notifications.show({
        id: 'store-reloaded',
        title: 'Your data was updated',
        message: 'Another program (a sync tool, perhaps) changed the data file. Mentor Tracker now shows that version.',
      })
      return
    case 'conflict':
      return showMergeOffer({
        id: `store-conflict-${notice.copy}`,
        copy: notice.copy,
        title: 'Your data was changed here and somewhere else',
        text: "Another program (a sync tool, perhaps) changed the data file while you had changes here that it does not have. Mentor Tracker now shows the file's version, and kept this computer's version as a backup, so nothing is lost.",
        action: 'Bring my changes back',
      })
    case 'journal-conflict':
      return showMergeOffer({
        id: `store-journal-conflict-${notice.copy}`,
        copy: notice.copy,
        title: 'Another program changed the journal of recent changes',
        text: 'A sync tool, perhaps, replaced the file where Mentor Tracker keeps your latest changes. Your data is kept as you see it, and what the other program wrote was kept as a backup, so nothing is lost.',
        action: 'Merge its changes',
      })
    case 'unusable':
      notifications.show({
        color: 'red',
        autoClose: false,
        title: 'The data file was replaced by one Mentor Tracker cannot use',
        message: notice.reason,
      })
  }
}

/** Follows the data file while the app runs: its status (the banner shows it) and what other programs did to it. */
export function StoreNotices() {
  const client = useQueryClient()
  useEffect(() => {
    const offStatus = subscribe('store:status', (status) => {
      client.setQueryData<AppInfo>(
        queryKeyOf('app:info'),
        (info) => info && { ...info, status, dataFile: status.dataFile },
      )
      void refreshReads(client, dataFileReads)
    })
    const offNotice = subscribe('store:notice', showNotice)
    return () => {
      offStatus()
      offNotice()
    }
  }, [client])
  return null
}
