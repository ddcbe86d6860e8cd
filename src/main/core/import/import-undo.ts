// Undoing an import in one step: what every kind of import needs to take its records out safely.
import type { Database } from '../../../shared/model'
import { draftsNotAbout } from '../domain/drafts'
import { AppFailure } from '../errors'
import { keyParts } from '../reminders/keys'
import type { UndoShelf } from '../undo-shelf'

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

/** Takes an import off the shelf and undoes it; on failure it stays there, so Undo can be tried again. */
export async function undoImport<T, R>(shelf: UndoShelf<T>, importId: string, undo: (value: T) => Promise<R>) {
  const value = shelf.take(importId)
  if (value === undefined) {
    throw new AppFailure('not-found', 'This import can no longer be undone: Undo works for a few minutes after it.')
  }
  try {
    return await undo(value)
  } catch (error) {
    shelf.put(importId, value)
    throw error
  }
}
