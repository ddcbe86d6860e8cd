import { Button, Group, Stack, TextInput } from '@mantine/core'
import type { TextInputProps } from '@mantine/core'
import type { FormEventHandler, ReactNode } from 'react'

interface Props {
  onSubmit: FormEventHandler<HTMLFormElement>
  submitLabel: string
  saving: boolean
  onCancel: () => void
  children: ReactNode
}

/** A form in a dialog: its fields one under another, then Cancel and the submit button saying what it does. */
export function DialogForm({ onSubmit, submitLabel, saving, onCancel, children }: Props) {
  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack gap="md">
        {children}
        <Group justify="flex-end" mt="sm">
          <Button variant="default" onClick={onCancel}>
            Cancel
          </Button>
          <Button type="submit" loading={saving}>
            {submitLabel}
          </Button>
        </Group>
      </Stack>
    </form>
  )
}

/** A form's first field, the one it cannot do without: required, typed in any script, focused when it opens. */
export function LeadField(props: TextInputProps) {
  return <TextInput dir="auto" required data-autofocus {...props} />
}
