// Reads contacts from CSV with papaparse: Google Contacts, Outlook and LinkedIn exports by their headers,
// any other CSV through the columns the user maps.
import Papa from 'papaparse'
import type { ColumnMapping } from '../../../shared/requests/contacts-import'
import type { KnownCsvFormat } from './csv-formats'
import { detectCsvFormat, knownRowContact, mappedRowContact, rowReader, suggestMapping } from './csv-formats'
import { refuse } from './import-file'
import type { ReadContacts } from './raw-contact'

/** A CSV table: its header and the rows under it, with the row number each had in the file. */
export interface CsvTable {
  header: string[]
  rows: Array<{ number: number; cells: string[] }>
}

/** A CSV read as contacts, or a table waiting for its columns to be mapped. */
export type CsvRead =
  | ({ kind: 'known'; format: KnownCsvFormat } & ReadContacts)
  | { kind: 'unknown'; table: CsvTable; suggested: ColumnMapping }

const expected = 'a CSV file with a header row, such as Google Contacts, Outlook or LinkedIn export'

/**
 * The header row: the first with at least two filled cells. LinkedIn's Connections.csv starts with a
 * "Notes:" preamble of one-cell lines before it.
 */
function headerIndex(rows: string[][]): number {
  const index = rows.findIndex((row) => row.filter((cell) => cell.trim() !== '').length >= 2)
  return index < 0 ? 0 : index
}

/** Parses CSV text into a table; refuses text that is no table of contacts. */
export function readCsvTable(text: string, fileName: string): CsvTable {
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: 'greedy' })
  const rows = parsed.data.filter((row) => Array.isArray(row))
  if (rows.length === 0) throw refuse(`${fileName} holds no rows. Expected ${expected}.`)
  const start = headerIndex(rows)
  const header = (rows[start] ?? []).map((h) => h.trim())
  if (header.filter(Boolean).length < 2 && !header.some((h) => /name/i.test(h))) {
    throw refuse(`${fileName} is not a table of contacts. Expected ${expected}.`)
  }
  // papaparse numbers rows from the data start; the file's own line numbers are what a user can look up.
  const body = rows.slice(start + 1).map((cells, i) => ({ number: start + i + 2, cells }))
  if (body.length === 0) throw refuse(`${fileName} has a header row but no contacts under it. Expected ${expected}.`)
  return { header, rows: body }
}

/** Reads each row of a known export; a row without a name is skipped with its reason. */
function readRows(table: CsvTable, toContact: (cells: string[], where: string) => ReadContacts['contacts'][number]) {
  const result: ReadContacts = { contacts: [], skipped: [] }
  for (const row of table.rows) {
    const where = `Row ${row.number}`
    const contact = toContact(row.cells, where)
    if (contact.name) result.contacts.push(contact)
    else result.skipped.push({ where, reason: 'This row has no name.' })
  }
  return result
}

/** Reads a CSV of contacts: a known export at once, any other as a table whose columns are still to be mapped. */
export function readCsvContacts(text: string, fileName: string): CsvRead {
  const table = readCsvTable(text, fileName)
  const format = detectCsvFormat(table.header)
  if (!format) return { kind: 'unknown', table, suggested: suggestMapping(table.header) }
  const result = readRows(table, (cells, where) => knownRowContact(format, rowReader(table.header, cells), where))
  return { kind: 'known', format, ...result }
}

/** Reads an unknown CSV with the user's mapping; refuses a mapping without a column for names. */
export function readMappedCsv(table: CsvTable, mapping: ColumnMapping, fileName: string): ReadContacts {
  if (mapping.name === null && mapping.firstName === null && mapping.lastName === null) {
    throw refuse(
      `Choose the column of ${fileName} that holds the names (or the first and last names): a mentor needs a name.`,
    )
  }
  const beyond = Object.values(mapping).find((i): i is number => i !== null && i >= table.header.length)
  if (beyond !== undefined) throw refuse(`${fileName} has no column ${beyond + 1}. Choose the columns again.`)
  return readRows(table, (cells, where) => mappedRowContact(mapping, cells, where))
}
