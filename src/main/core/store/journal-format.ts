// The journal's lines: `<seq>\t<crc32>\t<json>\n`, a header (seq 0) naming its snapshot, then one line per change.
import { crc32 } from 'node:zlib'
import { z } from 'zod'
import type { ChangeSet } from './change-set'

/** The journal's first line: which snapshot its changes follow, and in which format version of the data. */
export interface JournalHeader {
  journal: 1
  /** The id of the snapshot (the data file) these changes apply to. */
  snapshot: string
  schemaVersion: number
}

/** One acknowledged change. */
export interface JournalEntry {
  seq: number
  changes: ChangeSet
}

/** A change as found in a journal's bytes: where its line starts. */
export interface ReadEntry extends JournalEntry {
  offset: number
}

/** What a journal's bytes hold: the header, every good entry, and what follows the last good line. */
export interface DecodedJournal {
  header: JournalHeader | null
  entries: ReadEntry[]
  /** The bytes up to the end of the last good line: appending continues from here. */
  goodLength: number
  /**
   * What could not be read: `torn`, an unfinished last line (a crash during an append, so never
   * acknowledged); `damaged`, a line that fails its check with more after it. `bytes` is everything
   * from the first bad line on.
   */
  problem: { kind: 'torn' | 'damaged'; bytes: Buffer; line: number; reason: string } | null
}

const Header = z.object({ journal: z.literal(1), snapshot: z.string().min(1), schemaVersion: z.number().int() })
const Splice = z.object({
  at: z.number().int().nonnegative(),
  length: z.number().int().nonnegative(),
  remove: z.number().int().nonnegative(),
  insert: z.array(z.union([z.tuple([z.number().int(), z.number().int()]), z.record(z.string(), z.unknown())])),
})
const Changes = z.object({
  lists: z.record(z.string(), Splice),
  values: z.record(z.string(), z.unknown()),
})

const checksum = (seq: number, payload: string) => crc32(`${seq}\t${payload}`).toString(16).padStart(8, '0')

function line(seq: number, payload: string): string {
  return `${seq}\t${checksum(seq, payload)}\t${payload}\n`
}

/** The header line of a journal that follows snapshot `snapshot`. */
export const encodeHeader = (header: JournalHeader): string => line(0, JSON.stringify(header))

/** The line of one change. */
export const encodeEntry = (entry: JournalEntry): string => line(entry.seq, JSON.stringify(entry.changes))

const NEWLINE = 0x0a

/** Reads a journal's bytes; never throws. Stops at the first line that fails its checksum, format or order. */
export function decodeJournal(bytes: Buffer): DecodedJournal {
  const result: DecodedJournal = { header: null, entries: [], goodLength: 0, problem: null }
  let offset = 0
  let lineNumber = 0
  while (offset < bytes.length) {
    lineNumber++
    const end = bytes.indexOf(NEWLINE, offset)
    const fail = (reason: string) => {
      const rest = bytes.subarray(offset)
      const lastLine = end === -1 || isBlank(bytes.subarray(end + 1))
      result.problem = { kind: lastLine ? 'torn' : 'damaged', bytes: Buffer.from(rest), line: lineNumber, reason }
      return result
    }
    if (end === -1) return isBlank(bytes.subarray(offset)) ? result : fail('the last line is unfinished')
    const checked = checkedLine(bytes.subarray(offset, end).toString('utf8'))
    if (!checked) {
      if (isBlank(bytes.subarray(offset, end))) return fail('a line of zero bytes')
      return fail('a line does not match its checksum')
    }
    const { seq, value } = checked
    if (lineNumber === 1) {
      const header = Header.safeParse(value)
      if (seq !== 0 || !header.success) return fail('the first line is not a journal header')
      result.header = header.data
    } else {
      const changes = Changes.safeParse(value)
      const previous = result.entries.at(-1)?.seq
      if (!changes.success || seq === 0) return fail('a line does not hold a change')
      if (previous !== undefined && seq !== previous + 1) return fail(`change ${previous + 1} is missing`)
      result.entries.push({ seq, changes: changes.data as ChangeSet, offset })
    }
    offset = end + 1
    result.goodLength = offset
  }
  return result
}

/** Every line of `bytes` that passes its check and holds a change, wherever it is: what can be saved of a damaged journal. */
export function salvageEntries(bytes: Buffer): JournalEntry[] {
  const found: JournalEntry[] = []
  for (const text of bytes.toString('utf8').split('\n')) {
    const checked = checkedLine(text)
    const changes = checked && checked.seq > 0 ? Changes.safeParse(checked.value) : null
    if (checked && changes?.success) found.push({ seq: checked.seq, changes: changes.data as ChangeSet })
  }
  return found
}

/** A line's number and content when it passes its checksum and holds JSON; null otherwise. */
function checkedLine(text: string): { seq: number; value: unknown } | null {
  const [seqText = '', sum = '', ...rest] = text.split('\t')
  const payload = rest.join('\t')
  if (!/^\d{1,15}$/.test(seqText)) return null
  const seq = Number(seqText)
  if (sum !== checksum(seq, payload)) return null
  try {
    return { seq, value: JSON.parse(payload) }
  } catch {
    return null
  }
}

/** True when `bytes` hold nothing but zero bytes and white space (what a power cut can leave at a file's end). */
function isBlank(bytes: Buffer): boolean {
  for (const byte of bytes) if (byte !== 0 && byte !== 0x20 && byte !== NEWLINE && byte !== 0x0d) return false
  return true
}
