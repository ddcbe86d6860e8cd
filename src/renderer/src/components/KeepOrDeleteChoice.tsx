import { Radio, Stack } from '@mantine/core'

/** Keep what hangs on records being deleted, or delete it too. */
export type KeepOrDelete = 'keep' | 'delete'

/** The question a delete asks about what the user hung on the deleted records: keep it, or delete it too. */
export function KeepOrDeleteChoice({
  value,
  onChange,
  label,
  keepLabel,
  deleteLabel,
  'aria-label': ariaLabel,
}: {
  value: KeepOrDelete
  onChange: (value: KeepOrDelete) => void
  /** The question, shown; without it, `aria-label` names the choice. */
  label?: string
  keepLabel: string
  deleteLabel: string
  'aria-label'?: string
}) {
  return (
    <Radio.Group value={value} onChange={(next) => onChange(next as KeepOrDelete)} label={label} aria-label={ariaLabel}>
      <Stack gap="xs" mt={label ? 'xs' : undefined}>
        <Radio value="keep" label={keepLabel} />
        <Radio value="delete" label={deleteLabel} color="red" />
      </Stack>
    </Radio.Group>
  )
}
