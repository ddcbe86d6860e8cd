import { Button, Code, NativeSelect, SimpleGrid, Stack, Text } from '@mantine/core'
import { useState } from 'react'
import type { ColumnMapping, MappedField, PendingMapping } from '../../../../shared/requests/contacts-import'
import { mappedFieldLabels } from '../../../../shared/requests/contacts-import'
import { DialogActions } from '../../components/DialogForm'

const fields = Object.keys(mappedFieldLabels) as MappedField[]

/** The step for a CSV whose columns are not known: which column holds what; a name column is required. */
export function ColumnMappingStep({
  pending,
  busy,
  error,
  onCancel,
  onMap,
}: {
  pending: PendingMapping
  busy: boolean
  error: string | null
  onCancel: () => void
  onMap: (mapping: ColumnMapping) => void
}) {
  const [mapping, setMapping] = useState<ColumnMapping>(pending.suggested)
  const [tried, setTried] = useState(false)
  const hasName = mapping.name !== null || mapping.firstName !== null || mapping.lastName !== null
  const example = (column: number) => pending.sample.map((row) => row[column] ?? '').find((v) => v.trim() !== '') ?? ''
  const options = [
    { value: '', label: '— Not in this file —' },
    ...pending.columns.map((column, i) => ({
      value: String(i),
      label: `${column || `Column ${i + 1}`}${example(i) ? ` (e.g. ${example(i).slice(0, 30)})` : ''}`,
    })),
  ]
  return (
    <Stack gap="md">
      <Text size="sm">
        Mentor Tracker does not know the columns of <Code>{pending.file}</Code>. Say which column holds what; the
        contacts are shown before anything is imported.
      </Text>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        {fields.map((field) => (
          <NativeSelect
            key={field}
            label={mappedFieldLabels[field]}
            data={options}
            value={mapping[field] === null ? '' : String(mapping[field])}
            error={
              tried && !hasName && (field === 'name' || field === 'firstName')
                ? 'Choose the column with the names (or the first names): a mentor needs a name.'
                : undefined
            }
            onChange={(event) => {
              const value = event.currentTarget.value
              setMapping((m) => ({ ...m, [field]: value === '' ? null : Number(value) }))
            }}
          />
        ))}
      </SimpleGrid>
      <DialogActions onCancel={onCancel} busy={busy} error={error} errorTitle="These columns cannot be used">
        <Button
          loading={busy}
          onClick={() => {
            setTried(true)
            if (hasName) onMap(mapping)
          }}
        >
          Show the contacts
        </Button>
      </DialogActions>
    </Stack>
  )
}
