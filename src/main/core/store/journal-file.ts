// The journal file on disk: created with its header, appended to line by line, replaced or removed by compaction.
import { readFile, stat } from 'node:fs/promises'
import type { StoreIO } from './durable-file'
import type { DecodedJournal, JournalHeader } from './journal-format'
import { decodeJournal, encodeHeader } from './journal-format'

/** The journal as this app last left it: what it holds, and how long it is. */
export class JournalFile {
  /** The header on disk, or null while there is no journal. */
  header: JournalHeader | null
  /** Its length as this app wrote it; a longer file holds a half-written line to cut off before the next append. */
  size: number
  private ino: number | null = null
  /** True when an append failed and may have left part of a line at the end. */
  private dirty = false

  constructor(
    readonly path: string,
    private readonly io: StoreIO,
    found: { header: JournalHeader | null; size: number } = { header: null, size: 0 },
  ) {
    this.header = found.header
    this.size = found.size
  }

  /** Writes a new journal, whole: its header, then `lines` (changes carried over from the old one). */
  async start(header: JournalHeader, lines: readonly string[] = []): Promise<void> {
    const content = encodeHeader(header) + lines.join('')
    await this.io.replace(this.path, content)
    this.header = header
    this.size = Buffer.byteLength(content)
    this.dirty = false
    await this.remember()
  }

  /** Appends one line and flushes it; when it fails, the journal is cut back to its last whole line before the next. */
  async append(line: string): Promise<void> {
    await this.repair()
    try {
      await this.io.append(this.path, line)
    } catch (error) {
      this.dirty = true
      await this.repair().catch(() => {})
      throw error
    }
    this.size += Buffer.byteLength(line)
  }

  /** Cuts off what a failed append may have left, so no half line ever sits before a whole one. */
  async repair(): Promise<void> {
    if (!this.dirty) return
    await this.io.truncate(this.path, this.size)
    this.dirty = false
  }

  /** Removes the journal: everything in it is in the snapshot now. */
  async remove(): Promise<void> {
    await this.io.remove(this.path)
    this.header = null
    this.size = 0
    this.dirty = false
    this.ino = null
  }

  /** True when another program replaced, changed or removed the journal since this app last wrote it. */
  async changedElsewhere(): Promise<boolean> {
    const info = await stat(this.path).catch(() => null)
    if (!this.header) return info !== null
    if (!info) return true
    // A failed append may have left bytes past `size`; that is this app's own, and repair cuts it.
    return (this.ino !== null && info.ino !== this.ino) || (info.size !== this.size && !this.dirty)
  }

  /** Notes the journal's identity on disk, to tell its own writes from another program's. */
  async remember(): Promise<void> {
    this.ino = (await stat(this.path).catch(() => null))?.ino ?? null
  }
}

/** The journal at `path` as found: its bytes and what they hold; null when there is none. */
export async function readJournal(path: string): Promise<{ bytes: Buffer; decoded: DecodedJournal } | null> {
  const bytes = await readFile(path).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return null
    throw error
  })
  if (!bytes) return null
  return { bytes, decoded: decodeJournal(bytes) }
}
