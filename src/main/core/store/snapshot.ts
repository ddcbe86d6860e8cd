// The data file as a snapshot: the readable JSON of all the data, plus which journal changes it already holds.
import { randomUUID } from 'node:crypto'
import { extname } from 'node:path'
import type { Database } from '../../../shared/model'
import { serializeBytes } from './serialize'

/** Kept in the data file under `snapshot`; older versions of the app ignore it. */
export interface SnapshotMeta {
  /** Names this snapshot: a journal applies to the snapshot its header names. */
  id: string
  /** The number of the last change this snapshot holds. */
  seq: number
  /** The snapshot named by the journal this one made obsolete: its changes up to `seq` are in here. */
  replaces: string | null
}

/** The journal beside a data file: `mentor-tracker.json` keeps its changes in `mentor-tracker.journal`. */
export function journalPathOf(dataFile: string): string {
  const extension = extname(dataFile)
  return `${extension ? dataFile.slice(0, -extension.length) : dataFile}.journal`
}

/** The snapshot facts in raw file content, or null when it has none (a file from an older version, or made by hand). */
export function snapshotMetaOf(raw: Record<string, unknown>): SnapshotMeta | null {
  const meta = raw.snapshot as Partial<SnapshotMeta> | undefined
  if (typeof meta !== 'object' || meta === null) return null
  const { id, seq, replaces } = meta
  if (typeof id !== 'string' || id.length === 0 || !Number.isSafeInteger(seq) || (seq as number) < 0) return null
  return { id, seq: seq as number, replaces: typeof replaces === 'string' ? replaces : null }
}

/** Facts for a new snapshot holding changes up to `seq`, making the journal of `replaces` obsolete. */
export const newSnapshotMeta = (seq: number, replaces: string | null): SnapshotMeta => ({
  id: randomUUID(),
  seq,
  replaces,
})

/** The data file's bytes for `data` as snapshot `meta`. */
export const snapshotBytes = (data: Database, meta: SnapshotMeta): Buffer => serializeBytes({ ...data, snapshot: meta })
