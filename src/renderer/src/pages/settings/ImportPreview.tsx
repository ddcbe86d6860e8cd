import { Alert, Button, Code, Radio, Stack, Table, Text, VisuallyHidden } from '@mantine/core'
import { modals } from '@mantine/modals'
import { notifications } from '@mantine/notifications'
import { IconAlertTriangle } from '@tabler/icons-react'
import { useState } from 'react'
import type { ImportMode, ImportPreview, ImportSource } from '../../../../shared/requests/data'
import { send, messageOf } from '../../data/api'
import { formatDateTime } from '../../lib/dates'
import { exportedToastId } from './data-file-commands'
import { countedKinds, countsText, recordsText } from './data-labels'
import { DialogActions } from '../../components/DialogForm'

/** What the file holds beside what the app holds now, kind by kind. */
function CountsTable({ preview }: { preview: ImportPreview }) {
  return (
    <Table withTableBorder withColumnBorders={false} aria-label="What the file holds and what you have now">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>
            <VisuallyHidden>Records</VisuallyHidden>
          </Table.Th>
          <Table.Th ta="right">In the file</Table.Th>
          <Table.Th ta="right">You have now</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {countedKinds.map(({ key, many }) => (
          <Table.Tr key={key}>
            <Table.Th scope="row" fw={400}>
              {many.charAt(0).toUpperCase() + many.slice(1)}
            </Table.Th>
            <Table.Td ta="right">{preview.incoming[key].toLocaleString()}</Table.Td>
            <Table.Td ta="right">{preview.current[key].toLocaleString()}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  )
}

/** The preview of an import, the choice of merge or replace, and the import itself. */
function ImportPreviewBody({
  preview,
  initialMode,
  onClose,
}: {
  preview: ImportPreview
  initialMode: ImportMode
  onClose: () => void
}) {
  const [mode, setMode] = useState<ImportMode>(initialMode)
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const { merge } = preview
  const nothingToMerge = merge.added + merge.updated === 0

  const run = async () => {
    setBusy(true)
    setError(null)
    try {
      const done = await send('data:import', { previewId: preview.previewId, mode })
      onClose()
      notifications.show({
        color: 'teal',
        title: done.mode === 'merge' ? 'Merged' : 'Your data was replaced',
        autoClose: 10_000,
        message: `You now have ${countsText(done.now)}. Your data as it was before is kept as a backup.`,
      })
    } catch (failure) {
      setError(messageOf(failure))
      setBusy(false)
    }
  }

  return (
    <Stack gap="md">
      <Text size="sm">
        <Code>{preview.fileName}</Code>{' '}
        {preview.newestChange
          ? `was last changed ${formatDateTime(preview.newestChange)}.`
          : 'holds no mentors, notes, sessions, action items or goals.'}
      </Text>
      <CountsTable preview={preview} />
      <Radio.Group
        label="How to import"
        value={mode}
        onChange={(value) => {
          setMode(value as ImportMode)
          setError(null)
        }}
      >
        <Stack gap="sm" mt="xs">
          <Radio
            value="merge"
            label="Merge into my data"
            description={
              nothingToMerge
                ? 'Everything in the file is already here: merging would change nothing.'
                : `Adds what only the file has and takes its newer edits; deletes nothing. ${recordsText(merge.added)} new, ${recordsText(merge.updated)} updated, ${recordsText(merge.unchanged)} already the same.`
            }
          />
          <Radio
            value="replace"
            label="Replace my data with the file"
            description="Mentor Tracker will hold exactly what the file holds."
          />
        </Stack>
      </Radio.Group>
      {mode === 'replace' && (
        <Alert color="orange" icon={<IconAlertTriangle />} title="What you have now goes">
          Your {countsText(preview.current)} will be replaced by the file&apos;s {countsText(preview.incoming)}.
          Anything that is not in the file is removed.
        </Alert>
      )}
      <Text size="sm" c="dimmed">
        Your data as it is now is backed up first: you can restore it from the backups list.
      </Text>
      <DialogActions onCancel={onClose} busy={busy} error={error} errorTitle="Nothing was imported">
        <Button
          color={mode === 'replace' ? 'red' : undefined}
          loading={busy}
          disabled={mode === 'merge' && nothingToMerge}
          onClick={() => void run()}
        >
          {mode === 'replace' ? 'Replace my data' : 'Merge'}
        </Button>
      </DialogActions>
    </Stack>
  )
}

/**
 * Reads a file (the user picks it) or a backup, and shows what importing it would do; nothing is
 * written until the user chooses. A file that cannot be used is refused in a sentence.
 */
export async function openImportPreview(source: ImportSource, initialMode: ImportMode = 'merge'): Promise<void> {
  let preview: ImportPreview | null
  try {
    preview = await send('data:importPreview', { source })
  } catch (error) {
    notifications.show({ color: 'red', title: 'Nothing was imported', message: messageOf(error), autoClose: 20_000 })
    return
  }
  if (!preview) return
  notifications.hide(exportedToastId)
  const modalId = modals.open({
    title: 'Import data',
    size: 'lg',
    children: <ImportPreviewBody preview={preview} initialMode={initialMode} onClose={() => modals.close(modalId)} />,
  })
}
