import type { Mentor } from '../../../shared/model'

const WEEK_MS = 7 * 24 * 60 * 60 * 1000

/**
 * When to get in touch with a mentor next: their cadence after the last held session, or after
 * they were added when there has been none. None without a cadence, or while paused or archived.
 */
export function nextCheckInAt(mentor: Mentor, lastSessionAt: string | null): string | null {
  if (mentor.cadenceWeeks === null || mentor.archivedAt !== null || mentor.stage === 'paused') return null
  const base = Date.parse(lastSessionAt ?? mentor.createdAt)
  return new Date(base + mentor.cadenceWeeks * WEEK_MS).toISOString()
}
