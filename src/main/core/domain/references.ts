import type { Database } from '../../../shared/model'
import type { FieldIssue } from '../../../shared/result'
import { AppFailure } from '../errors'

/** The records a new or changed record points at. */
export interface References {
  mentorId?: string | null
  mentorIds?: readonly string[]
  sessionId?: string | null
  goalIds?: readonly string[]
}

/**
 * Refuses input that points at a mentor, session or goal that does not exist, naming the field
 * (`mentorId`, `goalIds.1`) as for any other invalid input. `prefix` is prepended to the paths.
 */
export function checkReferences(data: Database, refs: References, prefix = ''): void {
  const issues: FieldIssue[] = []
  if (refs.mentorId && !data.mentors.some((m) => m.id === refs.mentorId)) {
    issues.push({ path: `${prefix}mentorId`, message: 'This mentor does not exist; they may have been deleted' })
  }
  refs.mentorIds?.forEach((mentorId, index) => {
    if (!data.mentors.some((m) => m.id === mentorId)) {
      issues.push({
        path: `${prefix}mentorIds.${index}`,
        message: 'This mentor does not exist; they may have been deleted',
      })
    }
  })
  if (refs.sessionId && !data.sessions.some((s) => s.id === refs.sessionId)) {
    issues.push({ path: `${prefix}sessionId`, message: 'This session does not exist; it may have been deleted' })
  }
  refs.goalIds?.forEach((goalId, index) => {
    if (!data.goals.some((g) => g.id === goalId)) {
      issues.push({ path: `${prefix}goalIds.${index}`, message: 'This goal does not exist; it may have been deleted' })
    }
  })
  if (issues.length > 0) {
    throw new AppFailure('invalid-input', `Nothing was saved. ${issues.map((i) => i.message).join('; ')}.`, issues)
  }
}

/** A failure for one field, worded as invalid input. */
export function invalidField(path: string, message: string): AppFailure {
  return new AppFailure('invalid-input', `Nothing was saved. ${message}.`, [{ path, message }])
}
