// The import screens load on first use, so the roster and the command palette stay as quick to open as before.

/** Opens the contacts import: the open dialog, then the preview. */
export const startContactsImport = () => import('./ContactsImport').then((m) => m.openContactsImport())

/** Opens the calendar import: the open dialog, then the preview. */
export const startCalendarImport = () => import('./CalendarImport').then((m) => m.openCalendarImport())

/** Saves every mentor (or the given ones) as a vCard file. */
export const startVcardExport = (mentorIds?: string[]) =>
  import('./ContactsImport').then((m) => m.exportVcard(mentorIds))
