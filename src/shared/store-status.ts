/** How the data file was opened; the renderer shows a banner unless it is `ok` or `new`. */
export type StoreStatus =
  | { mode: 'ok'; dataFile: string }
  | { mode: 'new'; dataFile: string }
  | {
      mode: 'migrated'
      dataFile: string
      fromVersion: number
      /** A copy of the file as it was before the migration. */
      backupFile: string
    }
  | {
      mode: 'recovered'
      dataFile: string
      /** What was wrong, in a sentence a user understands. */
      reason: string
      /** Where the unreadable original now is, byte for byte. */
      movedTo: string
      /** The backup the data came from, or null when the app started empty. */
      restoredFrom: string | null
      /** When that backup was written. */
      restoredFromDate: string | null
    }
  | {
      /** Opened, but part of the journal of recent changes could not be applied: it was kept, and is offered back. */
      mode: 'journal-set-aside'
      dataFile: string
      /** What happened and what was kept, in plain words. */
      reason: string
      /** The file in the backups folder holding, byte for byte, the part of the journal that was not applied. */
      keptAs: string
      /** A data file in the backups folder with what could be read of that part, to merge back; null when nothing could. */
      copy: string | null
    }
  | {
      mode: 'read-only'
      dataFile: string
      /** Why nothing can be saved, and what to do. */
      reason: string
    }
  | {
      mode: 'unwritable'
      dataFile: string
      /** What went wrong and that nothing saved is lost, in plain words. */
      reason: string
      /** When writing first failed, ISO 8601. */
      since: string
    }

/** Something that happened to the data file while the app ran; the renderer tells the user. */
export type StoreNotice =
  | {
      /** Another program (a sync tool) changed the file; the app now shows that version. */
      kind: 'reloaded'
    }
  | {
      /** The file was changed elsewhere and here: the file's version is shown, this computer's is kept as a backup. */
      kind: 'conflict'
      /** The backup holding this computer's version; import it with "merge" to bring its changes back. */
      copy: string
    }
  | {
      /** Another program changed the journal of recent changes: this computer's data is kept as shown, the other's changes in a copy. */
      kind: 'journal-conflict'
      /** The backup holding this data with the other program's changes; import it with "merge" to take them in. */
      copy: string
    }
  | {
      /** The file was replaced by something this version cannot use; nothing here was written over it. */
      kind: 'unusable'
      reason: string
    }
