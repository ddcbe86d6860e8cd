// The CSV exports the importer knows by their headers (Google Contacts, Outlook, LinkedIn), and a guess at
// the columns of any other CSV for the mapping step.
import type { ColumnMapping, MappedField } from '../../../shared/requests/contacts-import'
import { foldForSearch } from '../../../shared/text'
import type { RawContact } from './raw-contact'
import { blankContact, joinName } from './raw-contact'

export type KnownCsvFormat = 'google-csv' | 'outlook-csv' | 'linkedin-csv'

/** Reads cells by header name, case ignored. */
export interface RowReader {
  (header: string): string
  /** The cells of every header matching `pattern`, in column order. */
  all(pattern: RegExp): Array<{ header: string; value: string }>
}

/** A reader over one row for the given header. */
export function rowReader(header: readonly string[], row: readonly string[]): RowReader {
  const index = new Map<string, number>()
  header.forEach((h, i) => {
    const key = h.trim().toLowerCase()
    if (!index.has(key)) index.set(key, i)
  })
  const cell = (i: number | undefined) => (i === undefined ? '' : (row[i] ?? '').trim())
  const read = ((name: string) => cell(index.get(name.toLowerCase()))) as RowReader
  read.all = (pattern) =>
    header.flatMap((h, i) => (pattern.test(h.trim()) ? [{ header: h.trim(), value: cell(i) }] : []))
  return read
}

/** Which known export a header row belongs to, if any. */
export function detectCsvFormat(header: readonly string[]): KnownCsvFormat | null {
  const has = (name: string) => header.some((h) => h.trim().toLowerCase() === name.toLowerCase())
  if (has('First Name') && has('Last Name') && (has('Connected On') || (has('URL') && has('Position'))))
    return 'linkedin-csv'
  if (has('E-mail Address') && (has('First Name') || has('Last Name')) && (has('Job Title') || has('Company')))
    return 'outlook-csv'
  const googleColumns = ['E-mail 1 - Value', 'Phone 1 - Value', 'Organization Name', 'Organization 1 - Name', 'Labels']
  if ((has('First Name') || has('Given Name') || has('Name')) && googleColumns.some(has)) return 'google-csv'
  return null
}

/** Google writes several values in one cell separated by " ::: ". */
const splitGoogle = (value: string) =>
  value
    .split(':::')
    .map((v) => v.trim())
    .filter(Boolean)

/** Google's numbered values (`E-mail 1 - Value`), the one labelled primary ("* Work") first. */
function googleValues(read: RowReader, kind: 'E-mail' | 'Phone' | 'Website'): string[] {
  const values = read.all(new RegExp(`^${kind} \\d+ - Value$`, 'i'))
  const labelOf = (header: string) =>
    read(header.replace(/Value$/i, 'Label')) || read(header.replace(/Value$/i, 'Type'))
  const primary = values.filter((v) => labelOf(v.header).startsWith('*'))
  return [...primary, ...values.filter((v) => !primary.includes(v))].flatMap((v) => splitGoogle(v.value))
}

/** One row of a known export as a raw contact. */
export function knownRowContact(format: KnownCsvFormat, read: RowReader, where: string): RawContact {
  const contact = blankContact(where)
  if (format === 'linkedin-csv') {
    return {
      ...contact,
      name: joinName(read('First Name'), '', read('Last Name')),
      organization: read('Company'),
      role: read('Position'),
      emails: [read('Email Address')].filter(Boolean),
      links: [read('URL')].filter(Boolean),
      metOn: read('Connected On'),
    }
  }
  if (format === 'outlook-csv') {
    const phones = ['Primary Phone', 'Mobile Phone', 'Business Phone', 'Home Phone', 'Other Phone', 'Business Phone 2']
    return {
      ...contact,
      name: joinName(read('First Name'), read('Middle Name'), read('Last Name')) || read('Display Name'),
      organization: read('Company'),
      // Outlook's "Title" is Mr. or Dr.; the role is its "Job Title".
      role: read('Job Title'),
      emails: ['E-mail Address', 'E-mail 2 Address', 'E-mail 3 Address'].map(read).filter(Boolean),
      phones: phones.map(read).filter(Boolean),
      links: ['Web Page', 'Personal Web Page', 'Business Web Page'].map(read).filter(Boolean),
      note: read('Notes'),
    }
  }
  const given = read('First Name') || read('Given Name')
  const middle = read('Middle Name') || read('Additional Name')
  const family = read('Last Name') || read('Family Name')
  return {
    ...contact,
    name: read('Name') || joinName(given, middle, family) || read('File As') || read('Nickname'),
    organization: read('Organization Name') || read('Organization 1 - Name'),
    role: read('Organization Title') || read('Organization 1 - Title'),
    emails: googleValues(read, 'E-mail'),
    phones: googleValues(read, 'Phone'),
    links: googleValues(read, 'Website'),
    note: read('Notes'),
    // Google's Photo column holds a web link, which is never downloaded.
    photo: read('Photo') ? { kind: 'link' } : null,
  }
}

/** One row of an unknown CSV, read with the columns the user mapped. */
export function mappedRowContact(mapping: ColumnMapping, row: readonly string[], where: string): RawContact {
  const cell = (i: number | null) => (i === null ? '' : (row[i] ?? '').trim())
  return {
    ...blankContact(where),
    name: cell(mapping.name) || joinName(cell(mapping.firstName), '', cell(mapping.lastName)),
    organization: cell(mapping.organization),
    role: cell(mapping.role),
    emails: [cell(mapping.email)].filter(Boolean),
    phones: [cell(mapping.phone)].filter(Boolean),
    links: [cell(mapping.link)].filter(Boolean),
    note: cell(mapping.notes),
    metOn: cell(mapping.metOn),
  }
}

/** What each field's header is usually called, in a few languages. */
const headerGuesses: Array<[MappedField, RegExp]> = [
  ['firstName', /^(first( name)?|given( name)?|forename|prenom|vorname|nombre de pila)$/],
  ['lastName', /^(last( name)?|surname|family( name)?|nom de famille|nachname|apellidos?)$/],
  ['name', /^((full |display |contact )?name|contact|nom( complet)?|nombre( completo)?|姓名|名前|氏名|الاسم|person)$/],
  ['email', /(e-?mail|correo|courriel)/],
  ['phone', /(phone|mobile|tel|cell|telefon)/],
  ['organization', /(company|organi[sz]ation|employer|firma|empresa|entreprise|org)/],
  ['role', /(title|position|role|job)/],
  ['link', /(url|website|web|linkedin|link|homepage|profile)/],
  ['notes', /(notes?|comments?|remarks?|bio)/],
  ['metOn', /(met|connected|since|date)/],
]

/** A guess at which column holds what, from the header's words; each column is used once. */
export function suggestMapping(header: readonly string[]): ColumnMapping {
  const mapping: ColumnMapping = {
    name: null,
    firstName: null,
    lastName: null,
    organization: null,
    role: null,
    email: null,
    phone: null,
    link: null,
    notes: null,
    metOn: null,
  }
  const used = new Set<number>()
  for (const [field, pattern] of headerGuesses) {
    const index = header.findIndex((h, i) => !used.has(i) && pattern.test(foldForSearch(h.trim())))
    if (index >= 0) {
      mapping[field] = index
      used.add(index)
    }
  }
  return mapping
}
