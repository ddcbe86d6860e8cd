// A field made of rows the user adds and removes: a session's action items and resources, a mentor's links.
import { ActionIcon, Button, Group, Stack, Text } from '@mantine/core'
import type { MantineSpacing } from '@mantine/core'
import { IconPlus, IconX } from '@tabler/icons-react'
import type { ReactNode, Ref } from 'react'

/** The field: its label, its rows, and the quiet button under them that adds one. */
export function ListField({
  label,
  addLabel,
  onAdd,
  addRef,
  children,
}: {
  label: string
  addLabel: string
  onAdd: () => void
  /** The add button, for giving the focus back to it when a row goes. */
  addRef?: Ref<HTMLButtonElement>
  children: ReactNode
}) {
  return (
    <Stack gap="xs">
      <Text size="sm" fw={500}>
        {label}
      </Text>
      {children}
      <Group>
        <Button variant="subtle" size="compact-sm" leftSection={<IconPlus size={14} />} ref={addRef} onClick={onAdd}>
          {addLabel}
        </Button>
      </Group>
    </Stack>
  )
}

/** The × beside a row that removes it, named after the row: "Remove resource 2". */
export function RemoveRowButton({ label, onClick, mt }: { label: string; onClick: () => void; mt?: MantineSpacing }) {
  return (
    <ActionIcon mt={mt} variant="subtle" color="gray" aria-label={label} onClick={onClick}>
      <IconX size={16} />
    </ActionIcon>
  )
}
