// A disk that works until told to fail: every store write (data file, journal) throws the fault's error code.
import type { StoreIO } from '../../src/main/core/store/durable-file'
import { durableIO } from '../../src/main/core/store/durable-file'

/** A disk that works until `fault` is set to an error code (ENOSPC, EACCES, EROFS…), for every file or only those under `only`. */
export function sickDisk() {
  const disk = {
    fault: null as string | null,
    only: null as string | null,
    io: {} as StoreIO,
  }
  const failing =
    <A extends [string, ...unknown[]]>(write: (...args: A) => Promise<void>) =>
    async (...args: A) => {
      const [file] = args
      if (disk.fault && (!disk.only || file.startsWith(disk.only))) {
        throw Object.assign(new Error(`simulated ${disk.fault}: ${file}`), { code: disk.fault })
      }
      await write(...args)
    }
  disk.io = {
    replace: failing(durableIO.replace),
    append: failing(durableIO.append),
    truncate: failing(durableIO.truncate),
    remove: failing(durableIO.remove),
  }
  return disk
}
