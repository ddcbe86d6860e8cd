import { readFile, stat } from 'node:fs/promises'

/** The data file as this app last wrote or read it: its stat, and its content to compare when the stat differs. */
export interface Fingerprint {
  size: number
  mtimeMs: number
  ino: number
  /** Kept as it was written (a reference, not a copy): encoded only when the stat differs. */
  content: string | Uint8Array
}

/** The fingerprint of `file`, which holds `content`; null when it cannot be read. */
export async function fingerprintOf(file: string, content: string | Uint8Array): Promise<Fingerprint | null> {
  const info = await stat(file).catch(() => null)
  if (!info) return null
  return { size: info.size, mtimeMs: info.mtimeMs, ino: info.ino, content }
}

/**
 * What is in `file` if another program changed it since `known`: its bytes, `'missing'` when it is
 * gone, or null when it is as this app left it. One stat when nothing changed; a touch that kept the
 * content counts as unchanged.
 */
export async function changedContent(file: string, known: Fingerprint | null): Promise<Buffer | 'missing' | null> {
  const info = await stat(file).catch(() => null)
  if (!info) return 'missing'
  if (known && info.size === known.size && info.mtimeMs === known.mtimeMs && info.ino === known.ino) return null
  const bytes = await readFile(file).catch(() => null)
  if (!bytes) return 'missing'
  if (known && bytes.equals(Buffer.from(known.content))) {
    Object.assign(known, { size: info.size, mtimeMs: info.mtimeMs, ino: info.ino })
    return null
  }
  return bytes
}
