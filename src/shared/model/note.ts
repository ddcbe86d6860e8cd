import { z } from 'zod'
import { Id, LocalDate, RecordBase, Timestamp, limits, text, withDefaults } from './common'

/** The sections of a mentor page that hold notes. */
export const noteSections = ['background', 'interests', 'achievements', 'notes'] as const
export const NoteSection = z.enum(noteSections, { error: 'Choose a section' })
export type NoteSection = z.infer<typeof NoteSection>

/** The fields whose change makes a note "edited"; pinning is not editing. */
export const noteContentFields = ['section', 'title', 'body', 'happenedOn'] as const

/** The fields of a note the user edits, without defaults. */
export const noteFieldShape = {
  section: NoteSection,
  title: text(limits.name),
  body: text(limits.longText),
  /** For dated entries (an achievement in 2021). */
  happenedOn: LocalDate.nullable(),
  pinned: z.boolean(),
}

/** Labels a user reads for each section. */
export const noteSectionLabels: Record<NoteSection, string> = {
  background: 'Background',
  interests: 'Interests',
  achievements: 'Achievements',
  notes: 'Notes',
}

/** A note about a mentor, in Markdown. */
export const Note = RecordBase.extend({
  /** null when the mentor was deleted and the user chose to keep their history. */
  mentorId: Id.nullable(),
  ...withDefaults(noteFieldShape, { title: '', body: '', happenedOn: null, pinned: false }),
  /**
   * When its words last changed (title, text, date or section); null when never. Absent on notes
   * written before it was kept, which fall back to `updatedAt`. Pinning leaves it alone.
   */
  editedAt: Timestamp.nullable().optional(),
})
export type Note = z.infer<typeof Note>
