import { z } from 'zod'
import { ActionItem } from './action-item'
import { Draft } from './draft'
import { Goal } from './goal'
import { Mentor } from './mentor'
import { Note } from './note'
import { Agreement, CheckIn, WrapUp } from './relationship'
import { ReminderState } from './reminder-state'
import { SampleRecords } from './sample'
import { Series, Session } from './session'
import { Profile, Settings } from './settings'

/** The format version this build reads and writes. */
export const SCHEMA_VERSION = 2

/** The whole data file. New collections default to empty so older files of this version still load. */
export const Database = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  profile: Profile.prefault({}),
  settings: Settings.prefault({}),
  mentors: z.array(Mentor).default([]),
  notes: z.array(Note).default([]),
  sessions: z.array(Session).default([]),
  series: z.array(Series).default([]),
  actionItems: z.array(ActionItem).default([]),
  goals: z.array(Goal).default([]),
  reminders: z.array(ReminderState).default([]),
  drafts: z.array(Draft).default([]),
  agreements: z.array(Agreement).default([]),
  checkIns: z.array(CheckIn).default([]),
  wrapUps: z.array(WrapUp).default([]),
  /** The sample data's records while it is loaded; null otherwise. */
  sample: SampleRecords.nullable().default(null),
})
export type Database = z.infer<typeof Database>

/** The lists of records, each with an `id` and an `updatedAt`. */
export const recordCollections = [
  'mentors',
  'notes',
  'sessions',
  'series',
  'actionItems',
  'goals',
  'reminders',
  'drafts',
  'agreements',
  'checkIns',
  'wrapUps',
] as const satisfies ReadonlyArray<keyof Database>
export type RecordCollection = (typeof recordCollections)[number]

/** The collections and singletons a change can touch; `data:changed` names them. */
export const dataKinds = ['profile', 'settings', ...recordCollections, 'sample'] as const
export type DataKind = (typeof dataKinds)[number]

/** A database with nothing in it yet. */
export function emptyDatabase(): Database {
  return Database.parse({ schemaVersion: SCHEMA_VERSION })
}
