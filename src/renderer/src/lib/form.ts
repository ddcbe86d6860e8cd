import { notifications } from '@mantine/notifications'
import type { z } from 'zod'
import { fieldErrors } from '../../../shared/result'
import { ApiError, messageOf } from '../data/api'

/** A Mantine `validate` function from a zod schema: the same rules core applies, shown as the user types. */
export function validateWith<Values>(schema: z.ZodType, toInput: (values: Values) => unknown = (v) => v) {
  return (values: Values): Record<string, string> => {
    const result = schema.safeParse(toInput(values))
    if (result.success) return {}
    const errors: Record<string, string> = {}
    for (const issue of result.error.issues) errors[issue.path.map(String).join('.')] ??= issue.message
    return errors
  }
}

/** A form that can show errors next to its fields. */
export interface ErrorTarget {
  setErrors(errors: Record<string, string>): void
}

/** Shows a failed save: field errors next to their fields, anything else as a notification. */
export function showSaveError(form: ErrorTarget, error: unknown, prefix = ''): void {
  if (error instanceof ApiError && error.error.code === 'invalid-input' && error.error.issues.length > 0) {
    form.setErrors(fieldErrors(error.error, prefix))
    return
  }
  notifications.show({ color: 'red', title: 'Not saved', message: messageOf(error) })
}
