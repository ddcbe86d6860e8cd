import type { z } from 'zod'
import type { AppError, ErrorCode, FieldIssue } from '../../shared/result'

/** A failure a handler throws on purpose; its message is shown to the user as it is. */
export class AppFailure extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly issues: FieldIssue[] = [],
  ) {
    super(message)
    this.name = 'AppFailure'
  }

  toAppError(): AppError {
    return { code: this.code, message: this.message, issues: this.issues }
  }
}

/** The failure for a record that is not (or no longer) there. */
export function notFound(what: string): AppFailure {
  return new AppFailure('not-found', `That ${what} no longer exists. It may have been deleted; refresh and try again.`)
}

/** Turns zod's issues into field issues and one readable sentence. */
export function invalidInput(error: z.ZodError): AppError {
  const issues: FieldIssue[] = error.issues.map((issue) => ({
    path: issue.path.map(String).join('.'),
    message: issue.message,
  }))
  // A message that is already a sentence loses its full stop here, so the joined one ends with one, not two.
  const shown = issues.slice(0, 3).map((i) => (i.path ? `${i.path}: ${i.message}` : i.message).replace(/\.$/, ''))
  const more = issues.length > 3 ? `; and ${issues.length - 3} more` : ''
  return { code: 'invalid-input', message: `Nothing was saved. ${shown.join('; ')}${more}.`, issues }
}
