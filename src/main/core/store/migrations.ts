import { randomUUID } from 'node:crypto'
import { SCHEMA_VERSION } from '../../../shared/model'

/** Upgrades raw file content from `from` to `from + 1`. Never validates: the loader does, after the last step. */
export interface Migration {
  from: number
  describe: string
  up(raw: Record<string, unknown>, now: Date): Record<string, unknown>
}

const asRecord = (value: unknown): Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {}
const asArray = (value: unknown): unknown[] => (Array.isArray(value) ? value : [])
const asString = (value: unknown): string => (typeof value === 'string' ? value : '')

/**
 * Version 0 is the preview format, written before files carried `schemaVersion`: mentors had
 * `company`, `title`, `tags` and a single free-text `notes` string, and records had no timestamps.
 */
const v0ToV1: Migration = {
  from: 0,
  describe: 'name fields as in version 1, free-text notes become notes, timestamps added',
  up(raw, now) {
    const stamp = now.toISOString()
    const notes: Record<string, unknown>[] = []
    const mentors = asArray(raw.mentors).map((value) => {
      const old = asRecord(value)
      const id = asString(old.id) || randomUUID()
      const text = asString(old.notes).trim()
      if (text) {
        notes.push({ id: randomUUID(), mentorId: id, section: 'notes', body: text, createdAt: stamp, updatedAt: stamp })
      }
      return {
        id,
        name: asString(old.name),
        role: asString(old.title),
        organization: asString(old.company),
        email: asString(old.email),
        expertise: asArray(old.tags).filter((t): t is string => typeof t === 'string'),
        createdAt: asString(old.createdAt) || stamp,
        updatedAt: stamp,
      }
    })
    const profile = asRecord(raw.profile)
    return { schemaVersion: 1, profile: { name: asString(profile.name) }, mentors, notes }
  },
}

/**
 * Version 2 adds the relationship records: a mentoring agreement per mentor, private check-ins and the wrap-up,
 * and what came of each action item (`outcome`). Everything of version 1 stays as it was.
 */
const v1ToV2: Migration = {
  from: 1,
  describe: 'agreements, check-ins, wrap-ups and action item outcomes added, empty',
  up(raw) {
    const actionItems = asArray(raw.actionItems).map((item) => ({ outcome: null, ...asRecord(item) }))
    const sample =
      raw.sample === null || raw.sample === undefined
        ? null
        : { agreementIds: [], checkInIds: [], wrapUpIds: [], ...asRecord(raw.sample) }
    return { ...raw, schemaVersion: 2, actionItems, agreements: [], checkIns: [], wrapUps: [], sample }
  },
}

/** Every migration, in order. The last one produces SCHEMA_VERSION. */
export const migrations: readonly Migration[] = [v0ToV1, v1ToV2]

/** Runs the migrations from `version` up to the current one. */
export function migrate(raw: Record<string, unknown>, version: number, now: Date): Record<string, unknown> {
  let data = raw
  for (let v = version; v < SCHEMA_VERSION; v++) {
    const step = migrations.find((m) => m.from === v)
    if (!step) throw new Error(`No migration from version ${v}`)
    data = step.up(data, now)
  }
  return data
}
