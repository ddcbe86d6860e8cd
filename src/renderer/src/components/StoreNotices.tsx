import { Button, Stack, Text } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { useQueryClient } from '@tanstack/react-query'
import { useEffect } from 'react'
import type { AppInfo } from '../../../shared/requests/app'
import type { StoreNotice } from '../../../shared/store-status'
import { api } from '../lib/api'
import { dataQueryKey } from '../pages/settings/data-actions'
import { openImportPreview } from '../pages/settings/ImportPreview'

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
    case 'conflict': {
      const id = `store-conflict-${notice.copy}`
      notifications.show({
        id,
        color: 'orange',
        autoClose: false,
        title: 'Your data was changed here and somewhere else',
        message: (
          <Stack gap={6}>
            <Text size="sm">
              Another program (a sync tool, perhaps) changed the data file while you had changes here that it does not
              have. Mentor Tracker now shows the file&apos;s version, and kept this computer&apos;s version as a backup,
              so nothing is lost.
            </Text>
            <div>
              <Button
                size="compact-sm"
                variant="light"
                onClick={() => {
                  notifications.hide(id)
                  void openImportPreview({ kind: 'backup', name: notice.copy }, 'merge')
                }}
              >
                Bring my changes back
              </Button>
            </div>
          </Stack>
        ),
      })
      return
    }
    case 'journal-conflict': {
      const id = `store-journal-conflict-${notice.copy}`
      notifications.show({
        id,
        color: 'orange',
        autoClose: false,
        title: 'Another program changed the journal of recent changes',
        message: (
          <Stack gap={6}>
            <Text size="sm">
              A sync tool, perhaps, replaced the file where Mentor Tracker keeps your latest changes. Your data is kept
              as you see it, and what the other program wrote was kept as a backup, so nothing is lost.
            </Text>
            <div>
              <Button
                size="compact-sm"
                variant="light"
                onClick={() => {
                  notifications.hide(id)
                  void openImportPreview({ kind: 'backup', name: notice.copy }, 'merge')
                }}
              >
                Merge its changes
              </Button>
            </div>
          </Stack>
        ),
      })
      return
    }
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
    const offStatus = api().on('store:status', (status) => {
      client.setQueryData<AppInfo>(['app', 'info'], (info) => info && { ...info, status, dataFile: status.dataFile })
      void client.invalidateQueries({ queryKey: dataQueryKey })
    })
    const offNotice = api().on('store:notice', showNotice)
    return () => {
      offStatus()
      offNotice()
    }
  }, [client])
  return null
}
