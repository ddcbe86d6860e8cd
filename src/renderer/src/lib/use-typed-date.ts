import type { FormEvent } from 'react'
import { useState } from 'react'
import { formatLocalDate } from './dates'
import { parseTypedDate } from './parse-date'

/** The latest date a field takes (YYYY-MM-DD), and what to say when a later one is typed. */
export interface TypedDateRule {
  max?: string
  tooLate?: string
}

/** What is wrong with a date typed in a date field, or null when it is a date the field takes (or nothing). */
export function typedDateError(typed: string, rule: TypedDateRule = {}): string | null {
  const text = typed.trim()
  if (!text) return null
  const date = parseTypedDate(text)
  if (!date) return 'Enter a date like 5 Dec 2024 or 2024-12-05'
  if (rule.max && date > rule.max) return rule.tooLate ?? `Choose ${formatLocalDate(rule.max)} or an earlier date`
  return null
}

/**
 * Checks what is typed in a DateField, which on its own ignores text that is not a date (or is out of
 * range) and puts the last good date back on blur, so the user would save something they did not type.
 * Spread `fieldProps` on the field, call `accepted()` from its onChange, and `blocksSaving()` before saving.
 */
export function useTypedDate(rule: TypedDateRule) {
  // null while the field shows its own value; the text otherwise.
  const [typed, setTyped] = useState<string | null>(null)
  const [shown, setShown] = useState(false)
  const error = typed === null ? null : typedDateError(typed, rule)
  return {
    /** The message to show next to the field, once the user has left it or tried to save. */
    error: shown ? error : null,
    fieldProps: {
      // Keep what was typed on screen while it is wrong, next to the message saying why.
      fixOnBlur: error === null,
      onInput: (event: FormEvent<HTMLInputElement>) => setTyped(event.currentTarget.value),
      onBlur: () => setShown(true),
    },
    /** The field took a date (or was cleared): what it shows is its own value again. */
    accepted: () => setTyped(null),
    /** Shows the message, if any; true when what is typed cannot be saved. */
    blocksSaving: () => {
      setShown(true)
      return error !== null
    },
  }
}
