// `contacts:*`: import contacts from vCard and CSV files (previewed first, undone in one step), export vCards.
import type { ContactAction } from '../../../shared/requests/contacts-import'
import type { CoreContext } from '../context'
import { AppFailure } from '../errors'
import type { HandlerSlice } from '../handlers'
import { createUndoShelf, restoreFromShelf } from '../undo-shelf'
import type { ContactsUndo, PlannedContact } from './apply-contacts'
import { applyContacts, undoContacts } from './apply-contacts'
import type { ContactsPreviewState } from './contacts-preview'
import { expectedContacts, previewOf, withContacts, withFile } from './contacts-preview'
import { readMappedCsv } from './csv-contacts'
import { readImportFile, refuse } from './import-file'
import { importExpired } from './import-undo'
import { buildVcards } from './vcard-export'

const contactFilters = [
  { name: 'Contacts (vCard, CSV)', extensions: ['vcf', 'vcard', 'csv'] },
  { name: 'All files', extensions: ['*'] },
]

const stale = () =>
  new AppFailure('conflict', 'That preview is out of date. Choose the file again. Nothing was changed.')

/** `contacts:*`: the import's preview, the import, its undo, and the vCard export. */
export function contactsHandlers({ store, ports, clock, newId, files }: CoreContext) {
  /** The one preview being built: what was read, so the import writes exactly what the user saw. */
  let preview: ContactsPreviewState | null = null
  const imports = createUndoShelf<ContactsUndo>(clock)

  const current = (previewId: string) => {
    if (!preview || preview.id !== previewId) throw stale()
    return preview
  }
  const chooseAndRead = async () => {
    const path = await ports.chooseFile({ title: 'Import contacts', filters: contactFilters })
    return path ? readImportFile(path, expectedContacts) : null
  }

  return {
    'contacts:importPreview': async ({ source }) => {
      let next: ContactsPreviewState
      if (source.kind === 'file') {
        const file = await chooseAndRead()
        if (!file) return null
        next = await withFile({ id: newId(), files: [], contacts: [], skipped: [], pending: null }, file)
      } else {
        const state = current(source.previewId)
        const pending = state.pending
        if (source.kind === 'add') {
          if (pending) throw refuse(`Choose the columns of ${pending.file} first.`)
          const file = await chooseAndRead()
          if (!file) return previewOf(state, store.data)
          next = await withFile(state, file)
        } else {
          if (!pending) throw stale()
          const read = readMappedCsv(pending.table, source.mapping, pending.file)
          next = await withContacts({ ...state, pending: null }, pending.file, 'csv', read)
        }
      }
      preview = next
      return previewOf(next, store.data)
    },

    'contacts:import': async ({ previewId, choices }) => {
      const state = current(previewId)
      if (state.pending) throw refuse(`Choose the columns of ${state.pending.file} first.`)
      const rows = previewOf(state, store.data).rows
      const chosen = new Map<number, ContactAction>()
      for (const choice of choices ?? []) {
        const row = rows[choice.index]
        if (!row) throw new AppFailure('invalid-input', 'That contact is not in the preview. Nothing was changed.')
        if (choice.action === 'merge' && !row.match) {
          throw new AppFailure('invalid-input', `${row.name} matches no one to merge with. Nothing was changed.`)
        }
        chosen.set(choice.index, choice.action)
      }
      const planned: PlannedContact[] = rows.map((row) => ({
        index: row.index,
        contact: state.contacts[row.index]!,
        match: row.match,
        action: chosen.get(row.index) ?? row.proposed,
      }))
      const applied = await store.mutate((data, now) => {
        const result = applyContacts(data, planned, now, newId)
        return { data: result.data, value: result, changed: ['mentors', 'notes'] }
      })
      preview = null
      const importId = newId()
      imports.put(importId, applied.undo)
      return { importId, ...applied.counts }
    },

    'contacts:undoImport': ({ importId }) =>
      restoreFromShelf(imports, importId, importExpired, (undo) =>
        store.mutate((data, now) => {
          const result = undoContacts(data, undo, now)
          return {
            data: result.data,
            value: { removed: result.removed, reverted: result.reverted },
            changed: ['mentors', 'notes', 'drafts', 'reminders'],
          }
        }),
      ),

    'contacts:exportVcard': async ({ mentorIds }) => {
      const wanted = mentorIds ? new Set(mentorIds) : null
      const mentors = wanted ? store.data.mentors.filter((m) => wanted.has(m.id)) : store.data.mentors
      if (mentors.length === 0) {
        throw new AppFailure('not-found', 'There are no mentors to export. Add a mentor first; no file was saved.')
      }
      const single = mentors.length === 1 ? mentors[0] : undefined
      const path = await files.save({
        suggestedName: single ? `${single.name.replace(/[\\/:*?"<>|]+/g, ' ').trim()}.vcf` : 'mentors.vcf',
        content: buildVcards(mentors, store.data.notes),
        filters: [{ name: 'vCard', extensions: ['vcf'] }],
      })
      return { path, count: mentors.length }
    },
  } satisfies HandlerSlice<'contacts'>
}
