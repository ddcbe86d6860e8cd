// The same data in SQLite (better-sqlite3, WAL, synchronous=FULL): the single-record changes the store makes, for comparison.
import { randomUUID } from 'node:crypto'
import { stat } from 'node:fs/promises'
import BetterSqlite from 'better-sqlite3'
import type { Database } from '../src/shared/model'
import { benchNow } from './dataset'
import type { MutationKind } from './store-mutations'
import { benchNoteBody, mutationKinds } from './store-mutations'
import type { Sample } from './stats'
import { pause, summarize } from './stats'

/** A normalized schema for the records the benchmark has: one table per kind, link tables, the indexes queries need. */
const schema = `
CREATE TABLE mentors (
  id TEXT PRIMARY KEY, name TEXT NOT NULL, role TEXT NOT NULL, organization TEXT NOT NULL, email TEXT NOT NULL,
  phone TEXT NOT NULL, location TEXT NOT NULL, time_zone TEXT NOT NULL, how_we_met TEXT NOT NULL, met_on TEXT,
  cadence_weeks INTEGER, stage TEXT NOT NULL, created_at TEXT NOT NULL, updated_at TEXT NOT NULL, archived_at TEXT);
CREATE TABLE mentor_links (mentor_id TEXT NOT NULL REFERENCES mentors(id), url TEXT NOT NULL);
CREATE TABLE mentor_expertise (mentor_id TEXT NOT NULL REFERENCES mentors(id), tag TEXT NOT NULL, PRIMARY KEY (mentor_id, tag));
CREATE TABLE goals (
  id TEXT PRIMARY KEY, title TEXT NOT NULL, why TEXT NOT NULL, target_on TEXT, status TEXT NOT NULL,
  created_at TEXT NOT NULL, updated_at TEXT NOT NULL);
CREATE TABLE goal_mentors (goal_id TEXT NOT NULL REFERENCES goals(id), mentor_id TEXT NOT NULL REFERENCES mentors(id), PRIMARY KEY (goal_id, mentor_id));
CREATE TABLE sessions (
  id TEXT PRIMARY KEY, mentor_id TEXT REFERENCES mentors(id), starts_at TEXT NOT NULL, time_zone TEXT NOT NULL,
  duration_minutes INTEGER NOT NULL, format TEXT NOT NULL, status TEXT NOT NULL, agenda TEXT NOT NULL, notes TEXT NOT NULL,
  what_worked TEXT NOT NULL, what_did_not TEXT NOT NULL, takeaways TEXT NOT NULL, reflection TEXT NOT NULL,
  follow_up_on TEXT, created_at TEXT NOT NULL, updated_at TEXT NOT NULL);
CREATE INDEX sessions_by_mentor ON sessions (mentor_id, starts_at);
CREATE INDEX sessions_by_start ON sessions (starts_at);
CREATE TABLE session_goals (session_id TEXT NOT NULL REFERENCES sessions(id), goal_id TEXT NOT NULL REFERENCES goals(id), PRIMARY KEY (session_id, goal_id));
CREATE TABLE notes (
  id TEXT PRIMARY KEY, mentor_id TEXT REFERENCES mentors(id), section TEXT NOT NULL, title TEXT NOT NULL, body TEXT NOT NULL,
  happened_on TEXT, pinned INTEGER NOT NULL, created_at TEXT NOT NULL, updated_at TEXT NOT NULL);
CREATE INDEX notes_by_mentor ON notes (mentor_id, section);
CREATE TABLE action_items (
  id TEXT PRIMARY KEY, mentor_id TEXT REFERENCES mentors(id), session_id TEXT REFERENCES sessions(id), title TEXT NOT NULL,
  owner TEXT NOT NULL, due_on TEXT, done_at TEXT, created_at TEXT NOT NULL, updated_at TEXT NOT NULL);
CREATE INDEX action_items_by_session ON action_items (session_id);
CREATE INDEX action_items_open_by_due ON action_items (done_at, due_on);
`

type Db = BetterSqlite.Database

type Row = Record<string, string | number | null>

