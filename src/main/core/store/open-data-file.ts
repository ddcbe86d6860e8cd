// Opening the data file and its journal: validate, replay, and recover from damage without overwriting anything.
import { mkdir, readFile } from 'node:fs/promises'
import { basename, dirname } from 'node:path'
import type { Database } from '../../../shared/model'
import { emptyDatabase } from '../../../shared/model'
import type { StoreStatus } from '../../../shared/store-status'
import type { Clock } from '../clock'
import type { Logger } from '../log'
import {
  fileStamp,
  moveAside,
  newestGoodBackup,
  removeStaleBackupTempFiles,
  writeBackup,
  writeSetAsideJournal,
  writeStampedBackup,
} from './backups'
import type { StoreIO } from './durable-file'
import { removeStaleTempFiles } from './durable-file'
import type { Fingerprint } from './fingerprint'
import { fingerprintOf } from './fingerprint'
import type { DiskState } from './journaled-file'
import { readJournal } from './journal-file'
import { readRawDataFile, validateRaw } from './parse-data-file'
import type { Replayed, SetAside } from './replay'
import { dataWithSetAside, longestPrefix, replayJournal } from './replay'
import { serialize } from './serialize'
import type { SnapshotMeta } from './snapshot'
import { journalPathOf } from './snapshot'
import { errorCode } from './storage-errors'

/** The data file as opened: what to show, how it went, and where the files on disk stand. */
export interface OpenedFile {
  data: Database
  status: StoreStatus
  disk: DiskState
  /** The data file as read, to tell this app's writes from other programs'. */
  known: Fingerprint | null
  /** True when the data must be written whole before anything else: new, recovered, upgraded, or a journal set aside. */
  writeWhole: boolean
  /** The bytes to keep as `last-good.json`, when the file was good as read. */
  lastGood: Buffer | null
  /** How many journal changes were applied: a run that did not end cleanly leaves some. */
  replayed: number
}

type Journal = Awaited<ReturnType<typeof readJournal>>

const noJournal = { header: null, size: 0 }

/** Opens (or creates) the data file, recovering as DESIGN.md describes; never overwrites a file it cannot read. */
export async function openDataFile(options: {
  dataFile: string
  clock: Clock
  log: Logger
  io: StoreIO
}): Promise<OpenedFile> {
  const { dataFile, clock, log, io } = options
  const now = clock.now()
  const journalFile = journalPathOf(dataFile)
  const readOnly = (reason: string, data = emptyDatabase()): OpenedFile => ({
    data,
    status: { mode: 'read-only', dataFile, reason },
    disk: { snapshot: null, journal: noJournal, seq: 0 },
    known: null,
    writeWhole: false,
    lastGood: null,
    replayed: 0,
  })

  try {
    await mkdir(dirname(dataFile), { recursive: true })
    const leftovers = [
      ...(await removeStaleTempFiles(dataFile)),
      ...(await removeStaleTempFiles(journalFile)),
      ...(await removeStaleBackupTempFiles(dataFile)),
    ]
    for (const leftover of leftovers) log.info('Removed a temporary file left by a crash', leftover)
  } catch (error) {
    log.warn('Could not prepare the data folder', errorCode(error))
  }

  let bytes: Buffer | null
  let journal: Journal
  try {
    bytes = await readFile(dataFile).catch((error: unknown) => {
      if (errorCode(error) === 'ENOENT') return null
      throw error
    })
    journal = await readJournal(journalFile)
  } catch (error) {
    return readOnly(
      `The data file could not be read (${errorCode(error)}). Nothing was changed. Check the file's permissions, then restart Mentor Tracker.`,
    )
  }

  const file = bytes === null ? null : readRawDataFile(bytes)
  let damaged = file?.kind === 'damaged' ? file.reason : null
  if (file?.kind === 'raw') {
    const replayed = replayValid(file.raw, file.version, file.snapshot, journal, now)
    const parsed = replayed.parsed
    if (parsed.kind === 'newer') {
      return readOnly(
        `This data file was written by a newer version of Mentor Tracker (format ${parsed.version}). It is open read-only so nothing in it changes; update Mentor Tracker to edit it.`,
        parsed.data ?? emptyDatabase(),
      )
    }
    if (parsed.kind === 'good') {
      const migrated = parsed.fromVersion < parsed.data.schemaVersion
      const status: StoreStatus = migrated
        ? {
            mode: 'migrated',
            dataFile,
            fromVersion: parsed.fromVersion,
            backupFile: await writeBackup(
              dataFile,
              `before-migration-v${parsed.fromVersion}-${fileStamp(now)}.json`,
              bytes!,
            ),
          }
        : { mode: 'ok', dataFile }
      const opened: OpenedFile = {
        data: parsed.data,
        status,
        disk: { snapshot: file.snapshot, journal: replayed.journal ?? noJournal, seq: replayed.seq },
        known: await fingerprintOf(dataFile, bytes!),
        writeWhole: migrated,
        lastGood: replayed.applied === 0 ? bytes : null,
        replayed: replayed.applied,
      }
      return settleJournal(opened, replayed, { dataFile, journalFile, io, now, log, journal })
    }
    damaged = parsed.reason
  }

  // Damaged, or missing while a journal is there: set the file aside untouched and restore the newest good backup.
  let movedTo: string | null = null
  if (damaged) {
    try {
      movedTo = await moveAside(dataFile, now)
    } catch (error) {
      return readOnly(
        `${damaged} It could not be moved aside (${errorCode(error)}), so it is left exactly as it was and nothing is saved.`,
      )
    }
  }
  const backup = damaged ? await newestGoodBackup(dataFile, now) : null
  const base = backup?.data ?? emptyDatabase()
  const replayed = replayValid(
    base as unknown as Record<string, unknown>,
    base.schemaVersion,
    backup?.snapshot ?? null,
    journal,
    now,
  )
  const data = replayed.parsed.kind === 'good' ? replayed.parsed.data : base
  if (damaged) log.warn(`Data file damaged: ${damaged}`, { movedTo, restoredFrom: backup?.file ?? null })
  const opened: OpenedFile = {
    data,
    status: damaged
      ? {
          mode: 'recovered',
          dataFile,
          reason: damaged,
          movedTo: movedTo!,
          restoredFrom: backup?.file ?? null,
          restoredFromDate: backup?.writtenAt ?? null,
        }
      : { mode: 'new', dataFile },
    disk: { snapshot: null, journal: noJournal, seq: replayed.seq },
    known: null,
    writeWhole: true,
    lastGood: null,
    replayed: replayed.applied,
  }
  return settleJournal(opened, replayed, { dataFile, journalFile, io, now, log, journal })
}

