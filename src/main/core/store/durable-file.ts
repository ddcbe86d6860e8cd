import { open, readdir, rm, stat } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'
import type { Adapter } from 'lowdb'
import writeFileAtomic from 'write-file-atomic'

/** Makes a rename inside `dir` durable; directories cannot be opened for sync on Windows. */
async function syncDirectory(dir: string): Promise<void> {
  if (process.platform === 'win32') return
  const handle = await open(dir, 'r')
  try {
    await handle.sync()
  } finally {
    await handle.close()
  }
}

/** Makes a rename or new file at `file` durable by syncing its folder. */
export const syncDirectoryOf = (file: string): Promise<void> => syncDirectory(dirname(file))

/** Writes a file so that it is either wholly old or wholly new on disk: temp file, fsync, rename, fsync the folder. */
export async function writeFileDurably(file: string, content: string | Uint8Array): Promise<void> {
  await writeFileAtomic(file, typeof content === 'string' ? content : Buffer.from(content), { fsync: true })
  await syncDirectory(dirname(file))
}

/** Serializes the data file: indented, so a person can read it, with a final newline. */
export const serialize = (data: unknown): string => `${JSON.stringify(data, null, 2)}\n`

/** How the store writes whole files: durably, or (in tests) failing the way a sick disk does. */
export interface StoreIO {
  write(file: string, content: string): Promise<void>
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
  lastWritten: string | null = null

  async write(data: T): Promise<void> {
    const content = serialize(data)
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
