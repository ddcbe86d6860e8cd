// Other programs (a sync tool, a restore by hand) may change the data file or its journal while the app runs.
import { basename } from 'node:path'
import type { Database } from '../../../shared/model'
import type { StoreNotice } from '../../../shared/store-status'
import type { Clock } from '../clock'
import type { Logger } from '../log'
import { moveAside, writeSetAsideJournal, writeStampedBackup } from './backups'
import type { Fingerprint } from './fingerprint'
import { changedContent, fingerprintOf } from './fingerprint'
import { readJournal } from './journal-file'
import { salvageEntries } from './journal-format'
import type { JournaledFile } from './journaled-file'
import { parseDataFile } from './parse-data-file'
import { hasChangesMissingFrom } from './record-diff'
import { dataWithSetAside } from './replay'
import { serialize } from './serialize'
import type { StatusKeeper } from './status-keeper'
import { errorCode } from './storage-errors'

/** The files the store writes, as it last left them; replaced when the data moves. */
export interface StoreFiles {
  adapter: JournaledFile
  /** The data file as this app last wrote or read it: anything else on disk was written by another program. */
  known: Fingerprint | null
}

/** What the store lends the code that takes in other programs' changes. */
export interface ExternalChangeHost {
  files: StoreFiles
  state: StatusKeeper
  clock: Clock
  log: Logger
  /** Writes the data whole as a new snapshot (the journal it replaces is dropped). */
  writeWhole(data: Database): Promise<void>
  /** Tells listeners that `data` is now shown in place of what was. */
  replaced(): void
  notify(notice: StoreNotice): void
}

/** How long the file must stay half-written (a sync tool still copying it) before it is set aside. */
const DAMAGED_SETTLE_MS = 400

/**
 * Takes in what another program wrote to the data file since this app last did. With no change it
 * costs one stat. A newer file is loaded; if this app's data has something the file lacks, that is
 * kept as a conflict backup first and the user is told. A half-written file is waited for and,
 * when `beforeWrite` and it stays broken, set aside untouched before this app writes.
 */
export async function absorbDataFileChange(host: ExternalChangeHost, beforeWrite: boolean): Promise<void> {
  if (host.state.current.mode === 'read-only') return
  const file = host.files.adapter.dataFile
  let bytes = await changedContent(file, host.files.known)
  if (bytes === null) return
  const now = host.clock.now()
  if (bytes === 'missing') {
    // Deleted or moved away by someone else: write what this app has back, so nothing is lost.
    host.log.warn('The data file disappeared; writing it again from memory')
    await rewrite(host, beforeWrite)
    return
  }

  let parsed = parseDataFile(bytes, now)
  if (parsed.kind === 'damaged' && beforeWrite) {
    await delay(DAMAGED_SETTLE_MS)
    const again = await changedContent(file, host.files.known)
    if (again === null || again === 'missing') return absorbDataFileChange(host, beforeWrite)
    bytes = again
    parsed = parseDataFile(bytes, now)
  }
  if (parsed.kind === 'damaged') {
    if (!beforeWrite) return // Perhaps still being copied; look again later.
    const movedTo = await moveAside(file, now)
    host.log.warn(`The data file was replaced by a damaged one: ${parsed.reason}`, { movedTo })
    host.files.known = null
    host.notify({
      kind: 'unusable',
      reason: `${parsed.reason} Another program wrote it. It was set aside untouched as ${basename(movedTo)}, and Mentor Tracker kept your data.`,
    })
    await rewrite(host, beforeWrite)
    return
  }
  if (parsed.kind === 'newer') {
    host.files.adapter.adopt(parsed.data ?? host.files.adapter.data, null)
    host.state.set({
      mode: 'read-only',
      dataFile: file,
      reason: `Another program replaced the data file with one from a newer version of Mentor Tracker (format ${parsed.version}). It is shown read-only so nothing in it changes; update Mentor Tracker to edit it.`,
    })
    host.replaced()
    return
  }
  const mine = host.files.adapter.data
  let notice: StoreNotice = { kind: 'reloaded' }
  if (hasChangesMissingFrom(mine, parsed.data)) {
    const copy = await writeStampedBackup(file, 'conflict', now, serialize(mine))
    notice = { kind: 'conflict', copy: basename(copy) }
    host.log.warn('The data file changed here and elsewhere; kept both', { copy })
  } else {
    await writeStampedBackup(file, 'before-reload', now, serialize(mine)).catch((error: unknown) =>
      host.log.warn('Could not back up before reloading', errorCode(error)),
    )
  }
  // This app's journal followed its own snapshot: what it held is in the file's version or in the copy.
  await host.files.adapter.journal.remove()
  host.files.adapter.adopt(parsed.data, parsed.snapshot)
  host.files.known = await fingerprintOf(file, bytes)
  host.replaced()
  host.notify(notice)
}

/** Writes this app's data whole where the file was; before a change the failure is the change's, otherwise the status says it. */
async function rewrite(host: ExternalChangeHost, beforeWrite: boolean): Promise<void> {
  const written = host.writeWhole(host.files.adapter.data)
  if (beforeWrite) await written
  else await written.catch((error: unknown) => host.state.unwritable(error))
}

/**
 * Another program replaced, changed or removed the journal while this app appends to it (a sync
 * tool bringing another computer's). Its content is kept aside, and a copy with its readable changes
 * offered back; this app's data is written whole, since its own journal lines may be gone from disk.
 */
export async function takeBackJournal(host: ExternalChangeHost): Promise<void> {
  const now = host.clock.now()
  const found = await readJournal(host.files.adapter.journal.path).catch(() => null)
  const data = host.files.adapter.data
  if (found && found.bytes.length > 0) {
    const keptAs = await writeSetAsideJournal(host.files.adapter.dataFile, now, found.bytes)
    const merged = dataWithSetAside(data, salvageEntries(found.bytes))
    host.log.warn('Another program changed the journal of recent changes; kept it', { keptAs })
    if (merged && hasChangesMissingFrom(merged, data)) {
      const copy = await writeStampedBackup(host.files.adapter.dataFile, 'conflict', now, serialize(merged))
      host.notify({ kind: 'journal-conflict', copy: basename(copy) })
    }
  }
  await host.writeWhole(data)
}

const delay = (ms: number) => new Promise((done) => setTimeout(done, ms))
