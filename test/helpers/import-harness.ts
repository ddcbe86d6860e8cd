// Shared by the import tests: the fixtures, and a core whose open dialog answers what a test queues.
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import type { SaveFile } from '../../src/main/core/ports'
import { decodeText } from '../../src/main/core/import/import-file'
import type { DataKind } from '../../src/shared/model'
import { openCore, valueOf } from './core'

/** The import fixtures' folder. */
export const fixturesDir = resolve(import.meta.dirname, '../fixtures/import')

/** A fixture's path. */
export const fixture = (name: string) => join(fixturesDir, name)

/** A fixture's text, decoded as an import decodes it. */
export const fixtureText = async (name: string) => decodeText(await readFile(fixture(name)))

/** A core on a fresh folder whose open dialog answers the queued paths, and whose save dialog writes to `dir/exports`. */
export async function importCore(dir: string, options: { now?: string; zone?: string } = {}) {
  const chosen: string[] = []
  const saved: Array<{ path: string; file: SaveFile }> = []
  const changes: DataKind[][] = []
  const core = await openCore(dir, {
    timeZone: () => options.zone ?? 'Europe/Berlin',
    timers: { setTimeout: () => 0, clearTimeout: () => {} },
    ports: {
      chooseFile: async () => chosen.shift() ?? null,
      saveFile: async (file) => {
        await mkdir(join(dir, 'exports'), { recursive: true })
        const path = join(dir, 'exports', file.suggestedName)
        await writeFile(path, file.content)
        saved.push({ path, file })
        return path
      },
    },
  })
  if (options.now) core.clock.set(new Date(options.now))
  core.on('data:changed', ({ kinds }) => void changes.push(kinds))
  const h = core.handlers
  return {
    core,
    h,
    saved,
    /** Every data:changed event since the core opened: a write that changed something. */
    changes,
    /** Queues the file the next open dialog returns. */
    choose: (name: string) => void chosen.push(name.startsWith('/') ? name : fixture(name)),
    /** Previews a contacts file picked in the dialog. */
    previewContacts: async (name: string) => {
      chosen.push(name.startsWith('/') ? name : fixture(name))
      return h['contacts:importPreview']({ source: { kind: 'file' } })
    },
    /** Previews and imports a contacts file with its proposed actions. */
    importContacts: async (name: string) => {
      chosen.push(name.startsWith('/') ? name : fixture(name))
      const preview = valueOf(await h['contacts:importPreview']({ source: { kind: 'file' } }))
      if (!preview) throw new Error('The dialog was cancelled')
      return { preview, done: valueOf(await h['contacts:import']({ previewId: preview.previewId })) }
    },
    mentors: async () => valueOf(await h['mentors:list']({ includeArchived: true })),
  }
}
