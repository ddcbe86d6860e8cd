import { open, readdir, rm, stat, unlink } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'
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

/**
 * Every write the store makes to the data file and its journal goes through this port, so tests can
 * stand in for a failing disk, and the power-loss test can record each step and cut power between any two.
 */
export interface StoreIO {
  /** Replaces `file` as a whole, so it is wholly old or wholly new on disk: temp file, fsync, rename, folder fsync. */
  replace(file: string, content: string | Uint8Array): Promise<void>
  /** Appends `content` to `file`, which exists, and flushes it (fdatasync): durable once this resolves. */
  append(file: string, content: string | Uint8Array): Promise<void>
  /** Cuts `file` to its first `length` bytes, durably. */
  truncate(file: string, length: number): Promise<void>
  /** Removes `file`, durably (the folder is synced); nothing happens when it is not there. */
  remove(file: string): Promise<void>
}

/** The port over the real disk. */
export const durableIO: StoreIO = {
  replace: writeFileDurably,
  async append(file, content) {
    const handle = await open(file, 'a')
    try {
      await handle.write(typeof content === 'string' ? Buffer.from(content) : content)
      await handle.datasync()
    } finally {
      await handle.close()
    }
  },
  async truncate(file, length) {
    const handle = await open(file, 'r+')
    try {
      await handle.truncate(length)
      await handle.sync()
    } finally {
      await handle.close()
    }
  },
  async remove(file) {
    const gone = await unlink(file).then(
      () => true,
      (error: NodeJS.ErrnoException) => {
        if (error.code === 'ENOENT') return false
        throw error
      },
    )
    if (gone) await syncDirectory(dirname(file))
  },
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
