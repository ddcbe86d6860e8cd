import { Button, Group, Stack, Text } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { IconFilePlus } from '@tabler/icons-react'
import { useState } from 'react'
import type { ContactAction, ContactsPreview } from '../../../../shared/requests/contacts-import'
import { contactFormatLabels } from '../../../../shared/requests/contacts-import'
import { showSavedFile } from '../../components/saved-file-notice'
import { send, messageOf } from '../../data/api'
import { offerUndo } from '../../lib/undo'
import { ColumnMappingStep } from './ColumnMappingStep'
import { ContactPreviewRow } from './ContactPreviewRow'
import { ImportFooter, PreviewTable, openImportDialog, useImportSteps } from './import-dialog'
import { plural } from '../../../../shared/text'
import { SmallButton } from '../../components/SmallButton'

/** The preview of a contacts import: map an unknown CSV's columns, choose per contact, then import in one step. */
function ContactsImportBody({ initial, onClose }: { initial: ContactsPreview; onClose: () => void }) {
  const [preview, setPreview] = useState(initial)
  const [actions, setActions] = useState<Record<number, ContactAction>>({})
  const { busy, errorOf, run } = useImportSteps<'add' | 'map' | 'import'>()
  const actionOf = (index: number) => actions[index] ?? preview.rows[index]?.proposed ?? 'skip'
  const chosen = preview.rows.filter((r) => actionOf(r.index) !== 'skip').length

  const addFile = () =>
    run('add', async () => {
      const next = await send('contacts:importPreview', { source: { kind: 'add', previewId: preview.previewId } })
      if (next) setPreview(next)
    })
  const setAll = (on: boolean) =>
    setActions(
      Object.fromEntries(
        preview.rows.map((r) => [r.index, on ? (r.proposed === 'skip' ? 'add' : r.proposed) : 'skip'] as const),
      ),
    )
  const importNow = () =>
    run('import', async () => {
      const choices = preview.rows
        .filter((r) => actionOf(r.index) !== r.proposed)
        .map((r) => ({ index: r.index, action: actionOf(r.index) }))
      const done = await send('contacts:import', { previewId: preview.previewId, choices })
      onClose()
      const parts = [
        done.added > 0 &&
          `${plural(done.added, 'new mentor', { grouped: true })} added as ${done.added === 1 ? 'a prospect' : 'prospects'}`,
        done.merged > 0 && `${plural(done.merged, 'mentor', { grouped: true })} filled in`,
        done.unchanged > 0 && `${plural(done.unchanged, 'contact', { grouped: true })} already here`,
      ].filter(Boolean)
      offerUndo({
        id: done.importId,
        title: 'Contacts imported',
        message: parts.length > 0 ? `${parts.join(', ')}.` : 'Nothing was imported.',
        undo: () => send('contacts:undoImport', { importId: done.importId }),
        restored: 'The import was undone.',
      })
    })

  if (preview.mapping) {
    return (
      <ColumnMappingStep
        pending={preview.mapping}
        busy={busy === 'map'}
        error={errorOf('map')}
        onCancel={onClose}
        onMap={(mapping) =>
          void run('map', async () => {
            const next = await send('contacts:importPreview', {
              source: { kind: 'mapping', previewId: preview.previewId, mapping },
            })
            if (next) setPreview(next)
          })
        }
      />
    )
  }
  return (
    <Stack gap="md">
      <Stack gap={2}>
        <Text size="sm" fw={600}>
          {plural(preview.rows.length, 'contact', { grouped: true })}:{' '}
          {plural(preview.rows.filter((r) => !r.match).length, 'new one', { grouped: true })},{' '}
          {preview.rows.filter((r) => r.match).length.toLocaleString()} already here or found twice.
        </Text>
        <Text size="sm" c="dimmed">
          From{' '}
          {preview.files
            .map(
              (f) =>
                `${f.name} (${contactFormatLabels[f.format]}, ${plural(f.contacts, 'contact', { grouped: true })})`,
            )
            .join(', ')}
          . Nothing is written until you choose Import; a person already here is merged, filling only what is empty.
        </Text>
      </Stack>
      <Group justify="space-between">
        <Group gap="xs">
          <Button size="xs" variant="default" onClick={() => setAll(true)}>
            Select all
          </Button>
          <Button size="xs" variant="default" onClick={() => setAll(false)}>
            Select none
          </Button>
        </Group>
        <SmallButton icon={IconFilePlus} loading={busy === 'add'} onClick={() => void addFile()}>
          Add another file…
        </SmallButton>
      </Group>
      <PreviewTable
        label="Contacts to import"
        count={preview.rows.length}
        empty="No contact in these files can be imported."
        reserve={420}
      >
        {preview.rows.map((row) => (
          <ContactPreviewRow
            key={row.index}
            row={row}
            action={actionOf(row.index)}
            onChange={(action) => setActions((a) => ({ ...a, [row.index]: action }))}
          />
        ))}
      </PreviewTable>
      <ImportFooter
        skipped={preview.skipped}
        what="contact"
        error={errorOf('add', 'import')}
        importing={busy === 'import'}
        count={chosen}
        noun="contact"
        onCancel={onClose}
        onImport={() => void importNow()}
      />
    </Stack>
  )
}

/** Asks for a contacts file (vCard or CSV) and shows what importing it would do; a file that cannot be used is refused in a sentence. */
export const openContactsImport = () =>
  openImportDialog(
    'Import contacts',
    () => send('contacts:importPreview', { source: { kind: 'file' } }),
    ContactsImportBody,
  )

/** Saves mentors as a vCard file where the user chooses, and says where it went. */
export async function exportVcard(mentorIds?: string[]): Promise<void> {
  try {
    const done = await send('contacts:exportVcard', { mentorIds })
    if (done.path) {
      showSavedFile({
        id: 'vcard-exported',
        title: 'Exported',
        what: `${plural(done.count, 'mentor', { grouped: true })} saved`,
        path: done.path,
      })
    }
  } catch (error) {
    notifications.show({ color: 'red', title: 'Not exported', message: messageOf(error) })
  }
}
