// The app's text fields for what people write: in any script (dir="auto"), the right size for it.
import { TextInput, Textarea } from '@mantine/core'
import type { TextareaProps, TextInputProps } from '@mantine/core'

/** A form's first field, the one it cannot do without: required, typed in any script, focused when it opens. */
export function LeadField(props: TextInputProps) {
  return <TextInput dir="auto" required data-autofocus {...props} />
}

/** A few lines of free text that grow as the user writes, up to `maxRows` (6 unless told). */
export function GrowingTextarea(props: TextareaProps) {
  return <Textarea dir="auto" autosize minRows={2} maxRows={6} {...props} />
}
