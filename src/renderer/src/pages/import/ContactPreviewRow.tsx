import { Checkbox, Group, NativeSelect, Stack, Table, Text } from '@mantine/core'
import type { ContactAction, ContactRow, FillableField } from '../../../../shared/requests/contacts-import'
import { MentorAvatar } from '../../components/MentorAvatar'
import { listInWords } from '../../../../shared/text'

const fillLabels: Record<FillableField, string> = {
  role: 'role',
  organization: 'organization',
  email: 'email',
  phone: 'phone',
  links: 'links',
  metOn: 'date met',
  avatar: 'photo',
  background: 'background note',
}

/** Orange that keeps AA contrast in both themes. */
export const warningColor = 'light-dark(var(--mantine-color-orange-9), var(--mantine-color-orange-4))'

/** What merging adds, in words: "Adds the date met and a photo", or that nothing is new. */
function mergeText(row: ContactRow): string {
  if (row.fills.length === 0) return 'Already here: nothing new to add.'
  return `Fills in the ${listInWords(row.fills.map((f) => fillLabels[f]))}; keeps everything already there.`
}

/** The sentence under a row: what its action will do. */
function outcomeText(row: ContactRow, action: ContactAction): string {
  if (action === 'skip') return 'Not imported.'
  if (action === 'add') return 'Added as a new prospect.'
  return mergeText(row)
}

/** One contact of the preview: who it is, and a choice of add as new, merge or skip. */
export function ContactPreviewRow({
  row,
  action,
  onChange,
}: {
  row: ContactRow
  action: ContactAction
  onChange: (action: ContactAction) => void
}) {
  const details = [row.role, row.organization].filter(Boolean).join(' · ')
  const contact = [row.email, row.phone].filter(Boolean).join(' · ')
  const options = [
    { value: 'add', label: 'Add as new mentor' },
    ...(row.match
      ? [{ value: 'merge', label: `Merge into ${row.match.name}${row.match.kind === 'row' ? ' (above)' : ''}` }]
      : []),
    { value: 'skip', label: 'Skip' },
  ]
  const lastChoice = row.proposed === 'skip' ? 'add' : row.proposed
  return (
    <Table.Tr>
      <Table.Td w={36}>
        <Checkbox
          aria-label={`Import ${row.name}`}
          checked={action !== 'skip'}
          onChange={(event) => onChange(event.currentTarget.checked ? lastChoice : 'skip')}
        />
      </Table.Td>
      <Table.Td>
        <Group gap="sm" wrap="nowrap" align="flex-start">
          <MentorAvatar id={`${row.file}:${row.where}`} name={row.name} src={row.avatar} size={36} />
          <Stack gap={0} style={{ minWidth: 0 }}>
            <Text size="sm" fw={600} dir="auto">
              {row.name}
            </Text>
            {details && (
              <Text size="xs" c="dimmed" dir="auto">
                {details}
              </Text>
            )}
            {contact && (
              <Text size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
                {contact}
              </Text>
            )}
            <Text size="xs" c="dimmed">
              {row.file}, {row.where.toLowerCase()}
            </Text>
          </Stack>
        </Group>
      </Table.Td>
      <Table.Td w={260}>
        <Stack gap={4}>
          <NativeSelect
            size="xs"
            aria-label={`What to do with ${row.name}`}
            data={options}
            value={action}
            onChange={(event) => onChange(event.currentTarget.value as ContactAction)}
          />
          <Text size="xs" c={row.match && action === 'merge' ? undefined : 'dimmed'}>
            {row.match && action !== 'merge' && action !== 'skip'
              ? `Looks like ${row.match.name} (same ${row.match.by}).`
              : outcomeText(row, action)}
          </Text>
          {row.warnings.map((warning) => (
            <Text key={warning} size="xs" c={warningColor}>
              {warning}
            </Text>
          ))}
        </Stack>
      </Table.Td>
    </Table.Tr>
  )
}
