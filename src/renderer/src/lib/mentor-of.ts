import type { Mentor } from '../../../shared/model'

/** The mentor a record (a session, an action item) is with, when it names one the roster knows. */
export const mentorOf = (mentors: ReadonlyMap<string, Mentor>, mentorId: string | null | undefined) =>
  mentorId ? mentors.get(mentorId) : undefined
