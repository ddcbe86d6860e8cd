// A contacts preview: the files read so far, their contacts checked, and who each one already is.
import type { Database } from '../../../shared/model'
import type {
  ContactRow,
  ContactsPreview,
  PendingMapping,
  SkippedEntry,
  contactFormats,
} from '../../../shared/requests/contacts-import'
import { MAX_IMPORT_ROWS } from '../../../shared/requests/contacts-import'
import type { PreparedContact } from './contact-fields'
import { prepareContact } from './contact-fields'
import type { CsvTable } from './csv-contacts'
import { readCsvContacts } from './csv-contacts'
import { createMatcher } from './duplicates'
import type { ImportFile } from './import-file'
import { refuse } from './import-file'
import { fillsFor, mentorFromContact } from './merge-contact'
import type { ReadContacts } from './raw-contact'
import { readVcards } from './vcard'
import { looksLikeVcard } from './vcard-lines'

type Format = (typeof contactFormats)[number]

/** What a preview holds between the calls that build it and the import. */
export interface ContactsPreviewState {
  id: string
  files: ContactsPreview['files']
  contacts: PreparedContact[]
  skipped: SkippedEntry[]
  /** A CSV whose columns the user still has to map. */
  pending: (PendingMapping & { table: CsvTable }) | null
}

export const expectedContacts =
  'a vCard (.vcf) file or a CSV file of contacts, such as Apple Contacts, Google Contacts, Outlook or LinkedIn export'

/** Lets the main process breathe between pictures: decoding a large photo takes tens of milliseconds. */
const breathe = () => new Promise<void>((resolve) => setImmediate(resolve))

/** Checks a file's contacts and adds them to a copy of the state (the state itself is left as it was). */
export async function withContacts(
  state: ContactsPreviewState,
  file: string,
  format: Format,
  read: ReadContacts,
): Promise<ContactsPreviewState> {
  if (state.contacts.length + read.contacts.length > MAX_IMPORT_ROWS) {
    throw refuse(
      `${file} holds more than ${MAX_IMPORT_ROWS.toLocaleString('en')} contacts, more than one import takes.`,
    )
  }
  const contacts: PreparedContact[] = []
  const skipped: SkippedEntry[] = read.skipped.map((s) => ({ file, ...s }))
  for (const raw of read.contacts) {
    const prepared = prepareContact(raw, file)
    if ('skip' in prepared) skipped.push({ file, where: raw.where, reason: prepared.skip })
    else contacts.push(prepared)
    if (raw.photo?.kind === 'bytes') await breathe()
  }
  return {
    ...state,
    files: [...state.files, { name: file, format, contacts: contacts.length }],
    contacts: [...state.contacts, ...contacts],
    skipped: [...state.skipped, ...skipped],
  }
}

/** Reads a chosen file into a copy of the state: vCards and known CSVs at once, another CSV as pending its mapping. */
export async function withFile(state: ContactsPreviewState, file: ImportFile): Promise<ContactsPreviewState> {
  const { name, text } = file
  if (looksLikeVcard(text)) return withContacts(state, name, 'vcard', readVcards(text))
  if (/^\s*BEGIN:VCALENDAR/i.test(text.replace(/^\uFEFF/, ''))) {
    throw refuse(
      `${name} is a calendar, not contacts: bring its meetings in with Import calendar. Expected ${expectedContacts}.`,
    )
  }
  if (/^\s*[[{<]/.test(text)) throw refuse(`${name} is not a contacts file. Expected ${expectedContacts}.`)
  const csv = readCsvContacts(text, name)
  if (csv.kind === 'known') return withContacts(state, name, csv.format, csv)
  return {
    ...state,
    pending: {
      file: name,
      columns: csv.table.header,
      sample: csv.table.rows.slice(0, 3).map((r) => r.cells.map((c) => c.slice(0, 80))),
      suggested: csv.suggested,
      table: csv.table,
    },
  }
}

/** The preview as the renderer sees it, matched against the mentors as they are now. */
export function previewOf(state: ContactsPreviewState, data: Database): ContactsPreview {
  const match = createMatcher(data.mentors)
  const mentors = new Map(data.mentors.map((m) => [m.id, m]))
  const backgrounds = (mentorId: string) =>
    data.notes.filter((n) => n.mentorId === mentorId && n.section === 'background').map((n) => n.body)
  const rows = state.contacts.map((contact, index): ContactRow => {
    const found = match(contact, index)
    let fills: ContactRow['fills'] = []
    if (found?.kind === 'mentor') {
      const mentor = mentors.get(found.mentorId)
      if (mentor) fills = fillsFor(mentor, backgrounds(mentor.id), contact)
    } else if (found?.kind === 'row') {
      const first = state.contacts[found.index]
      if (first) fills = fillsFor(mentorFromContact(first, '', ''), first.note ? [first.note] : [], contact)
    }
    return {
      index,
      file: contact.file,
      where: contact.where,
      name: contact.name,
      organization: contact.organization,
      role: contact.role,
      email: contact.email,
      phone: contact.phone,
      links: contact.links,
      metOn: contact.metOn,
      notePreview: contact.note.slice(0, 240),
      avatar: contact.avatar,
      match: found,
      fills,
      proposed: found ? 'merge' : 'add',
      warnings: contact.warnings,
    }
  })
  const pending = state.pending && {
    file: state.pending.file,
    columns: state.pending.columns,
    sample: state.pending.sample,
    suggested: state.pending.suggested,
  }
  return { previewId: state.id, files: state.files, rows, skipped: state.skipped, mapping: pending }
}
