import type { Database } from '../../../shared/model'
import type { RosterEntry } from '../../../shared/requests/mentors'
import { nextCheckInAt } from './keep-in-touch'

const increment = (counts: Map<string, number>, key: string | null) => {
  if (key) counts.set(key, (counts.get(key) ?? 0) + 1)
}

/** The roster rows: each mentor with their last held session, next check-in and counts, in one pass over the data. */
export function rosterOf(data: Database, includeArchived: boolean): RosterEntry[] {
  const lastHeld = new Map<string, string>()
  const sessions = new Map<string, number>()
  for (const session of data.sessions) {
    increment(sessions, session.mentorId)
    if (session.status !== 'held' || !session.mentorId) continue
    const previous = lastHeld.get(session.mentorId)
    if (!previous || session.startsAt > previous) lastHeld.set(session.mentorId, session.startsAt)
  }
  const openActions = new Map<string, number>()
  for (const item of data.actionItems) if (item.doneAt === null) increment(openActions, item.mentorId)
  const notes = new Map<string, number>()
  for (const note of data.notes) increment(notes, note.mentorId)

  return data.mentors
    .filter((mentor) => includeArchived || mentor.archivedAt === null)
    .map((mentor) => {
      const lastSessionAt = lastHeld.get(mentor.id) ?? null
      return {
        mentor,
        lastSessionAt,
        nextCheckInAt: nextCheckInAt(mentor, lastSessionAt),
        openActionItems: openActions.get(mentor.id) ?? 0,
        noteCount: notes.get(mentor.id) ?? 0,
        sessionCount: sessions.get(mentor.id) ?? 0,
      }
    })
}
