// The benchmark's data: the generated dataset of DESIGN.md at 1×, 2× and 4×, written as the app writes it.
import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { serialize } from '../src/main/core/store/serialize'
import type { Database } from '../src/shared/model'
import type { DatasetSize } from '../test/helpers/fake-data'
import { benchmarkSize, generateDataset, scaledSize } from '../test/helpers/fake-data'
import { withRelationship } from '../test/helpers/fake-relationship'

export const BENCH_SEED = 42
/** The instant the dataset is dated around, and the benchmark's "now". */
export const benchNow = new Date('2026-11-27T09:00:00.000Z')

/**
 * The dataset at `factor` × DESIGN.md's size (or `size`), long-form prose, with the relationship records years of
 * use leave (agreements, check-ins, outcomes, wrap-ups); always the same for the same inputs.
 */
export function benchDataset(factor: number, size: DatasetSize = benchmarkSize): Database {
  const seed = BENCH_SEED + factor
  return withRelationship(generateDataset(scaledSize(size, factor), seed, benchNow, { prose: 'long-form' }), seed)
}

/** A data file on disk holding `data`, written exactly as the store writes it. */
export interface DataFile {
  file: string
  bytes: number
  content: string
}

/** Writes `data` to `<dir>/<name>` in the store's format. */
export async function writeDataFile(dir: string, name: string, data: Database): Promise<DataFile> {
  const file = join(dir, name)
  const content = serialize(data)
  await writeFile(file, content)
  return { file, bytes: Buffer.byteLength(content), content }
}

/** What the dataset holds, for the report: counts and text sizes. */
export function describeDataset(data: Database, bytes: number) {
  const lengths = data.notes.map((n) => n.body.length).sort((a, b) => a - b)
  const at = (q: number) => lengths[Math.min(lengths.length - 1, Math.floor(q * lengths.length))] ?? 0
  return {
    mentors: data.mentors.length,
    sessions: data.sessions.length,
    notes: data.notes.length,
    actionItems: data.actionItems.length,
    goals: data.goals.length,
    agreements: data.agreements.length,
    checkIns: data.checkIns.length,
    outcomes: data.actionItems.filter((a) => a.outcome).length,
    wrapUps: data.wrapUps.length,
    fileMB: Number((bytes / 1e6).toFixed(1)),
    noteChars: { median: at(0.5), p95: at(0.95), max: lengths.at(-1) ?? 0 },
  }
}

/** One search of each kind the benchmark times, picked from the data so each is a real hit (or a real miss). */
export function searchQueries(data: Database): Array<{ kind: string; text: string }> {
  const accented = data.mentors.map((m) => m.name).find((name) => /[À-ɏ]/.test(name.normalize('NFC')))
  const accentedWord = accented?.split(' ').find((word) => /[À-ɏ]/.test(word)) ?? 'Zoë'
  return [
    { kind: 'one common word', text: 'team' },
    { kind: 'a word start (prefix)', text: 'negot' },
    { kind: 'three words', text: 'feedback team growth' },
    { kind: `a name with accents (${accentedWord})`, text: accentedWord },
    { kind: 'a CJK term (学习)', text: '学习' },
    { kind: 'a miss', text: 'xylophonist' },
  ]
}
