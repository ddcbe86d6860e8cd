import { z } from 'zod'
import { Id, LocalDate } from '../model/common'

const count = z.number().int().min(0)
/** A preview's id, as core made it. */
export const PreviewId = z.string({ error: 'Preview the file first' }).min(1).max(100)
/** The most rows (contacts or events) one request may name. */
export const MAX_IMPORT_ROWS = 20_000

/** A CSV column, by its position (headers may repeat or be empty). */
const Column = z.number().int().min(0).max(999).nullable()

/** Which column of an unknown CSV holds what; a name (or a first or last name) is required. */
export const ColumnMapping = z.object({
  name: Column.default(null),
  firstName: Column.default(null),
  lastName: Column.default(null),
  organization: Column.default(null),
  role: Column.default(null),
  email: Column.default(null),
  phone: Column.default(null),
  link: Column.default(null),
  notes: Column.default(null),
  metOn: Column.default(null),
})
export type ColumnMapping = z.infer<typeof ColumnMapping>
export type MappedField = keyof ColumnMapping

/** Labels a user reads for each field a column can fill. */
export const mappedFieldLabels: Record<MappedField, string> = {
  name: 'Full name',
  firstName: 'First name',
  lastName: 'Last name',
  organization: 'Organization',
  role: 'Role',
  email: 'Email',
  phone: 'Phone',
  link: 'Link',
  notes: 'Notes',
  metOn: 'Date met',
}

/** `contacts:importPreview`: a file to pick, another file added to a preview, or the columns of a CSV being mapped. */
export const ContactsPreviewRequest = z.object({
  source: z.discriminatedUnion(
    'kind',
    [
      z.object({ kind: z.literal('file') }),
      z.object({ kind: z.literal('add'), previewId: PreviewId }),
      z.object({ kind: z.literal('mapping'), previewId: PreviewId, mapping: ColumnMapping }),
    ],
    { error: 'Choose a file to import' },
  ),
})

/** The formats a contacts file is read as. */
export const contactFormats = ['vcard', 'google-csv', 'outlook-csv', 'linkedin-csv', 'csv'] as const
export const contactFormatLabels: Record<(typeof contactFormats)[number], string> = {
  vcard: 'vCard',
  'google-csv': 'Google Contacts CSV',
  'outlook-csv': 'Outlook CSV',
  'linkedin-csv': 'LinkedIn connections',
  csv: 'CSV',
}

/** What a merge into an existing mentor (or an earlier row) would fill in. */
export const fillableFields = [
  'role',
  'organization',
  'email',
  'phone',
  'links',
  'metOn',
  'avatar',
  'background',
] as const
export type FillableField = (typeof fillableFields)[number]

export const contactActions = ['add', 'merge', 'skip'] as const
export type ContactAction = (typeof contactActions)[number]

/** Who a contact is the same person as: a mentor already here, or an earlier contact of this import. */
export const ContactMatch = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('mentor'), mentorId: Id, name: z.string(), by: z.enum(['email', 'name']) }),
  z.object({ kind: z.literal('row'), index: count, name: z.string(), by: z.enum(['email', 'name']) }),
])
export type ContactMatch = z.infer<typeof ContactMatch>

/** One contact of the preview: what was read, who it matches, and what importing would do. */
export const ContactRow = z.object({
  index: count,
  file: z.string(),
  /** Where in the file: "Card 3", "Row 12". */
  where: z.string(),
  name: z.string(),
  organization: z.string(),
  role: z.string(),
  email: z.string(),
  phone: z.string(),
  links: z.array(z.string()),
  metOn: LocalDate.nullable(),
  /** The start of the contact's notes, which become a Background note. */
  notePreview: z.string(),
  avatar: z.string().nullable(),
  match: ContactMatch.nullable(),
  /** What a merge would fill in; empty when the mentor already has all of it. */
  fills: z.array(z.enum(fillableFields)),
  proposed: z.enum(contactActions),
  /** What was read but left out, in sentences ("The phone number … is not one"). */
  warnings: z.array(z.string()),
})
export type ContactRow = z.infer<typeof ContactRow>

/** An entry of a file that could not be used, and why. */
export const SkippedEntry = z.object({ file: z.string(), where: z.string(), reason: z.string() })
export type SkippedEntry = z.infer<typeof SkippedEntry>

/** A CSV whose columns are not known: its header and first rows, and a guess at what each column holds. */
export const PendingMapping = z.object({
  file: z.string(),
  columns: z.array(z.string()),
  sample: z.array(z.array(z.string())),
  suggested: ColumnMapping,
})
export type PendingMapping = z.infer<typeof PendingMapping>

/** `contacts:importPreview`: what importing would do, before anything is written; null when the dialog was cancelled. */
export const ContactsPreview = z.object({
  previewId: PreviewId,
  files: z.array(z.object({ name: z.string(), format: z.enum(contactFormats), contacts: count })),
  rows: z.array(ContactRow),
  skipped: z.array(SkippedEntry),
  /** Set while a CSV waits for its columns to be mapped: its contacts are not in `rows` yet. */
  mapping: PendingMapping.nullable(),
})
export type ContactsPreview = z.infer<typeof ContactsPreview>

/** `contacts:import`: the preview to import, and the rows whose action differs from the proposed one. */
export const ContactsImportRequest = z.object({
  previewId: PreviewId,
  choices: z
    .array(z.object({ index: count.max(MAX_IMPORT_ROWS), action: z.enum(contactActions) }))
    .max(MAX_IMPORT_ROWS, { error: `Choose for at most ${MAX_IMPORT_ROWS.toLocaleString('en')} contacts` })
    .optional(),
})
export type ContactsImportRequest = z.input<typeof ContactsImportRequest>

/** What an import did; `importId` undoes it. */
export const ImportDoneCounts = z.object({
  importId: PreviewId,
  added: count,
  merged: count,
  unchanged: count,
  skipped: count,
})
export type ImportDoneCounts = z.infer<typeof ImportDoneCounts>

/** `contacts:undoImport` and `calendar:undoImport`. */
export const UndoImportRequest = z.object({ importId: PreviewId })
export const ImportUndone = z.object({ removed: count, reverted: count })
export type ImportUndone = z.infer<typeof ImportUndone>

/** `contacts:exportVcard`: which mentors (every one when none are named). */
export const VcardExport = z
  .object({ mentorIds: z.array(Id).max(MAX_IMPORT_ROWS, { error: 'Choose fewer mentors' }).optional() })
  .prefault({})
export const VcardExported = z.object({ path: z.string().nullable(), count })
