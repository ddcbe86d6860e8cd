import { z } from 'zod'
import { Id, withDefaults } from '../model/common'
import { DraftKey } from '../model/draft'
import { noteFieldShape } from '../model/note'

/** The draft key of a new note in a section, and of edits to an existing note: all start with `note:<mentor id>:`. */
export const noteDraftKey = (mentorId: string | null, section: string, noteId?: string) =>
  `note:${mentorId ?? 'unknown'}:${noteId ?? `new-${section}`}`

/** `notes:list`: a mentor's notes, or (mentorId null) those kept from deleted mentors. */
export const NoteQuery = z.object({ mentorId: Id.nullable() })

/** `notes:create`: the note, and the draft it was typed in (removed in the same write). */
export const NoteDraft = z
  .object({
    mentorId: Id,
    ...withDefaults(noteFieldShape, { title: '', body: '', happenedOn: null, pinned: false }),
    draftKey: DraftKey.optional(),
  })
  .refine((note) => note.title !== '' || note.body !== '', { path: ['body'], error: 'Write something first' })
export type NoteDraft = z.input<typeof NoteDraft>

/** `notes:update`: only the fields that change. */
export const NoteUpdate = z.object({
  id: Id,
  changes: z.object(noteFieldShape).partial(),
  draftKey: DraftKey.optional(),
})
export type NoteUpdate = z.input<typeof NoteUpdate>