/** The rows of each table for `data`: records flattened to columns, lists moved to link tables. */
function rowsOf(data: Database): Array<[string, Row[]]> {
  return [
    [
      'mentors',
      data.mentors.map((m) => ({
        ...{ id: m.id, name: m.name, role: m.role, organization: m.organization, email: m.email, phone: m.phone },
        ...{ location: m.location, time_zone: m.timeZone, how_we_met: m.howWeMet, met_on: m.metOn },
        ...{ cadence_weeks: m.cadenceWeeks, stage: m.stage, archived_at: m.archivedAt },
        ...{ created_at: m.createdAt, updated_at: m.updatedAt },
      })),
    ],
    ['mentor_links', data.mentors.flatMap((m) => m.links.map((url) => ({ mentor_id: m.id, url })))],
    ['mentor_expertise', data.mentors.flatMap((m) => m.expertise.map((tag) => ({ mentor_id: m.id, tag })))],
    [
      'goals',
      data.goals.map((g) => ({
        ...{ id: g.id, title: g.title, why: g.why, target_on: g.targetOn, status: g.status },
        ...{ created_at: g.createdAt, updated_at: g.updatedAt },
      })),
    ],
    ['goal_mentors', data.goals.flatMap((g) => g.mentorIds.map((mentor_id) => ({ goal_id: g.id, mentor_id })))],
    [
      'sessions',
      data.sessions.map((s) => ({
        ...{ id: s.id, mentor_id: s.mentorId, starts_at: s.startsAt, time_zone: s.timeZone },
        ...{ duration_minutes: s.durationMinutes, format: s.format, status: s.status, agenda: s.agenda },
        ...{ notes: s.notes, what_worked: s.whatWorked, what_did_not: s.whatDidNot, takeaways: s.takeaways },
        ...{ reflection: s.reflection, follow_up_on: s.followUpOn, created_at: s.createdAt, updated_at: s.updatedAt },
      })),
    ],
    ['session_goals', data.sessions.flatMap((s) => s.goalIds.map((goal_id) => ({ session_id: s.id, goal_id })))],
    [
      'notes',
      data.notes.map((n) => ({
        ...{ id: n.id, mentor_id: n.mentorId, section: n.section, title: n.title, body: n.body },
        ...{ happened_on: n.happenedOn, pinned: Number(n.pinned), created_at: n.createdAt, updated_at: n.updatedAt },
      })),
    ],
    [
      'action_items',
      data.actionItems.map((a) => ({
        ...{ id: a.id, mentor_id: a.mentorId, session_id: a.sessionId, title: a.title, owner: a.owner },
        ...{ due_on: a.dueOn, done_at: a.doneAt, created_at: a.createdAt, updated_at: a.updatedAt },
      })),
    ],
  ]
}

/** Copies every record of `data` into the empty database `db`, in one transaction. */
function load(db: Db, data: Database): void {
  db.transaction(() => {
    for (const [table, rows] of rowsOf(data)) {
      const columns = Object.keys(rows[0] ?? {})
      if (columns.length === 0) continue
      const insert = db.prepare(
        `INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map((c) => `@${c}`).join(', ')})`,
      )
      for (const row of rows) insert.run(row)
    }
  })()
}

/** The statement each change of the store becomes in SQLite, one autocommitted statement each. */
function changeStatements(db: Db, data: Database): Record<MutationKind, (i: number) => void> {
  const stamp = benchNow.toISOString()
  const mentors = data.mentors.filter((m) => !m.archivedAt)
  const open = data.actionItems.filter((a) => !a.doneAt)
  const insertNote = db.prepare(
    `INSERT INTO notes (id, mentor_id, section, title, body, happened_on, pinned, created_at, updated_at)
     VALUES (?, ?, 'notes', ?, ?, NULL, 0, ?, ?)`,
  )
  const updateSession = db.prepare('UPDATE sessions SET what_worked = ?, updated_at = ? WHERE id = ?')
  const completeItem = db.prepare(
    'UPDATE action_items SET done_at = ?, updated_at = ? WHERE id = ? AND done_at IS NULL',
  )
  return {
    'create a note': (i) =>
      insertNote.run(randomUUID(), mentors[i % mentors.length]!.id, `Benchmark note ${i}`, benchNoteBody, stamp, stamp),
    'update a session': (i) =>
      updateSession.run(`Writing it down worked (${i}).`, stamp, data.sessions[(i * 37) % data.sessions.length]!.id),
    'complete an action item': (i) => completeItem.run(stamp, stamp, open[(i * 7) % open.length]!.id),
  }
}

export interface SqliteFigures {
  figures: Record<MutationKind, Sample>
  loadMs: number
  bytes: number
}

/**
 * Loads `data` into a new SQLite file at `file` (WAL journal, synchronous=FULL, foreign keys on),
 * then times `runs` of each single-record change, with the same pause between changes as the store's.
 */
export async function measureSqlite(
  file: string,
  data: Database,
  runs: number,
  pauseMs: number,
): Promise<SqliteFigures> {
  const db = new BetterSqlite(file)
  try {
    db.pragma('journal_mode = WAL')
    db.pragma('synchronous = FULL')
    db.pragma('foreign_keys = ON')
    db.exec(schema)
    const started = performance.now()
    load(db, data)
    db.pragma('wal_checkpoint(TRUNCATE)')
    const loadMs = performance.now() - started
    const statements = changeStatements(db, data)
    const figures = {} as Record<MutationKind, Sample>
    for (const kind of mutationKinds) {
      const times: number[] = []
      for (let i = 0; i < runs; i++) {
        await pause(pauseMs)
        const start = performance.now()
        statements[kind](i)
        times.push(performance.now() - start)
      }
      figures[kind] = summarize(times)
    }
    return { figures, loadMs, bytes: (await stat(file)).size }
  } finally {
    db.close()
  }
}
