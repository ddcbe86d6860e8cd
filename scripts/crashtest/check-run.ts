// The crash test's judgement of one run, pure: what was acknowledged against what the file holds.
import type { Effect, TrackedKind, WriterLine } from './records'
import { keyOf, trackedKinds } from './records'

/** The verdict on one run. */
export interface RunVerdict {
  problems: string[]
  /** Writes acknowledged in this run. */
  acknowledged: number
  /** Records whose presence and content were compared. */
  verified: number
  /** Writes begun and not acknowledged when the process died. */
  inFlight: number
  /** Every key ever acknowledged as deleted, this run's included. */
  gone: Set<string>
}

const GONE = 'gone'
const stateOf = (effect: Effect) => ('gone' in effect ? GONE : effect.fp)

/** The writer's complete lines; a line cut off by the kill was never acknowledged, so it is dropped. */
export function parseLines(stdout: string): { lines: WriterLine[]; malformed: string[] } {
  const pieces = stdout.split('\n')
  pieces.pop()
  const lines: WriterLine[] = []
  const malformed: string[] = []
  for (const piece of pieces) {
    if (piece.trim() === '') continue
    try {
      lines.push(JSON.parse(piece) as WriterLine)
    } catch {
      malformed.push(piece.slice(0, 200))
    }
  }
  return { lines, malformed }
}

/**
 * Compares the file after a kill with what the writer acknowledged. `before` is the file as the
 * previous run was verified to leave it; `after` the file now (both from snapshotOf). Every
 * acknowledged state must be there; a write in flight may have landed or not, but nothing else.
 */
export function checkRun(
  before: ReadonlyMap<string, string>,
  previouslyGone: ReadonlySet<string>,
  lines: readonly WriterLine[],
  after: ReadonlyMap<string, string>,
): RunVerdict {
  const problems: string[] = []
  const expected = new Map<string, { state: string; because: string }>()
  for (const [key, fp] of before) expected.set(key, { state: fp, because: 'an earlier run' })
  const gone = new Set(previouslyGone)
  const begun = new Map<number, Extract<WriterLine, { t: 'begin' }>>()
  let acknowledged = 0

  for (const line of lines) {
    if (line.t === 'begin') begun.set(line.op, line)
    else if (line.t === 'fail') problems.push(`the writer's ${line.channel} (op ${line.op}) failed: ${line.message}`)
    else if (line.t === 'ack') {
      acknowledged++
      const channel = begun.get(line.op)?.channel ?? 'unknown channel'
      begun.delete(line.op)
      for (const effect of line.effects) {
        const key = keyOf(effect.kind, effect.id)
        expected.set(key, { state: stateOf(effect), because: `op ${line.op} (${channel})` })
        if ('gone' in effect) gone.add(key)
      }
    }
  }

  // What the writes in flight may have done: one alternative state per record (the writer never
  // runs two writes on one record at once), and a bounded number of new records.
  const alternatives = new Map<string, string>()
  const mayCreate = new Map<TrackedKind, number>()
  for (const pending of begun.values()) {
    for (const effect of pending.may) alternatives.set(keyOf(effect.kind, effect.id), stateOf(effect))
    for (const [kind, count] of Object.entries(pending.creates) as Array<[TrackedKind, number]>) {
      mayCreate.set(kind, (mayCreate.get(kind) ?? 0) + count)
    }
  }

  let verified = 0
  for (const [key, { state, because }] of expected) {
    verified++
    const actual = after.get(key) ?? GONE
    if (actual === state || alternatives.get(key) === actual) continue
    if (actual === GONE) problems.push(`lost: ${key}, acknowledged by ${because}, is not in the file`)
    else if (state === GONE) problems.push(`not deleted: ${key}, whose delete ${because} acknowledged, is in the file`)
    else problems.push(`changed: ${key} does not hold what ${because} acknowledged`)
  }

  const extras = new Map<TrackedKind, string[]>()
  for (const key of after.keys()) {
    if (expected.has(key)) continue
    if (gone.has(key)) {
      problems.push(`came back: ${key}, deleted in an earlier run, is in the file again`)
      continue
    }
    const kind = key.slice(0, key.indexOf(':')) as TrackedKind
    extras.set(kind, [...(extras.get(kind) ?? []), key])
  }
  for (const kind of trackedKinds) {
    const found = extras.get(kind) ?? []
    const allowed = mayCreate.get(kind) ?? 0
    if (found.length > allowed) {
      problems.push(
        `unexpected: ${found.length} ${kind} no write accounts for (at most ${allowed} in flight): ${found.slice(0, 3).join(', ')}`,
      )
    }
  }
  return { problems, acknowledged, verified, inFlight: begun.size, gone }
}
