import type { CorePorts, SaveFile } from './ports'

/** The files this app saved in this run: the only ones `app:openFile` will open. */
export interface SavedFiles {
  /** Asks the user where to save `file` and writes it there; the path, or null when they cancelled. */
  save(file: SaveFile): Promise<string | null>
  /** True for a path this app saved since it started. */
  has(path: string): boolean
}

/** Saves through the host's save dialog and remembers each path saved. */
export function createSavedFiles(ports: Pick<CorePorts, 'saveFile'>): SavedFiles {
  const saved = new Set<string>()
  return {
    async save(file) {
      const path = await ports.saveFile(file)
      if (path) saved.add(path)
      return path
    },
    has: (path) => saved.has(path),
  }
}
