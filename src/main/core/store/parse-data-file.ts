import { Database, SCHEMA_VERSION } from '../../../shared/model'
import { migrate } from './migrations'
import type { SnapshotMeta } from './snapshot'
import { snapshotMetaOf } from './snapshot'

/** A data file that cannot be used, and why, in a sentence. */
export type DamagedFile = { kind: 'damaged'; reason: string }

/** A data file's content as JSON, before it is upgraded and validated. */
export type RawFile = { kind: 'raw'; raw: Record<string, unknown>; version: number; snapshot: SnapshotMeta | null }

/** What a data file's bytes turned out to hold. */
export type ParsedFile =
  | { kind: 'good'; data: Database; fromVersion: number; snapshot: SnapshotMeta | null }
  | DamagedFile
  | { kind: 'newer'; version: number; data: Database | null }

/** Reads a data file's bytes as JSON and checks it is Mentor Tracker data of some version; never throws. */
export function readRawDataFile(bytes: Uint8Array): RawFile | DamagedFile {
  // Checked on the bytes and without copying the text: the file may be tens of megabytes.
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const text = buffer.toString('utf8').replace(/^\uFEFF/, '')
  if (!/\S/.test(text)) return { kind: 'damaged', reason: 'The data file was empty.' }
  if (buffer.includes(0)) {
    return {
      kind: 'damaged',
      reason: 'The data file contained blocks of zero bytes, which a crash or a disk fault can leave behind.',
    }
  }
  let raw: unknown
  try {
    raw = JSON.parse(text)
  } catch {
    return { kind: 'damaged', reason: 'The data file was not complete; it may have been cut off while it was written.' }
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return { kind: 'damaged', reason: 'The data file did not hold Mentor Tracker data.' }
  }
  const record = raw as Record<string, unknown>
  if (!('schemaVersion' in record) && !Array.isArray(record.mentors)) {
    // Neither a version nor the preview format's mentors: some other program's JSON.
    return { kind: 'damaged', reason: 'The data file did not hold Mentor Tracker data.' }
  }
  const version = record.schemaVersion ?? 0
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 0) {
    return { kind: 'damaged', reason: 'The data file had an unknown format version.' }
  }
  return { kind: 'raw', raw: record, version, snapshot: snapshotMetaOf(record) }
}

/** Upgrades raw content of format `version` to this version's and validates it; never throws. */
export function validateRaw(
  raw: Record<string, unknown>,
  version: number,
  now: Date,
): Exclude<ParsedFile, { kind: 'good' }> | { kind: 'good'; data: Database; fromVersion: number } {
  if (version > SCHEMA_VERSION) {
    // Shown read-only: try to read what this version understands, but never write it back.
    const readable = Database.safeParse({ ...raw, schemaVersion: SCHEMA_VERSION })
    return { kind: 'newer', version, data: readable.success ? readable.data : null }
  }
  let upgraded: Record<string, unknown>
  try {
    upgraded = migrate(raw, version, now)
  } catch {
    return { kind: 'damaged', reason: `The data file (format ${version}) could not be upgraded.` }
  }
  const parsed = Database.safeParse(upgraded)
  if (!parsed.success) {
    const first = parsed.error.issues[0]
    const where = first ? ` (${first.path.join('.') || 'top level'}: ${first.message})` : ''
    return { kind: 'damaged', reason: `The data file did not match Mentor Tracker's format${where}.` }
  }
  return { kind: 'good', data: parsed.data, fromVersion: version }
}

/** Reads, upgrades and validates a data file's bytes (a backup, a file to import); never throws. */
export function parseDataFile(bytes: Uint8Array, now: Date): ParsedFile {
  const file = readRawDataFile(bytes)
  if (file.kind === 'damaged') return file
  const parsed = validateRaw(file.raw, file.version, now)
  return parsed.kind === 'good' ? { ...parsed, snapshot: file.snapshot } : parsed
}
