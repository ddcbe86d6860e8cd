// The crash test writer's operations: each write it can make now, what it may leave if killed, and what it left.
import type { Core } from '../../src/main/core/create-core'
import type { Result } from '../../src/shared/result'
import type { Content, Effect, TrackedKind } from './records'
import { contentOf, fingerprint } from './records'
import type { Random } from './workload'
import { mentorFields, noteFields, sessionChanges, sessionFields } from './workload'

/** A record the writer knows, and the lane (its mentor) that keeps two writes off it at once. */
export interface Known {
  kind: TrackedKind
  id: string
  lane: string
  content: Content
  sessionId: string | null
}

/** A write, once its content is chosen: what it may leave if killed before the answer, and how to make it. */
export interface Planned {
  channel: string
  may: Effect[]
  creates: Partial<Record<TrackedKind, number>>
  run(): Promise<Effect[]>
}

/** A write that could be made now; its content is chosen only when it is picked. */
export interface Op {
  weight: number
  lane: string
  plan(): Planned
}

/** Text stored beyond this (in UTF-16 units) makes the writer prefer deleting large notes: the file stays a few MB. */
const TEXT_BUDGET = 1_500_000
/** The lane of records whose mentor was deleted with their history kept. */
export const ORPHANS = 'orphans'

/** The value of a result the workload expects to succeed. */
export function valueOf<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`)
  return result.value
}

const sizeOf = (content: Content): number => {
  const f = content.fields as unknown as Record<string, unknown>
  return Object.values(f).reduce<number>((sum, v) => sum + (typeof v === 'string' ? v.length : 0), 0)
}

/** The writes possible now, skipping records whose lane has a write in flight. */
export function possibleOps(core: Core, known: Map<string, Known>, busy: Set<string>, random: Random): Op[] {
  const all = [...known.values()]
  const free = all.filter((k) => !busy.has(k.lane))
  const of = (kind: TrackedKind) => free.filter((k) => k.kind === kind)
  const mentors = all.filter((k) => k.kind === 'mentors').length
  const sessions = all.filter((k) => k.kind === 'sessions').length
  const overBudget = all.reduce((sum, k) => sum + sizeOf(k.content), 0) > TEXT_BUDGET
  const remember = (kind: TrackedKind, id: string, lane: string, content: Content, sessionId: string | null = null) =>
    known.set(`${kind}:${id}`, { kind, id, lane, content, sessionId })
  const ops: Op[] = []

  if (mentors < 25) {
    ops.push({
      weight: mentors < 3 ? 20 : 1,
      lane: `new-mentor-${random.next()}`,
      plan: () => {
        const { fields, content } = mentorFields(random)
        return {
          channel: 'mentors:create',
          may: [],
          creates: { mentors: 1 },
          run: async () => {
            const mentor = valueOf(await core.handlers['mentors:create'](fields))
            remember('mentors', mentor.id, mentor.id, content)
            return [{ kind: 'mentors', id: mentor.id, fp: stored(content, contentOf('mentors', mentor)) }]
          },
        }
      },
    })
  }

  const mentor = of('mentors').length > 0 ? random.pick(of('mentors')) : null
  if (mentor) {
    ops.push({
      weight: 1,
      lane: mentor.lane,
      plan: () => {
        const { fields, content } = mentorFields(random)
        return {
          channel: 'mentors:update',
          may: [present(mentor, content)],
          creates: {},
          run: async () => {
            const after = valueOf(await core.handlers['mentors:update']({ id: mentor.id, changes: fields }))
            mentor.content = content
            return [{ kind: 'mentors', id: mentor.id, fp: stored(content, contentOf('mentors', after)) }]
          },
        }
      },
    })
    ops.push({
      weight: mentors > 15 ? 3 : 0.4,
      lane: mentor.lane,
      plan: () => {
        const history = random.pick(['delete', 'keep'] as const)
        const owned = all.filter((k) => k.lane === mentor.id && k !== mentor)
        const effects = [gone(mentor), ...(history === 'delete' ? owned.map(gone) : [])]
        return {
          channel: 'mentors:delete',
          may: effects,
          creates: {},
          run: async () => {
            valueOf(await core.handlers['mentors:delete']({ id: mentor.id, history }))
            known.delete(`mentors:${mentor.id}`)
            for (const k of owned) {
              if (history === 'delete') known.delete(`${k.kind}:${k.id}`)
              else k.lane = ORPHANS
            }
            return effects
          },
        }
      },
    })
    ops.push({
      weight: overBudget ? 0.5 : 3,
      lane: mentor.lane,
      plan: () => {
        const { fields, content } = noteFields(random)
        return {
          channel: 'notes:create',
          may: [],
          creates: { notes: 1 },
          run: async () => {
            const note = valueOf(await core.handlers['notes:create']({ mentorId: mentor.id, ...fields }))
            remember('notes', note.id, mentor.id, content)
            return [{ kind: 'notes', id: note.id, fp: stored(content, contentOf('notes', note)) }]
          },
        }
      },
    })
    ops.push({
      weight: sessions > 150 ? 0.3 : 2,
      lane: mentor.lane,
      plan: () => {
        const { input, actionItems, content } = sessionFields(random)
        return {
          channel: 'sessions:create',
          may: [],
          creates: { sessions: 1, actionItems: actionItems.length },
          run: async () => {
            const session = valueOf(
              await core.handlers['sessions:create']({ mentorId: mentor.id, ...input, actionItems }),
            )
            remember('sessions', session.id, mentor.id, content)
            const effects: Effect[] = [
              { kind: 'sessions', id: session.id, fp: stored(content, contentOf('sessions', session)) },
            ]
            // The items were written with the session; their ids come from reading it back.
            for (const item of valueOf(await core.handlers['sessions:get']({ id: session.id })).actionItems) {
              const itemContent = contentOf('actionItems', item)
              remember('actionItems', item.id, mentor.id, itemContent, session.id)
              effects.push({ kind: 'actionItems', id: item.id, fp: fingerprint(itemContent) })
            }
            return effects
          },
        }
      },
    })
  }

  const notes = of('notes')
  if (notes.length > 0) {
    // Over budget, the largest note goes first.
    const note = overBudget
      ? notes.reduce((a, b) => (sizeOf(b.content) > sizeOf(a.content) ? b : a))
      : random.pick(notes)
    ops.push({
      weight: overBudget ? 0.5 : 2,
      lane: note.lane,
      plan: () => {
        const { fields, content } = noteFields(random)
        return {
          channel: 'notes:update',
          may: [present(note, content)],
          creates: {},
          run: async () => {
            const after = valueOf(await core.handlers['notes:update']({ id: note.id, changes: fields }))
            note.content = content
            return [{ kind: 'notes', id: note.id, fp: stored(content, contentOf('notes', after)) }]
          },
        }
      },
    })
    ops.push({
      weight: overBudget ? 20 : 1,
      lane: note.lane,
      plan: () => ({
        channel: 'notes:delete',
        may: [gone(note)],
        creates: {},
        run: async () => {
          valueOf(await core.handlers['notes:delete']({ id: note.id }))
          known.delete(`notes:${note.id}`)
          return [gone(note)]
        },
      }),
    })
  }

  const freeSessions = of('sessions')
  if (freeSessions.length > 0) {
    const session = random.pick(freeSessions)
    ops.push({
      weight: 1,
      lane: session.lane,
      plan: () => {
        const current = session.content as Extract<Content, { kind: 'sessions' }>
        const { changes, content } = sessionChanges(random, current.fields)
        return {
          channel: 'sessions:update',
          may: [present(session, content)],
          creates: {},
          run: async () => {
            const after = valueOf(await core.handlers['sessions:update']({ id: session.id, changes }))
            session.content = content
            return [{ kind: 'sessions', id: session.id, fp: stored(content, contentOf('sessions', after)) }]
          },
        }
      },
    })
    ops.push({
      weight: sessions > 100 ? 4 : 0.7,
      lane: session.lane,
      plan: () => {
        const items = all.filter((k) => k.kind === 'actionItems' && k.sessionId === session.id)
        const effects = [gone(session), ...items.map(gone)]
        return {
          channel: 'sessions:delete',
          may: effects,
          creates: {},
          run: async () => {
            valueOf(await core.handlers['sessions:delete']({ id: session.id }))
            for (const k of [session, ...items]) known.delete(`${k.kind}:${k.id}`)
            return effects
          },
        }
      },
    })
  }

  const items = of('actionItems')
  if (items.length > 0) {
    const item = random.pick(items)
    ops.push({
      weight: 2,
      lane: item.lane,
      plan: () => {
        const current = item.content as Extract<Content, { kind: 'actionItems' }>
        const content: Content = { kind: 'actionItems', fields: { ...current.fields, done: !current.fields.done } }
        return {
          channel: 'actions:setDone',
          may: [present(item, content)],
          creates: {},
          run: async () => {
            const after = valueOf(await core.handlers['actions:setDone']({ id: item.id, done: content.fields.done }))
            item.content = content
            return [{ kind: 'actionItems', id: item.id, fp: stored(content, contentOf('actionItems', after)) }]
          },
        }
      },
    })
    ops.push({
      weight: 0.7,
      lane: item.lane,
      plan: () => ({
        channel: 'actions:delete',
        may: [gone(item)],
        creates: {},
        run: async () => {
          valueOf(await core.handlers['actions:delete']({ id: item.id }))
          known.delete(`actionItems:${item.id}`)
          return [gone(item)]
        },
      }),
    })
  }
  return ops
}

const present = (k: Known, content: Content): Effect => ({ kind: k.kind, id: k.id, fp: fingerprint(content) })
const gone = (k: Known): Effect => ({ kind: k.kind, id: k.id, gone: true })

/** The fingerprint of what a handler stored, after checking it is what was sent. */
function stored(sent: Content, kept: Content): string {
  if (fingerprint(sent) !== fingerprint(kept)) throw new Error('The stored record differs from what was sent')
  return fingerprint(kept)
}

/** Picks one of `ops` at random, in proportion to their weights. */
export function pickWeighted(ops: Op[], random: Random): Op | null {
  let at = random.next() * ops.reduce((sum, op) => sum + op.weight, 0)
  for (const op of ops) {
    at -= op.weight
    if (at < 0) return op
  }
  return ops.at(-1) ?? null
}