/**
 * Replays the journal onto `raw` and validates the result. When a change breaks validation that the
 * snapshot alone passes, only the changes before it are applied and the rest are set aside.
 */
function replayValid(
  raw: Record<string, unknown>,
  version: number,
  snapshot: SnapshotMeta | null,
  journal: Journal,
  now: Date,
) {
  const replayed = replayJournal(raw, version, snapshot, journal)
  const parsed = validateRaw(replayed.raw, version, now)
  if (parsed.kind !== 'damaged' || replayed.applied === 0) return { ...replayed, parsed }
  if (validateRaw(raw, version, now).kind === 'damaged') return { ...replayed, parsed }
  const valid = longestPrefix(replayed.applied, (count) => {
    const attempt = replayJournal(raw, version, snapshot, journal, count)
    return validateRaw(attempt.raw, version, now).kind === 'good'
  })
  const limited = replayJournal(raw, version, snapshot, journal, valid)
  return { ...limited, parsed: validateRaw(limited.raw, version, now) }
}

/**
 * Keeps what of the journal was not applied (byte for byte, and as a data file to merge back from),
 * tells the user unless it was a torn last line, and leaves the journal ready to append to or gone.
 */
async function settleJournal(
  opened: OpenedFile,
  replayed: Replayed,
  context: { dataFile: string; journalFile: string; io: StoreIO; now: Date; log: Logger; journal: Journal },
): Promise<OpenedFile> {
  const { dataFile, journalFile, io, now, log, journal } = context
  const aside: SetAside | null = replayed.setAside
  if (aside) {
    const keptAs = await writeSetAsideJournal(dataFile, now, aside.bytes)
    if (aside.kind === 'torn') {
      log.info('Set aside the unfinished last line of the journal (a change that was never acknowledged)', keptAs)
    } else {
      const merged = dataWithSetAside(opened.data, aside.entries)
      const copy = merged && (await writeStampedBackup(dataFile, 'conflict', now, serialize(merged)))
      log.warn(`Journal set aside: ${aside.reason}`, { keptAs, copy })
      const told = `${aside.reason} ${keptSentence(keptAs, copy)}`
      opened.status =
        opened.status.mode === 'recovered'
          ? { ...opened.status, reason: `${opened.status.reason} ${told}` }
          : {
              mode: 'journal-set-aside',
              dataFile,
              reason: told,
              keptAs: basename(keptAs),
              copy: copy && basename(copy),
            }
      opened.writeWhole = true
    }
  }
  if (journal && !opened.writeWhole) {
    if (!replayed.journal) await io.remove(journalFile)
    else if (journal.bytes.length > replayed.journal.size) await io.truncate(journalFile, replayed.journal.size)
  }
  return opened
}

const keptSentence = (keptAs: string, copy: string | null) =>
  copy
    ? `It was kept as ${basename(keptAs)} in the backups folder; Bring my changes back merges what could be read of it into what you see.`
    : `It was kept as ${basename(keptAs)} in the backups folder; nothing in it could be read back.`
