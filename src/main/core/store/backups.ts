import { constants } from 'node:fs'
import { copyFile, link, mkdir, readdir, readFile, rename, rm, stat, unlink } from 'node:fs/promises'
import { basename, dirname, extname, join } from 'node:path'
import type { Database } from '../../../shared/model'
import type { BackupKind } from '../../../shared/requests/data'
import { syncDirectoryOf, syncFile, writeFileDurably } from './durable-file'
import { parseDataFile } from './parse-data-file'
import type { SnapshotMeta } from './snapshot'
import { errorCode } from './storage-errors'
import { ordinal } from '../../../shared/text'

export type { BackupKind }

/** A backup file beside the data file. */
export interface BackupInfo {
  file: string
  kind: BackupKind
  /** When it was written (its modification time), ISO 8601. */
  writtenAt: string
  bytes: number
}

/** How many daily copies to keep. */
export const DAILY_BACKUPS_KEPT = 14

/** The backups folder: `mentor-tracker.json` keeps them in `mentor-tracker-backups/` beside it. */
export function backupDirOf(dataFile: string): string {
  const name = basename(dataFile, extname(dataFile))
  return join(dirname(dataFile), `${name}-backups`)
}

/** A timestamp safe in file names on every platform: 2026-11-27T23-40-05Z. */
export function fileStamp(date: Date): string {
  return date
    .toISOString()
    .replace(/\.\d{3}Z$/, 'Z')
    .replace(/:/g, '-')
}

/** Backups written before something replaced the data, named `<kind>-<stamp>.json`. */
const stampedKinds = ['before-migration', 'before-restore', 'before-import', 'before-reload', 'conflict'] as const
type StampedKind = (typeof stampedKinds)[number]

/** How many copies of each stamped kind to keep; conflicts hold words found nowhere else, so all are kept. */
const stampedKept: Record<StampedKind, number> = {
  'before-migration': 5,
  'before-restore': 10,
  'before-import': 10,
  'before-reload': 5,
  conflict: Infinity,
}

export function kindOf(name: string): BackupKind | null {
  if (name === 'last-good.json') return 'last-good'
  if (/^daily-\d{4}-\d{2}-\d{2}\.json$/.test(name)) return 'daily'
  return stampedKinds.find((kind) => name.startsWith(`${kind}-`) && name.endsWith('.json')) ?? null
}

/** Writes a stamped backup of `bytes` (the data just before it is replaced), keeping a bounded number of its kind. */
export async function writeStampedBackup(
  dataFile: string,
  kind: StampedKind,
  now: Date,
  bytes: string | Uint8Array,
): Promise<string> {
  const dir = backupDirOf(dataFile)
  const taken = new Set(await readdir(dir).catch(() => [] as string[]))
  const name = freeName(taken, `${kind}-${fileStamp(now)}`, '.json')
  const written = await writeBackup(dataFile, name, bytes)
  const ofKind = [...taken, name].filter((n) => kindOf(n) === kind).sort()
  for (const old of ofKind.slice(0, Math.max(0, ofKind.length - stampedKept[kind])))
    await rm(join(dir, old), { force: true })
  return written
}

/** Keeps journal bytes that could not be applied, byte for byte, as `journal-set-aside-<stamp>.journal`; returns its path. */
export async function writeSetAsideJournal(dataFile: string, now: Date, bytes: Uint8Array): Promise<string> {
  const taken = new Set(await readdir(backupDirOf(dataFile)).catch(() => [] as string[]))
  return writeBackup(dataFile, freeName(taken, `journal-set-aside-${fileStamp(now)}`, '.journal'), bytes)
}

/** `<stem><extension>`, or `<stem>-2<extension>`, `-3`… when that is taken. */
function freeName(taken: ReadonlySet<string>, stem: string, extension: string): string {
  let name = `${stem}${extension}`
  for (let n = 2; taken.has(name); n++) name = `${stem}-${n}${extension}`
  return name
}

/** Every backup of `dataFile`, newest first. */
export async function listBackups(dataFile: string): Promise<BackupInfo[]> {
  const dir = backupDirOf(dataFile)
  const names = await readdir(dir).catch(() => [] as string[])
  const found: BackupInfo[] = []
  for (const name of names) {
    const kind = kindOf(name)
    if (!kind) continue
    const info = await stat(join(dir, name)).catch(() => null)
    if (info?.isFile())
      found.push({ file: join(dir, name), kind, writtenAt: info.mtime.toISOString(), bytes: info.size })
  }
  return found.sort((a, b) => ordinal(b.writtenAt, a.writtenAt))
}

/** Writes `bytes` as the backup `name`, durably. */
export async function writeBackup(dataFile: string, name: string, bytes: string | Uint8Array): Promise<string> {
  const dir = backupDirOf(dataFile)
  await mkdir(dir, { recursive: true })
  const target = join(dir, name)
  await writeFileDurably(target, bytes)
  return target
}

