import { MultiSelect } from '@mantine/core'
import type { MultiSelectProps } from '@mantine/core'
import { useMemo } from 'react'
import { useGoals } from '../../data/queries'

interface Props extends Omit<MultiSelectProps, 'data'> {
  /** Goals offered even when no longer active, because the record is linked to them. */
  linked: readonly string[] | undefined
  /** What the field says when there is no goal to offer; `placeholder` otherwise. */
  emptyPlaceholder?: string
}

/** The goals a record (an action item, a session) moves forward: the active ones, and those it is linked to. */
export function GoalsField({ linked, emptyPlaceholder, placeholder, ...props }: Props) {
  const goals = useGoals()
  const options = useMemo(
    () =>
      (goals.data ?? [])
        .filter((g) => g.goal.status === 'active' || linked?.includes(g.goal.id))
        .map((g) => ({ value: g.goal.id, label: g.goal.title })),
    [goals.data, linked],
  )
  return (
    <MultiSelect
      label="Goals"
      placeholder={options.length === 0 && emptyPlaceholder !== undefined ? emptyPlaceholder : placeholder}
      data={options}
      searchable
      clearable
      {...props}
    />
  )
}
