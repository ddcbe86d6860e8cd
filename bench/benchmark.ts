// The whole benchmark: every figure of DESIGN.md's budgets, the baselines beside the store's, and the growth.
import { copyFile, rm } from 'node:fs/promises'
import { join } from 'node:path'
import type { DatasetSize } from '../test/helpers/fake-data'
import { benchmarkSize } from '../test/helpers/fake-data'
import { benchDataset, describeDataset, searchQueries, writeDataFile } from './dataset'
import { measureFloor } from './floor'
import type { BundleFigures, HeapFigures } from './heap-bundle'
import { measureBundle, measureHeap } from './heap-bundle'
import { measureMentorPage } from './mentor-page'
import { measureReport } from './report-pdf'
import { measureRoster } from './roster-browser'
import { measureChangeFollowUp, measureReminders, measureSearch } from './search-reminders'
import { measureSqlite } from './sqlite-baseline'
import type { Sample } from './stats'
import { measureOpen } from './store-open'
import type { MutationKind } from './store-mutations'
import { measureDraftSaves, measureMutationsOn, mutationKinds, openTimedCore } from './store-mutations'
import { measureAppendFloor, measureCompaction, measureOpenWithJournal } from './journal-costs'
import { journalPathOf } from '../src/main/core/store/snapshot'
import { summarize } from './stats'
import { measureTimeline } from './timeline-browser'

/** A budget of DESIGN.md: the figure must stay under `ms` (in the row's unit) at the statistic `on`. */
export interface Budget {
  ms: number
  on: 'median' | 'p95' | 'max'
  /** How the table states it when it is not a plain number: "3× SQLite". */
  label?: string
}

/** One line of the table. */
export interface BenchRow {
  figure: string
  sample: Sample
  budget?: Budget
  /** The same work done by the floor (plain temp file, fsync, rename) and by SQLite, where there is one. */
  floor?: Sample
  sqlite?: Sample
  /** What the sample counts, when not milliseconds. */
  unit?: 'KB' | '×'
}

export interface BenchOptions {
  /** The dataset at 1×; DESIGN.md's by default. */
  size: DatasetSize
  /** The store's figures again at these multiples of the dataset (the growth). */
  factors: number[]
  /** Repetitions of each figure at 1×; the larger datasets take fewer. */
  runs: { open: number; mutation: number; search: number; reminders: number; report: number; browser: number }
  /** The pause between two changes: a person does not save several times a second. */
  pauseMs: number
  /** Sessions in the PDF report. */
  reportSessions: number
  /** Changes in the journal that opening replays, for the open-after-a-crash figure. */
  journalChanges: number
  /** Measure in Chromium too: the browser pages and the PDF (needs a build and /usr/bin/chromium). */
  chromium: boolean
  /** Where the data files go; removed by the caller. */
  dir: string
  log: (line: string) => void
}

export interface BenchResult {
  dataset: Record<number, ReturnType<typeof describeDataset>>
  rows: BenchRow[]
  heap: HeapFigures
  bundle?: BundleFigures
}

export const defaultOptions = (dir: string): BenchOptions => ({
  size: benchmarkSize,
  factors: [1, 2, 4],
  runs: { open: 15, mutation: 30, search: 50, reminders: 50, report: 3, browser: 5 },
  pauseMs: 250,
  reportSessions: 1_000,
  journalChanges: 1_000,
  chromium: true,
  dir,
  log: (line) => console.log(line),
})

const budgets = {
  open: { ms: 300, on: 'median' },
  draftKB: { ms: 64, on: 'max', label: '< 64 KB (max)' },
  growth: { ms: 1.5, on: 'p95', label: '< 1.5× (p95)' },
  search: { ms: 30, on: 'median' },
  reminders: { ms: 10, on: 'median' },
  timeline: { ms: 500, on: 'median' },
  pdf: { ms: 5_000, on: 'median' },
} satisfies Record<string, Budget>

