// Writing a contacts import into the data, and taking it out again: pure functions over the database.
import type { Database, Mentor, Note } from '../../../shared/model'
import type { ContactAction, ContactMatch } from '../../../shared/requests/contacts-import'
import type { PreparedContact } from './contact-fields'
import { backgroundNote, fillMentor, mentorFromContact, noteIsKnown } from './merge-contact'
import { assertUntouched, withoutRecordsAbout } from './import-undo'

/** A contact of the preview with what the user chose to do with it. */
export interface PlannedContact {
  index: number
  contact: PreparedContact
  match: ContactMatch | null
  action: ContactAction
}

/** What undoing a contacts import takes out and puts back. */
export interface ContactsUndo {
  stamp: string
  mentorIds: string[]
  noteIds: string[]
  /** Mentors that were here before: the fields the import filled, as they were and as it left them. */
  merged: Array<{ id: string; before: Partial<Mentor>; after: Partial<Mentor> }>
}

export interface ContactsApplied {
  data: Database
  counts: { added: number; merged: number; unchanged: number; skipped: number }
  undo: ContactsUndo
}

const filledKeys = ['role', 'organization', 'email', 'phone', 'links', 'metOn', 'avatar'] as const
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b)

/** Adds, merges and skips the planned contacts in one new database. */
export function applyContacts(
  data: Database,
  rows: readonly PlannedContact[],
  now: Date,
  newId: () => string,
): ContactsApplied {
  const stamp = now.toISOString()
  const mentors = new Map(data.mentors.map((m) => [m.id, m]))
  const added: string[] = []
  const notes: Note[] = []
  const outcome = new Map<number, string>()
  const counts = { added: 0, merged: 0, unchanged: 0, skipped: 0 }
  const backgroundsOf = (id: string) =>
    [...data.notes, ...notes].filter((n) => n.mentorId === id && n.section === 'background').map((n) => n.body)

  for (const row of [...rows].sort((a, b) => a.index - b.index)) {
    if (row.action === 'skip') {
      counts.skipped++
      continue
    }
    const match = row.action === 'merge' ? row.match : null
    // A mentor deleted since the preview, or an earlier contact that was skipped: this one is added instead.
    const target =
      match?.kind === 'mentor'
        ? mentors.has(match.mentorId)
          ? match.mentorId
          : undefined
        : match && outcome.get(match.index)
    const { contact } = row
    if (!target) {
      const mentor = mentorFromContact(contact, newId(), stamp)
      mentors.set(mentor.id, mentor)
      added.push(mentor.id)
      if (contact.note) notes.push(backgroundNote(mentor.id, contact.note, newId(), stamp))
      outcome.set(row.index, mentor.id)
      counts.added++
      continue
    }
    const current = mentors.get(target) as Mentor
    const next = fillMentor(current, contact)
    const addNote = contact.note !== '' && !noteIsKnown(contact.note, backgroundsOf(target))
    if (next !== current) mentors.set(target, { ...next, updatedAt: stamp })
    if (addNote) notes.push(backgroundNote(target, contact.note, newId(), stamp))
    if (next !== current || addNote) counts.merged++
    else counts.unchanged++
    outcome.set(row.index, target)
  }

  const merged: ContactsUndo['merged'] = []
  for (const before of data.mentors) {
    const after = mentors.get(before.id) as Mentor
    if (after === before) continue
    const keys = filledKeys.filter((k) => !same(before[k], after[k]))
    merged.push({
      id: before.id,
      before: Object.fromEntries(keys.map((k) => [k, before[k]])),
      after: Object.fromEntries(keys.map((k) => [k, after[k]])),
    })
  }
  const next: Database =
    added.length === 0 && merged.length === 0 && notes.length === 0
      ? data
      : {
          ...data,
          mentors: [
            ...data.mentors.map((m) => mentors.get(m.id) as Mentor),
            ...added.map((id) => mentors.get(id) as Mentor),
          ],
          notes: [...data.notes, ...notes],
        }
  return { data: next, counts, undo: { stamp, mentorIds: added, noteIds: notes.map((n) => n.id), merged } }
}

/** Takes a contacts import out: its mentors and notes removed, the fields it filled emptied again. */
export function undoContacts(data: Database, undo: ContactsUndo, now: Date) {
  const mentorIds = new Set(undo.mentorIds)
  const noteIds = new Set(undo.noteIds)
  assertUntouched({
    records: [...data.mentors.filter((m) => mentorIds.has(m.id)), ...data.notes.filter((n) => noteIds.has(n.id))],
    stamp: undo.stamp,
    attached: [
      ...data.notes.filter((n) => !noteIds.has(n.id) && n.mentorId !== null && mentorIds.has(n.mentorId)),
      ...data.sessions.filter((s) => s.mentorId !== null && mentorIds.has(s.mentorId)),
      ...data.actionItems.filter((a) => a.mentorId !== null && mentorIds.has(a.mentorId)),
      ...data.goals.filter((g) => g.mentorIds.some((id) => mentorIds.has(id))),
    ],
  })
  let reverted = 0
  const byId = new Map(undo.merged.map((m) => [m.id, m]))
  const mentors = data.mentors
    .filter((m) => !mentorIds.has(m.id))
    .map((mentor) => {
      const merge = byId.get(mentor.id)
      if (!merge) return mentor
      // Only what still reads as the import left it goes back: a field the user changed since stays.
      const back = Object.fromEntries(
        Object.entries(merge.after)
          .filter(([key, value]) => same(mentor[key as keyof Mentor], value))
          .map(([key]) => [key, merge.before[key as keyof Mentor]]),
      )
      if (Object.keys(back).length === 0) return mentor
      reverted++
      return { ...mentor, ...back, updatedAt: now.toISOString() }
    })
  const removed = data.mentors.length - mentors.length
  const next = withoutRecordsAbout(
    { ...data, mentors, notes: data.notes.filter((n) => !noteIds.has(n.id)) },
    new Set([...mentorIds, ...noteIds]),
  )
  return { data: next, removed, reverted }
}
