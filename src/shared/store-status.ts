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
