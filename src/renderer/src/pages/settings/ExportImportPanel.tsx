import { Button, SimpleGrid, Stack, Text } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { IconAddressBook, IconCalendarPlus, IconFileExport, IconFileImport } from '@tabler/icons-react'
import { useState } from 'react'
import { showSavedFile } from '../../components/saved-file-notice'
import { api, call, messageOf } from '../../lib/api'
import { exportedToastId } from './data-actions'
import { formatBytes } from './data-labels'
import { openImportPreview } from './ImportPreview'
import { startCalendarImport, startContactsImport, startVcardExport } from '../import/start-import'

/** Saves everything as one JSON file where the user chooses, and says where it went. */
async function exportJson() {
  try {
    const { path, bytes } = await call(api().data.exportJson())
    if (!path) return
    showSavedFile({
      id: exportedToastId,
      title: 'Exported',
      what: `All your data (${formatBytes(bytes)}) is saved`,
      path,
    })
  } catch (error) {
    notifications.show({ color: 'red', title: 'Not exported', message: messageOf(error) })
  }
}

/** Export everything as JSON, and import such a file (previewed first). */
export function ExportImportPanel() {
  const [busy, setBusy] = useState<'export' | 'import' | 'contacts' | 'calendar' | 'vcard' | null>(null)
  const run = (what: NonNullable<typeof busy>, task: () => Promise<void>) => {
    setBusy(what)
    void task().finally(() => setBusy(null))
  }
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="lg">
      <Stack gap={6} align="flex-start">
        <Button
          size="xs"
          variant="default"
          leftSection={<IconFileExport size={14} />}
          loading={busy === 'export'}
          onClick={() => run('export', exportJson)}
        >
          Export everything as JSON…
        </Button>
        <Text size="xs" c="dimmed">
          One file with all your mentors, notes, sessions, action items, goals and settings: to keep, or to bring into
          Mentor Tracker on another computer.
        </Text>
      </Stack>
      <Stack gap={6} align="flex-start">
        <Button
          size="xs"
          variant="default"
          leftSection={<IconFileImport size={14} />}
          loading={busy === 'import'}
          onClick={() => run('import', () => openImportPreview({ kind: 'file' }))}
        >
          Import from JSON…
        </Button>
        <Text size="xs" c="dimmed">
          Shows what the file holds before anything changes; then merge it into your data or replace your data with it.
        </Text>
      </Stack>
      <Stack gap={6} align="flex-start">
        <Button
          size="xs"
          variant="default"
          leftSection={<IconAddressBook size={14} />}
          loading={busy === 'contacts'}
          onClick={() => run('contacts', startContactsImport)}
        >
          Import contacts…
        </Button>
        <Text size="xs" c="dimmed">
          Your mentors from Apple Contacts, Google, Outlook, Android or Thunderbird (vCard or CSV), or LinkedIn&apos;s
          Connections.csv. People already here are merged; you see everything before it is imported.
        </Text>
      </Stack>
      <Stack gap={6} align="flex-start">
        <Button
          size="xs"
          variant="default"
          leftSection={<IconCalendarPlus size={14} />}
          loading={busy === 'calendar'}
          onClick={() => run('calendar', startCalendarImport)}
        >
          Import meetings from a calendar…
        </Button>
        <Text size="xs" c="dimmed">
          An .ics export of Google Calendar, Outlook or Apple Calendar: meetings with your mentors become held or
          planned sessions. Importing the same file again adds nothing.
        </Text>
      </Stack>
      <Stack gap={6} align="flex-start">
        <Button
          size="xs"
          variant="default"
          leftSection={<IconFileExport size={14} />}
          loading={busy === 'vcard'}
          onClick={() => run('vcard', () => startVcardExport())}
        >
          Export mentors as vCard…
        </Button>
        <Text size="xs" c="dimmed">
          Every mentor as a vCard 4.0 file, for your address book or another app.
        </Text>
      </Stack>
    </SimpleGrid>
  )
}
