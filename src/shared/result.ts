// The envelope every channel answers with. Plain data, so it crosses IPC, contextBridge and HTTP intact.
// No zod here: the preload imports this file.

/** Why a call failed, in terms the renderer can act on. */
export type ErrorCode =
  'invalid-input' | 'not-found' | 'conflict' | 'read-only' | 'storage' | 'unavailable' | 'forbidden' | 'internal'

/** One thing wrong with the input: a dotted field path (`changes.email`) and a sentence. */
export interface FieldIssue {
  path: string
  message: string
}

/** A failure as the renderer sees it: never a stack trace or a file path of ours. */
export interface AppError {
  code: ErrorCode
  message: string
  issues: FieldIssue[]
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: AppError }

/** Wraps a value as a success. */
export const ok = <T>(value: T): Result<T> => ({ ok: true, value })

/** Wraps an error as a failure. */
export const fail = (code: ErrorCode, message: string, issues: FieldIssue[] = []): Result<never> => ({
  ok: false,
  error: { code, message, issues },
})

/** True when `value` has the shape of a Result; guards what arrives over a transport. */
export function isResult(value: unknown): value is Result<unknown> {
  if (typeof value !== 'object' || value === null) return false
  const candidate = value as { ok?: unknown; error?: unknown }
  if (candidate.ok === true) return 'value' in candidate
  if (candidate.ok !== false || typeof candidate.error !== 'object' || candidate.error === null) return false
  const error = candidate.error as Partial<AppError>
  return typeof error.code === 'string' && typeof error.message === 'string' && Array.isArray(error.issues)
}

/** The field messages of an error keyed by path, with an optional prefix (`changes.`) removed. */
export function fieldErrors(error: AppError, prefix = ''): Record<string, string> {
  const out: Record<string, string> = {}
  for (const issue of error.issues) {
    const path = issue.path.startsWith(prefix) ? issue.path.slice(prefix.length) : issue.path
    out[path] ??= issue.message
  }
  return out
}
