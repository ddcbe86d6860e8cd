import type { Note, NoteSection } from '../../../../shared/model'

/** Dated sections list by when it happened (newest first, undated last); free notes by when written. Pinned first. */
export function sortNotes(notes: readonly Note[], section: NoteSection): Note[] {
  const dated = section !== 'notes'
  return [...notes].sort((a, b) => {
    if (a.pinned !== b.pinned) return a.pinned ? -1 : 1
    if (dated && a.happenedOn !== b.happenedOn) {
      if (a.happenedOn === null) return 1
      if (b.happenedOn === null) return -1
      return b.happenedOn.localeCompare(a.happenedOn)
    }
    return b.createdAt.localeCompare(a.createdAt)
  })
}
