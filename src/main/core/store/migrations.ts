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

/** Every migration, in order. The last one produces SCHEMA_VERSION. */
export const migrations: readonly Migration[] = [v0ToV1]

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
