import { Button, Group } from '@mantine/core'

/** A form's closing row: Cancel, and the submit button saying what it does. */
export function FormActions({
  submitLabel,
  saving,
  onCancel,
}: {
  submitLabel: string
  saving: boolean
  onCancel: () => void
}) {
  return (
    <Group justify="flex-end" mt="sm">
      <Button variant="default" onClick={onCancel}>
        Cancel
      </Button>
      <Button type="submit" loading={saving}>
        {submitLabel}
      </Button>
    </Group>
  )
}
