import { DateInput } from '@mantine/dates'
import type { DateInputProps } from '@mantine/dates'
import { parseTypedDate, typedDateFormats } from '../lib/parse-date'

/** The app's date field: shows "5 Dec 2026", reads what people type ("2026-12-05", "5/12/2026"), and can be cleared. */
export function DateField(props: Omit<DateInputProps, 'valueFormat' | 'dateParser'>) {
  // The clear button is an icon: it is named after the field it clears.
  const field = typeof props.label === 'string' ? props.label : (props['aria-label'] ?? 'date')
  return (
    <DateInput
      valueFormat={typedDateFormats[0]}
      dateParser={parseTypedDate}
      clearable
      {...props}
      clearButtonProps={{ 'aria-label': `Clear ${field.toLowerCase()}`, ...props.clearButtonProps }}
    />
  )
}
