// Undoing an import in one step: what every kind of import needs to take its records out safely.
import type { Database } from '../../../shared/model'
import { draftsNotAbout } from '../domain/drafts'
import { AppFailure } from '../errors'
import { keyParts } from '../reminders/keys'

/** Refuses to undo when the user changed an imported record, or hung records of their own on one. */
export function assertUntouched(check: {
  records: ReadonlyArray<{ updatedAt: string }>
  stamp: string
  attached: readonly unknown[]
}): void {
  const changed = check.records.filter((r) => r.updatedAt !== check.stamp).length
  if (changed > 0 || check.attached.length > 0) {
    throw new AppFailure(
      'conflict',
      'Nothing was undone: you have changed what this import added, or added notes, sessions or goals to it since. Delete what you do not want one by one instead.',
    )
  }
}

/** The database without drafts and reminder states about the given records. */
export function withoutRecordsAbout(data: Database, ids: ReadonlySet<string>): Database {
  return {
    ...data,
    drafts: draftsNotAbout(data.drafts, ids),
    reminders: data.reminders.filter((r) => !ids.has(keyParts(r.key).id)),
  }
}

/** What the user is told when an import's undo has expired. */
export const importExpired = 'This import can no longer be undone: Undo works for a few minutes after it.'

/** The failure for an import whose preview is no longer the one being shown. */
export const stalePreview = () =>
  new AppFailure('conflict', 'That preview is out of date. Choose the file again. Nothing was changed.')
