// A model of what a disk can hold after a power cut, built from the writes, fsyncs and renames the store made.
import type { StoreIO } from '../../src/main/core/store/durable-file'
import { durableIO } from '../../src/main/core/store/durable-file'

/** One step the store took on the disk, or a mark the workload made between them. */
export type DiskEvent =
  | { op: 'create'; path: string }
  | { op: 'write'; path: string; bytes: Buffer }
  | { op: 'append'; path: string; bytes: Buffer }
  | { op: 'truncate'; path: string; length: number }
  | { op: 'fsync'; path: string }
  | { op: 'rename'; from: string; to: string }
  | { op: 'unlink'; path: string }
  | { op: 'fsync-dir' }
  | { op: 'mark'; mark: string }

const asBuffer = (content: string | Uint8Array) => Buffer.from(content)

/**
 * The store's I/O port over the real disk, recording each operation as the steps a disk sees:
 * a whole-file replace is a new temp file written, fsynced, renamed over the file, and the folder
 * fsynced (write-file-atomic's steps); an append is a write and an fdatasync. Steps are recorded when
 * the operation completes, so a later step (an acknowledgement) never comes before them.
 */
export function recordingIO(events: DiskEvent[]): StoreIO {
  let temps = 0
  return {
    replace: async (file, content) => {
      await durableIO.replace(file, content)
      const temp = `${file}.tmp-${++temps}`
      events.push(
        { op: 'create', path: temp },
        { op: 'write', path: temp, bytes: asBuffer(content) },
        { op: 'fsync', path: temp },
        { op: 'rename', from: temp, to: file },
        { op: 'fsync-dir' },
      )
    },
    append: async (file, content) => {
      await durableIO.append(file, content)
      events.push({ op: 'append', path: file, bytes: asBuffer(content) }, { op: 'fsync', path: file })
    },
    truncate: async (file, length) => {
      await durableIO.truncate(file, length)
      events.push({ op: 'truncate', path: file, length }, { op: 'fsync', path: file })
    },
    remove: async (file) => {
      await durableIO.remove(file)
      events.push({ op: 'unlink', path: file }, { op: 'fsync-dir' })
    },
  }
}

type Pending = { write: Buffer; offset: number } | { truncate: number }
interface Inode {
  durable: Buffer
  current: Buffer
  /** Data operations since the last fsync, in order. */
  pending: Pending[]
}
type DirOp = { rename: [string, string] } | { unlink: string } | { create: [string, Inode] }

/** How much of what was not yet synced a power cut lets survive. */
export interface CutChoice {
  /** How many of the folder's unsynced creates, renames and unlinks survive, in order (the rest are undone). */
  dirOps(count: number): number
  /** How many of a file's unsynced writes survive, in order. */
  writes(count: number): number
  /** How the last surviving unsynced write lands: whole, cut to some of its bytes, or as zero bytes. */
  lastWrite(bytes: Buffer): Buffer
}

/** What the files hold after a power cut right after `events[cut - 1]`: path -> bytes, for the paths that exist. */
export function diskAfterCut(events: readonly DiskEvent[], cut: number, choice: CutChoice): Map<string, Buffer> {
  const live = new Map<string, Inode>()
  let synced = new Map<string, Inode>()
  let dirOps: DirOp[] = []
  const inode = (path: string) => {
    const found = live.get(path)
    if (!found) throw new Error(`The store wrote ${path}, which does not exist`)
    return found
  }
  for (const event of events.slice(0, cut)) {
    switch (event.op) {
      case 'create': {
        const made: Inode = { durable: Buffer.alloc(0), current: Buffer.alloc(0), pending: [] }
        live.set(event.path, made)
        dirOps.push({ create: [event.path, made] })
        break
      }
      case 'write':
      case 'append': {
        const file = inode(event.path)
        const offset = event.op === 'append' ? file.current.length : 0
        file.current = Buffer.concat([file.current.subarray(0, offset), event.bytes])
        file.pending.push({ write: event.bytes, offset })
        break
      }
      case 'truncate': {
        const file = inode(event.path)
        file.current = file.current.subarray(0, event.length)
        file.pending.push({ truncate: event.length })
        break
      }
      case 'fsync': {
        const file = inode(event.path)
        file.durable = file.current
        file.pending = []
        break
      }
      case 'rename':
        live.set(event.to, inode(event.from))
        live.delete(event.from)
        dirOps.push({ rename: [event.from, event.to] })
        break
      case 'unlink':
        live.delete(event.path)
        dirOps.push({ unlink: event.path })
        break
      case 'fsync-dir':
        synced = new Map(live)
        dirOps = []
        break
      case 'mark':
        break
    }
  }
  const names = new Map(synced)
  for (const op of dirOps.slice(0, choice.dirOps(dirOps.length))) {
    if ('create' in op) names.set(op.create[0], op.create[1])
    else if ('rename' in op) {
      const moved = names.get(op.rename[0])
      names.delete(op.rename[0])
      if (moved) names.set(op.rename[1], moved)
    } else names.delete(op.unlink)
  }
  const files = new Map<string, Buffer>()
  for (const [path, file] of names) files.set(path, contentAfterCut(file, choice))
  return files
}

function contentAfterCut(file: Inode, choice: CutChoice): Buffer {
  let content = file.durable
  const kept = file.pending.slice(0, choice.writes(file.pending.length))
  kept.forEach((op, index) => {
    if ('truncate' in op) content = content.subarray(0, op.truncate)
    else {
      const bytes = index === kept.length - 1 ? choice.lastWrite(op.write) : op.write
      content = Buffer.concat([content.subarray(0, op.offset), bytes])
    }
  })
  return content
}