/** Runs every measurement of `options` and returns the rows of the table. */
export async function runBenchmark(options: BenchOptions): Promise<BenchResult> {
  const { dir, log, runs } = options
  const rows: BenchRow[] = []
  const dataset: BenchResult['dataset'] = {}
  let heap: HeapFigures | undefined
  const mutationP95: Record<number, Partial<Record<MutationKind, number>>> = {}

  for (const factor of options.factors) {
    const tag = `${factor}×`
    log(`Generating the dataset at ${tag}…`)
    const data = benchDataset(factor, options.size)
    const written = await writeDataFile(dir, `data-${factor}x.json`, data)
    dataset[factor] = describeDataset(data, written.bytes)
    const fewer = (n: number) => Math.max(3, Math.round(n / factor))

    log(`${tag}: opening the file…`)
    const open = await measureOpen(written.file, fewer(runs.open))
    for (const [figure, sample] of Object.entries(open)) {
      const whole = figure.startsWith('open: ')
      if (factor !== 1 && !whole) continue
      rows.push({ figure: `${tag} ${figure}`, sample, budget: whole && factor === 1 ? budgets.open : undefined })
    }

    log(`${tag}: changes through the handlers…`)
    // The mutations change their file; the floors and SQLite start from the same data, untouched.
    const storeFile = join(dir, `store-${factor}x.json`)
    await copyFile(written.file, storeFile)
    const opened = await openTimedCore(storeFile)
    const floorFile = join(dir, `floor-${factor}x.json`)
    const sqliteFile = join(dir, `sqlite-${factor}x.db`)
    try {
      // Every size gets the full count: the growth is judged on the p95.
      const mutations = await measureMutationsOn(opened, data, runs.mutation, options.pauseMs, `${tag} `)
      log(`${tag}: the floors and SQLite…`)
      const append = await measureAppendFloor(`${floorFile}.journal`, runs.mutation, options.pauseMs)
      const whole = await measureFloor(floorFile, written.content, fewer(runs.mutation), options.pauseMs)
      const sqlite = await measureSqlite(sqliteFile, data, runs.mutation, options.pauseMs)
      for (const [figure, sample] of Object.entries(mutations)) {
        const kind = mutationKinds.find((k) => figure.endsWith(`mutation: ${k}`))
        const theirs = kind && sqlite.figures[kind]
        const budget =
          theirs && factor === 1 ? { ms: 3 * theirs.p95, on: 'p95' as const, label: '< 3× SQLite (p95)' } : undefined
        rows.push({ figure, sample, budget, floor: kind && append, sqlite: theirs })
        if (kind) mutationP95[factor] = { ...mutationP95[factor], [kind]: sample.p95 }
      }
      for (const kind of factor === 1 ? [] : mutationKinds) {
        const ratio = (mutationP95[factor]?.[kind] ?? 0) / (mutationP95[1]?.[kind] ?? Infinity)
        rows.push({
          figure: `${tag} growth: mutation: ${kind}, p95 vs 1×`,
          sample: summarize([ratio]),
          unit: '×',
          budget: budgets.growth,
        })
      }
      rows.push({ figure: `${tag} floor: append 2 KB + fdatasync, nothing else`, sample: append })
      rows.push({
        figure: `${tag} floor, before the journal: the whole file (temp file, fsync, rename)`,
        sample: whole,
      })

      log(`${tag}: draft saves, bytes on disk…`)
      const drafts = await measureDraftSaves(opened.core, data, runs.mutation, options.pauseMs)
      if (drafts) {
        rows.push({
          figure: `${tag} draft save (2 KB): KB written to disk, from the OS's counters`,
          sample: drafts.kilobytes,
          unit: 'KB',
          budget: budgets.draftKB,
        })
        rows.push({ figure: `${tag} draft save (2 KB): durable through drafts:save`, sample: drafts.time })
      }

      if (factor === 1) {
        log('1×: search and reminders…')
        const search = await measureSearch(opened.core, searchQueries(data), runs.search)
        for (const [figure, sample] of Object.entries(search.figures)) {
          rows.push({ figure: `${figure} (${search.hits[figure] ?? 0} hits)`, sample, budget: budgets.search })
        }
        for (const [figure, sample] of Object.entries(await measureReminders(data, runs.reminders))) {
          rows.push({ figure, sample, budget: budgets.reminders })
        }
        for (const [figure, sample] of Object.entries(await measureChangeFollowUp(data, runs.mutation))) {
          rows.push({ figure: `1× ${figure}`, sample })
        }
        for (const [figure, sample] of Object.entries(await measureMentorPage(opened.core, data, runs.search))) {
          rows.push({ figure: `1× ${figure}`, sample })
        }
        log(`1×: opening with ${options.journalChanges} changes in the journal…`)
        const replay = await measureOpenWithJournal(written.file, data, options.journalChanges, fewer(runs.open))
        rows.push({
          figure: `1× open with a ${options.journalChanges.toLocaleString('en')}-change journal to replay (${replay.journalMB.toFixed(1)} MB)`,
          sample: replay.sample,
          budget: budgets.open,
        })
        log('1×: the heap after load…')
        heap = await measureHeap(written.file)
        if (options.chromium) {
          log('1×: the roster and the timeline in Chromium…')
          for (const [figure, sample] of Object.entries(await measureRoster(dir, data, runs.browser))) {
            rows.push({ figure, sample })
          }
          // The roster issue's own figure: 500 mentors at full size (2.5× the mentors, the same sessions and notes).
          const roster500 = benchDataset(1, { ...options.size, mentors: Math.round(options.size.mentors * 2.5) })
          for (const [figure, sample] of Object.entries(await measureRoster(dir, roster500, runs.browser))) {
            rows.push({ figure, sample })
          }
          for (const [figure, sample] of Object.entries(await measureTimeline(dir, data, runs.browser))) {
            rows.push({ figure, sample, budget: figure.includes('first cards') ? budgets.timeline : undefined })
          }
        }
      }
    } finally {
      await opened.core.close()
      await Promise.all(
        [floorFile, sqliteFile, `${sqliteFile}-wal`, `${sqliteFile}-shm`].map((f) => rm(f, { force: true })),
      )
    }
    log(`${tag}: compaction…`)
    rows.push({
      figure: `${tag} compaction: snapshot written whole, journal swapped`,
      sample: await measureCompaction(storeFile, 5),
    })
    await Promise.all([storeFile, journalPathOf(storeFile)].map((f) => rm(f, { force: true })))
  }

  let bundle: BundleFigures | undefined
  if (options.chromium) {
    log(`The PDF of ${options.reportSessions.toLocaleString('en')} sessions…`)
    for (const [figure, sample] of Object.entries(
      await measureReport(options.dir, options.reportSessions, runs.report),
    )) {
      rows.push({ figure, sample, budget: figure.includes('end to end') ? budgets.pdf : undefined })
    }
    bundle = await measureBundle()
  }
  if (!heap) throw new Error('The benchmark needs factor 1 among its factors')
  return { dataset, rows, heap, bundle }
}

/** Whether `row` meets its budget; undefined when it has none. */
export function meets(row: BenchRow): boolean | undefined {
  return row.budget && row.sample[row.budget.on] < row.budget.ms
}
