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
      /** The file was replaced by something this version cannot use; nothing here was written over it. */
      kind: 'unusable'
      reason: string
    }
