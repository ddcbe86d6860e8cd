// `contacts:*`: import contacts from vCard and CSV files (previewed first, undone in one step), export vCards.
// The readers and the merge are in import/; here are the slice's rules, then its registration.
import type { ChannelOutput, ParsedInput } from '../../../shared/ipc'
import type { Database, Mentor } from '../../../shared/model'
import type { ContactAction, ContactsPreview } from '../../../shared/requests/contacts-import'
import type { CoreContext } from '../context'
import { AppFailure } from '../errors'
import type { HandlerSlice } from '../handlers'
import type { ContactsUndo, PlannedContact } from '../import/apply-contacts'
import { applyContacts, undoContacts } from '../import/apply-contacts'
import type { ContactsPreviewState } from '../import/contacts-preview'
import { expectedContacts, previewOf, withContacts, withFile } from '../import/contacts-preview'
import { readMappedCsv } from '../import/csv-contacts'
import { readImportFile, refuse } from '../import/import-file'
import { importExpired, stalePreview } from '../import/import-undo'
import type { Outcome, RuleEnv, Undoable } from '../rules'
import { undoable } from '../rules'
import { buildVcards } from '../import/vcard-export'

const contactFilters = [
  { name: 'Contacts (vCard, CSV)', extensions: ['vcf', 'vcard', 'csv'] },
  { name: 'All files', extensions: ['*'] },
]

type Choices = ParsedInput<'contacts:import'>['choices']

/** Each row of the preview with what the user chose for it (or what was proposed); refuses a choice that does not fit. */
export function plannedContacts(state: ContactsPreviewState, rows: ContactsPreview['rows'], choices: Choices) {
  if (state.pending) throw refuse(`Choose the columns of ${state.pending.file} first.`)
  const chosen = new Map<number, ContactAction>()
  for (const choice of choices ?? []) {
    const row = rows[choice.index]
    if (!row) throw new AppFailure('invalid-input', 'That contact is not in the preview. Nothing was changed.')
    if (choice.action === 'merge' && !row.match) {
      throw new AppFailure('invalid-input', `${row.name} matches no one to merge with. Nothing was changed.`)
    }
    chosen.set(choice.index, choice.action)
  }
  return rows.map((row): PlannedContact => ({
    index: row.index,
    contact: state.contacts[row.index]!,
    match: row.match,
    action: chosen.get(row.index) ?? row.proposed,
  }))
}

/** Adds, merges and skips the planned contacts; keeps what undoing it needs. */
export function importContacts(
  data: Database,
  planned: readonly PlannedContact[],
  { now, newId }: RuleEnv,
): Undoable<ChannelOutput<'contacts:import'>, ContactsUndo> {
  const applied = applyContacts(data, planned, now, newId)
  return {
    data: applied.data,
    value: { importId: newId(), ...applied.counts },
    changed: ['mentors', 'notes'],
    kept: applied.undo,
  }
}

/** Takes a contacts import out again. */
export function undoContactsImport(
  data: Database,
  undo: ContactsUndo,
  { now }: RuleEnv,
): Outcome<ChannelOutput<'contacts:undoImport'>> {
  const result = undoContacts(data, undo, now)
  return {
    data: result.data,
    value: { removed: result.removed, reverted: result.reverted },
    changed: ['mentors', 'notes', 'drafts', 'reminders'],
  }
}

/** The file name a vCard export suggests: the mentor's name for one, mentors.vcf for more. */
export const vcardFileName = (mentors: readonly Mentor[]) => {
  const single = mentors.length === 1 ? mentors[0] : undefined
  return single ? `${single.name.replace(/[\\/:*?"<>|]+/g, ' ').trim()}.vcf` : 'mentors.vcf'
}

/** `contacts:*`: the import's preview, the import, its undo, and the vCard export. */
export function contactsHandlers(ctx: CoreContext) {
  const { store, ports, newId, files } = ctx
  /** The one preview being built: what was read, so the import writes exactly what the user saw. */
  let preview: ContactsPreviewState | null = null
  const imports = undoable<ContactsUndo>(ctx, importExpired)
  const write = imports.change(importContacts, (_planned, done) => done.importId)

  const current = (previewId: string) => {
    if (!preview || preview.id !== previewId) throw stalePreview()
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
          if (!pending) throw stalePreview()
          const read = readMappedCsv(pending.table, source.mapping, pending.file)
          next = await withContacts({ ...state, pending: null }, pending.file, 'csv', read)
        }
      }
      preview = next
      return previewOf(next, store.data)
    },

    'contacts:import': async ({ previewId, choices }) => {
      const state = current(previewId)
      const done = await write(plannedContacts(state, previewOf(state, store.data).rows, choices))
      preview = null
      return done
    },

    'contacts:undoImport': imports.undo(({ importId }: { importId: string }) => importId, undoContactsImport),

    'contacts:exportVcard': async ({ mentorIds }) => {
      const wanted = mentorIds ? new Set(mentorIds) : null
      const mentors = wanted ? store.data.mentors.filter((m) => wanted.has(m.id)) : store.data.mentors
      if (mentors.length === 0) {
        throw new AppFailure('not-found', 'There are no mentors to export. Add a mentor first; no file was saved.')
      }
      const path = await files.save({
        suggestedName: vcardFileName(mentors),
        content: buildVcards(mentors, store.data.notes),
        filters: [{ name: 'vCard', extensions: ['vcf'] }],
      })
      return { path, count: mentors.length }
    },
  } satisfies HandlerSlice<'contacts'>
}