/** Copies the data file to today's daily backup (replacing an earlier copy of today), keeping the newest `keep` days. */
export async function writeDailyBackup(dataFile: string, now: Date, keep = DAILY_BACKUPS_KEPT): Promise<void> {
  const dir = backupDirOf(dataFile)
  const name = `daily-${now.toISOString().slice(0, 10)}.json`
  await mkdir(dir, { recursive: true })
  const temp = join(dir, `${name}.partial`)
  await copyFile(dataFile, temp)
  await rename(temp, join(dir, name))
  await syncDirectoryOf(join(dir, name))
  const dailies = (await readdir(dir))
    .filter((n) => kindOf(n) === 'daily')
    .sort()
    .reverse()
  for (const old of dailies.slice(keep)) await rm(join(dir, old), { force: true })
}

/** The newest backup that loads and validates, with its data; null when there is none. */
export async function newestGoodBackup(
  dataFile: string,
  now: Date,
): Promise<{ file: string; writtenAt: string; data: Database; snapshot: SnapshotMeta | null } | null> {
  for (const backup of await listBackups(dataFile)) {
    if (backup.kind === 'before-migration') continue
    const bytes = await readFile(backup.file).catch(() => null)
    if (!bytes) continue
    const parsed = parseDataFile(bytes, now)
    if (parsed.kind === 'good') {
      return { file: backup.file, writtenAt: backup.writtenAt, data: parsed.data, snapshot: parsed.snapshot }
    }
  }
  return null
}

/**
 * Removes what a killed process left in the backups folder: write-file-atomic's temporary files
 * (`last-good.json.<number>`) and half-copied daily backups (`.partial`). Only before the first backup write.
 */
export async function removeStaleBackupTempFiles(dataFile: string): Promise<string[]> {
  const dir = backupDirOf(dataFile)
  const removed: string[] = []
  for (const name of await readdir(dir).catch(() => [] as string[])) {
    if (!/\.(json|journal)\.(\d+|partial)$/.test(name)) continue
    const path = join(dir, name)
    if ((await stat(path)).isFile()) {
      await rm(path, { force: true })
      removed.push(path)
    }
  }
  return removed
}

/** The file operations moveAside needs; a parameter so a test can stand in for a disk without hard links. */
export interface MoveAsideFs {
  link(existing: string, target: string): Promise<void>
}

/**
 * Moves an unreadable data file aside, untouched, to `<name>.damaged-<stamp>.json` (`-2`, `-3`… when
 * that name is taken); returns the new path. Never replaces an existing file: the new name is
 * claimed with a hard link (or an exclusive copy where links are not supported), then the old one removed.
 */
export async function moveAside(dataFile: string, now: Date, fs: MoveAsideFs = { link }): Promise<string> {
  const name = basename(dataFile, extname(dataFile))
  const extension = extname(dataFile) || '.json'
  const stamp = `${name}.damaged-${fileStamp(now)}`
  for (let n = 1; ; n++) {
    const target = join(dirname(dataFile), `${n === 1 ? stamp : `${stamp}-${n}`}${extension}`)
    if (!(await claimCopy(dataFile, target, fs))) continue
    try {
      await unlink(dataFile)
    } catch (error) {
      // The original stays where it was: drop the copy so nothing claims it was moved.
      await rm(target, { force: true })
      throw error
    }
    await syncDirectoryOf(target)
    return target
  }
}

/** What link() says on a disk, or for a file, that cannot have a second name. */
const noHardLinks = new Set(['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'ENOSYS', 'EXDEV', 'EMLINK'])

/** Puts a copy of `file` at `target` unless `target` exists; false when it does. */
async function claimCopy(file: string, target: string, fs: MoveAsideFs): Promise<boolean> {
  try {
    await fs.link(file, target)
    return true
  } catch (error) {
    if (errorCode(error) === 'EEXIST') return false
    // Some disks (FAT, some network and sync folders) have no hard links: copy, refusing to replace.
    if (!noHardLinks.has(errorCode(error))) throw error
  }
  try {
    await copyFile(file, target, constants.COPYFILE_EXCL)
  } catch (error) {
    if (errorCode(error) === 'EEXIST') return false
    throw error
  }
  await syncFile(target)
  return true
}

/** A new day, or a quarter hour since the last copy: keeps a crash's loss in the backups small without copying on every write. */
const DAILY_REFRESH_MS = 15 * 60 * 1000

/** When today's daily copy was last refreshed, and whether the data file changed since. */
export class DailyBackups {
  private last: Date | null = null
  /** True when the data file was written since the last daily copy. */
  pending = false

  constructor(private readonly log: { warn(message: string, detail?: unknown): void }) {}

  /** True when the daily copy should be refreshed from the data file now. */
  due(now: Date): boolean {
    const last = this.last
    return (
      !last ||
      last.toISOString().slice(0, 10) !== now.toISOString().slice(0, 10) ||
      now.getTime() - last.getTime() >= DAILY_REFRESH_MS
    )
  }

  /** Copies the data file to today's daily backup; a failure is logged, never thrown. */
  async refresh(dataFile: string, now: Date): Promise<void> {
    try {
      await writeDailyBackup(dataFile, now)
      this.last = now
      this.pending = false
    } catch (error) {
      this.log.warn('Could not write the daily backup', errorCode(error))
    }
  }
}
