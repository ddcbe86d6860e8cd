import { SimpleGrid, Stack, Text } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { IconAddressBook, IconCalendarPlus, IconFileExport, IconFileImport } from '@tabler/icons-react'
import { showSavedFile } from '../../components/saved-file-notice'
import { send, messageOf } from '../../data/api'
import { exportedToastId } from './data-file-commands'
import { formatBytes } from './data-labels'
import { openImportPreview } from './ImportPreview'
import { startCalendarImport, startContactsImport, startVcardExport } from '../import/start-contacts-and-calendar'
import { SmallButton } from '../../components/SmallButton'
import { useBusy } from '../../lib/use-busy'

/** Saves everything as one JSON file where the user chooses, and says where it went. */
async function exportJson() {
  try {
    const { path, bytes } = await send('data:exportJson')
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

type Action = 'export' | 'import' | 'contacts' | 'calendar' | 'vcard'

/** One action of the panel: its button and a line saying what it does. */
const actions: Array<{
  id: Action
  icon: typeof IconFileExport
  label: string
  text: string
  task: () => Promise<void>
}> = [
  {
    id: 'export',
    icon: IconFileExport,
    label: 'Export everything as JSON…',
    text: 'One file with all your mentors, notes, sessions, action items, goals and settings: to keep, or to bring into Mentor Tracker on another computer.',
    task: exportJson,
  },
  {
    id: 'import',
    icon: IconFileImport,
    label: 'Import from JSON…',
    text: 'Shows what the file holds before anything changes; then merge it into your data or replace your data with it.',
    task: () => openImportPreview({ kind: 'file' }),
  },
  {
    id: 'contacts',
    icon: IconAddressBook,
    label: 'Import contacts…',
    text: "Your mentors from Apple Contacts, Google, Outlook, Android or Thunderbird (vCard or CSV), or LinkedIn's Connections.csv. People already here are merged; you see everything before it is imported.",
    task: startContactsImport,
  },
  {
    id: 'calendar',
    icon: IconCalendarPlus,
    label: 'Import meetings from a calendar…',
    text: 'An .ics export of Google Calendar, Outlook or Apple Calendar: meetings with your mentors become held or planned sessions. Importing the same file again adds nothing.',
    task: startCalendarImport,
  },
  {
    id: 'vcard',
    icon: IconFileExport,
    label: 'Export mentors as vCard…',
    text: 'Every mentor as a vCard 4.0 file, for your address book or another app.',
    task: () => startVcardExport(),
  },
]

/** Export everything as JSON and import such a file (previewed first); import contacts and meetings; export vCards. */
export function ExportImportPanel() {
  const { busy, run } = useBusy<Action>()
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="lg">
      {actions.map((action) => (
        <Stack key={action.id} gap={6} align="flex-start">
          <SmallButton icon={action.icon} loading={busy === action.id} onClick={() => void run(action.id, action.task)}>
            {action.label}
          </SmallButton>
          <Text size="xs" c="dimmed">
            {action.text}
          </Text>
        </Stack>
      ))}
    </SimpleGrid>
  )
}
