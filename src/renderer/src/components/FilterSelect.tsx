import { Select } from '@mantine/core'
import type { SelectProps } from '@mantine/core'

/** One choice in a page's filter bar: searchable, clearable (cleared means "all"), named by `label` for screen readers. */
export function FilterSelect({ label, ...props }: { label: string } & SelectProps) {
  return <Select aria-label={label} searchable clearable {...props} />
}
