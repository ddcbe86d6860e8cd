// What the crash test's writer and checker agree on: the records it tracks, their fingerprints, its line protocol.
import { createHash } from 'node:crypto'
import type { ActionItem, Database, Mentor, Note, Session } from '../../src/shared/model'

/** The collections the writer changes and the checker verifies. */
export const trackedKinds = ['mentors', 'notes', 'sessions', 'actionItems'] as const
export type TrackedKind = (typeof trackedKinds)[number]

/** What the writer chose for a record: the fields it sets, never timestamps or ids a handler makes. */
export type Content =
  | { kind: 'mentors'; fields: Pick<Mentor, 'name' | 'role' | 'howWeMet' | 'expertise'> }
  | { kind: 'notes'; fields: Pick<Note, 'section' | 'title' | 'body' | 'pinned'> }
  | { kind: 'sessions'; fields: Pick<Session, 'status' | 'durationMinutes' | 'agenda' | 'notes' | 'takeaways'> }
  | { kind: 'actionItems'; fields: Pick<ActionItem, 'title' | 'owner' | 'dueOn'> & { done: boolean } }

/**
 * A record's content as a short hash. JSON first, so a lone surrogate that came back as U+FFFD
 * hashes differently; the mentor a record hangs on is left out, since keeping a deleted mentor's
 * history detaches it.
 */
export function fingerprint(content: Content): string {
  const f = content.fields as Record<string, unknown>
  const ordered = Object.keys(f)
    .sort()
    .map((key) => [key, f[key]])
  return createHash('sha256')
    .update(JSON.stringify([content.kind, ordered]))
    .digest('hex')
    .slice(0, 24)
}

/** The content of a stored record, as the writer would have described it. */
export function contentOf(kind: TrackedKind, record: Mentor | Note | Session | ActionItem): Content {
  switch (kind) {
    case 'mentors': {
      const { name, role, howWeMet, expertise } = record as Mentor
      return { kind, fields: { name, role, howWeMet, expertise } }
    }
    case 'notes': {
      const { section, title, body, pinned } = record as Note
      return { kind, fields: { section, title, body, pinned } }
    }
    case 'sessions': {
      const { status, durationMinutes, agenda, notes, takeaways } = record as Session
      return { kind, fields: { status, durationMinutes, agenda, notes, takeaways } }
    }
    case 'actionItems': {
      const { title, owner, dueOn, doneAt } = record as ActionItem
      return { kind, fields: { title, owner, dueOn, done: doneAt !== null } }
    }
  }
}

/** `kind:id`, the key of a record in a snapshot. */
export const keyOf = (kind: TrackedKind, id: string) => `${kind}:${id}`

/** Every tracked record of a data file, by key, with its fingerprint. */
export function snapshotOf(data: Database): Map<string, string> {
  const out = new Map<string, string>()
  for (const kind of trackedKinds) {
    for (const record of data[kind]) out.set(keyOf(kind, record.id), fingerprint(contentOf(kind, record)))
  }
  return out
}

/** A record as an effect of a write: present with this fingerprint, or gone. */
export type Effect = { kind: TrackedKind; id: string; fp: string } | { kind: TrackedKind; id: string; gone: true }

/** The writer's lines on stdout, one JSON object each. */
export type WriterLine =
  /** Sent just before the data file is opened: a kill soon after lands in start-up (temp files, backups). */
  | { t: 'opening' }
  | { t: 'ready'; records: number; concurrency: number }
  /** Sent before a write: what it may leave behind if the process dies before the write is acknowledged. */
  | { t: 'begin'; op: number; channel: string; may: Effect[]; creates: Partial<Record<TrackedKind, number>> }
  /** Sent once the write is acknowledged (durable): what it left. */
  | { t: 'ack'; op: number; effects: Effect[] }
  /** A write that should have succeeded did not: a failure of the run. */
  | { t: 'fail'; op: number; channel: string; message: string }
  /** A step of the store's own (`append`, `compaction-begin`, `compaction-snapshot-durable`, `compaction-done`). */
  | { t: 'store'; step: string }
