import { open, readdir, rm, stat } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'
import type { Adapter } from 'lowdb'
import writeFileAtomic from 'write-file-atomic'

/** fsyncs what is at `path`, opened with `flags`. */
async function syncPath(path: string, flags: string): Promise<void> {
  const handle = await open(path, flags)
  try {
    await handle.sync()
  } finally {
    await handle.close()
  }
}

/** Makes a rename inside `dir` durable; directories cannot be opened for sync on Windows. */
async function syncDirectory(dir: string): Promise<void> {
  if (process.platform !== 'win32') await syncPath(dir, 'r')
}

/** Puts a file's content on disk, e.g. a copy made with copyFile, before it is renamed or relied on. */
export const syncFile = (file: string): Promise<void> => syncPath(file, 'r+')

/** Makes a rename or new file at `file` durable by syncing its folder. */
export const syncDirectoryOf = (file: string): Promise<void> => syncDirectory(dirname(file))

/** Writes a file so that it is either wholly old or wholly new on disk: temp file, fsync, rename, fsync the folder. */
export async function writeFileDurably(file: string, content: string | Uint8Array): Promise<void> {
  await writeFileAtomic(file, typeof content === 'string' ? content : Buffer.from(content), { fsync: true })
  await syncDirectory(dirname(file))
}

/** Serializes the data file: indented, so a person can read it, with a final newline. */
export const serialize = (data: unknown): string => `${JSON.stringify(data, null, 2)}\n`

/**
 * `serialize(data)` as UTF-8 bytes, fast for the store's every write. A change touches a few records
 * of tens of thousands, so the bytes of each record in a top-level list are kept and reused while the
 * record is the same object. That is safe because records are replaced, never edited in place
 * (changes are pure functions), and each record is frozen when its bytes are kept, so it cannot
 * change under them.
 */
export function serializeBytes(data: unknown): Buffer {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return Buffer.from(serialize(data))
  const parts: Buffer[] = []
  for (const [key, value] of Object.entries(data)) {
    const text = Array.isArray(value) ? '' : JSON.stringify(value, null, 2)?.replaceAll('\n', '\n  ')
    if (text === undefined) continue
    parts.push(Buffer.from(`${parts.length === 0 ? '{\n  ' : ',\n  '}${JSON.stringify(key)}: ${text}`))
    if (Array.isArray(value)) pushList(parts, value)
  }
  if (parts.length === 0) return Buffer.from('{}\n')
  parts.push(Buffer.from('\n}\n'))
  return Buffer.concat(parts)
}

const recordBytes = new WeakMap<object, Buffer>()
const listOpen = Buffer.from('[\n    ')
const listSeparator = Buffer.from(',\n    ')
const listClose = Buffer.from('\n  ]')
const emptyList = Buffer.from('[]')

/** A top-level list, its items at the depth JSON.stringify(data, null, 2) puts them. */
function pushList(parts: Buffer[], items: unknown[]): void {
  if (items.length === 0) {
    parts.push(emptyList)
    return
  }
  parts.push(listOpen)
  items.forEach((item, index) => {
    if (index > 0) parts.push(listSeparator)
    parts.push(itemBytes(item))
  })
  parts.push(listClose)
}

function itemBytes(item: unknown): Buffer {
  if (typeof item !== 'object' || item === null) return Buffer.from(JSON.stringify(item) ?? 'null')
  let bytes = recordBytes.get(item)
  if (bytes === undefined) {
    bytes = Buffer.from((JSON.stringify(item, null, 2) ?? 'null').replaceAll('\n', '\n    '))
    recordBytes.set(deepFreeze(item), bytes)
  }
  return bytes
}

function deepFreeze<T extends object>(value: T): T {
  if (Object.isFrozen(value)) return value
  Object.freeze(value)
  for (const inner of Object.values(value)) if (typeof inner === 'object' && inner !== null) deepFreeze(inner)
  return value
}

/** How the store writes whole files: durably, or (in tests) failing the way a sick disk does. */
export interface StoreIO {
  write(file: string, content: string | Uint8Array): Promise<void>
}

export const durableIO: StoreIO = { write: writeFileDurably }

/** lowdb's adapter over durable writes: a JSON file that a crash can never leave half-written. */
export class DurableJsonFile<T> implements Adapter<T> {
  constructor(
    private readonly file: string,
    private readonly io: StoreIO = durableIO,
  ) {}

  /** Reads the file as JSON, or null when there is none. The store opens files through parseDataFile instead, which classifies damage. */
  async read(): Promise<T | null> {
    const handle = await open(this.file, 'r').catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return null
      throw error
    })
    if (!handle) return null
    try {
      return JSON.parse(await handle.readFile('utf8')) as T
    } finally {
      await handle.close()
    }
  }

  /** What the last write put in the file. */
  lastWritten: Uint8Array | null = null

  async write(data: T): Promise<void> {
    const content = serializeBytes(data)
    await this.io.write(this.file, content)
    this.lastWritten = content
  }
}

/**
 * Removes temporary files a killed process left beside `file` (write-file-atomic names them
 * `<file>.<number>`). Safe only while this process is the single writer, before its first write.
 */
export async function removeStaleTempFiles(file: string): Promise<string[]> {
  const prefix = `${basename(file)}.`
  const removed: string[] = []
  for (const name of await readdir(dirname(file)).catch(() => [] as string[])) {
    if (!name.startsWith(prefix) || !/^\d+$/.test(name.slice(prefix.length))) continue
    const path = join(dirname(file), name)
    if ((await stat(path)).isFile()) {
      await rm(path, { force: true })
      removed.push(path)
    }
  }
  return removed
}
