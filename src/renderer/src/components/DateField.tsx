import { DateInput } from '@mantine/dates'
import type { DateInputProps } from '@mantine/dates'
import { parseTypedDate, typedDateFormats } from '../lib/parse-date'

/** The app's date field: shows "5 Dec 2026", reads what people type ("2026-12-05", "5/12/2026"), and can be cleared. */
export function DateField(props: Omit<DateInputProps, 'valueFormat' | 'dateParser'>) {
  return <DateInput valueFormat={typedDateFormats[0]} dateParser={parseTypedDate} clearable {...props} />
}
