import { z } from 'zod'
import { Timestamp } from '../model/common'
import { Count } from './common'

/** A backup's kind: why it was written. */
export const backupKinds = [
  'last-good',
  'daily',
  'before-migration',
  'before-restore',
  'before-import',
  'conflict',
  'before-reload',
] as const
export type BackupKind = (typeof backupKinds)[number]

/** A backup's file name in the backups folder: never a path, so the renderer cannot name any other file. */
export const BackupName = z
  .string({ error: 'Choose a backup' })
  .min(1, { error: 'Choose a backup' })
  .max(200, { error: 'That is not the name of a backup' })
  .regex(/^[\w.-]+\.json$/, { error: 'That is not the name of a backup' })

/** One backup beside the data file. */
export const BackupEntry = z.object({
  name: BackupName,
  kind: z.enum(backupKinds),
  writtenAt: Timestamp,
  bytes: Count,
})
export type BackupEntry = z.infer<typeof BackupEntry>

/** `data:location`: where the data lives. */
export const DataLocation = z.object({
  dataFile: z.string(),
  backupsFolder: z.string(),
  /** The file the data was moved away from, kept until the user removes it; null when there is none. */
  previousDataFile: z.string().nullable(),
})
export type DataLocation = z.infer<typeof DataLocation>

/** What `data:reveal` shows in the file manager. */
export const RevealTarget = z.object({
  target: z.enum(['dataFile', 'backupsFolder', 'previousDataFile'], { error: 'Choose what to show' }),
})

/** How many records of each kind a file holds. */
export const RecordCounts = z.object({
  mentors: Count,
  notes: Count,
  sessions: Count,
  actionItems: Count,
  goals: Count,
})
export type RecordCounts = z.infer<typeof RecordCounts>

/** Where an import comes from: a file the user picks, or one of the backups (a conflict copy, say). */
export const ImportSource = z.discriminatedUnion(
  'kind',
  [z.object({ kind: z.literal('file') }), z.object({ kind: z.literal('backup'), name: BackupName })],
  { error: 'Choose a file or a backup to import' },
)
export type ImportSource = z.infer<typeof ImportSource>

/** `data:importPreview`: what importing would do, before anything is written. */
export const ImportPreview = z.object({
  previewId: z.string(),
  fileName: z.string(),
  /** When the file was last written, as its records tell (the newest `updatedAt`); null for an empty file. */
  newestChange: Timestamp.nullable(),
  /** What the file holds. */
  incoming: RecordCounts,
  /** What this app holds now. */
  current: RecordCounts,
  /** Merge: records only the file has, records the file has a newer copy of, and records left as they are. */
  merge: z.object({ added: Count, updated: Count, unchanged: Count }),
})
export type ImportPreview = z.infer<typeof ImportPreview>

export const ImportMode = z.enum(['merge', 'replace'], { error: 'Choose merge or replace' })
export type ImportMode = z.infer<typeof ImportMode>

export const ImportRequest = z.object({
  previewId: z.string({ error: 'Preview the file first' }).min(1).max(100),
  mode: ImportMode,
})

/** `data:import`: done; the data as it was is kept as a backup first. */
export const ImportDone = z.object({
  mode: ImportMode,
  /** The records in the app after the import. */
  now: RecordCounts,
  /** The backup of the data as it was just before. */
  safetyCopy: BackupName,
})
export type ImportDone = z.infer<typeof ImportDone>

/** `data:restoreBackup`. */
export const RestoreDone = z.object({
  restored: BackupName,
  now: RecordCounts,
  safetyCopy: BackupName,
})
export type RestoreDone = z.infer<typeof RestoreDone>

/** `data:move`: null when the user cancelled the folder dialog. */
export const MoveDone = DataLocation.nullable()

/** `data:exportJson`: where it was saved, or null when the user cancelled. */
export const JsonExported = z.object({ path: z.string().nullable(), bytes: Count })
