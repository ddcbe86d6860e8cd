// The whole benchmark: every figure of DESIGN.md's budgets, the baselines beside the store's, and the growth.
import { copyFile, rm } from 'node:fs/promises'
import { join } from 'node:path'
import type { DatasetSize } from '../test/helpers/fake-data'
import { benchmarkSize } from '../test/helpers/fake-data'
import { benchDataset, describeDataset, searchQueries, writeDataFile } from './dataset'
import { measureFloor } from './floor'
import type { BundleFigures, HeapFigures } from './heap-bundle'
import { measureBundle, measureHeap } from './heap-bundle'
import { measureReport } from './report-pdf'
import { measureRoster } from './roster-browser'
import { measureReminders, measureSearch } from './search-reminders'
import { measureSqlite } from './sqlite-baseline'
import type { Sample } from './stats'
import { measureOpen } from './store-open'
import { measureMutationsOn, mutationKinds, openTimedCore } from './store-mutations'
import { measureTimeline } from './timeline-browser'

/** A budget of DESIGN.md: the figure must stay under `ms` at the statistic `on`. */
export interface Budget {
  ms: number
  on: 'median' | 'p95'
}

/** One line of the table. */
export interface BenchRow {
  figure: string
  sample: Sample
  budget?: Budget
  /** The same work done by the floor (plain temp file, fsync, rename) and by SQLite, where there is one. */
  floor?: Sample
  sqlite?: Sample
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
  chromium: true,
  dir,
  log: (line) => console.log(line),
})

const budgets = {
  open: { ms: 300, on: 'median' },
  mutation: { ms: 50, on: 'p95' },
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
    // The mutations change their file; the floor and SQLite start from the same data, untouched.
    const storeFile = join(dir, `store-${factor}x.json`)
    await copyFile(written.file, storeFile)
    const opened = await openTimedCore(storeFile)
    const floorFile = join(dir, `floor-${factor}x.json`)
    const sqliteFile = join(dir, `sqlite-${factor}x.db`)
    try {
      const mutations = await measureMutationsOn(opened, data, fewer(runs.mutation), options.pauseMs, `${tag} `)
      log(`${tag}: the floor and SQLite…`)
      const floor = await measureFloor(floorFile, mutations.content, fewer(runs.mutation), options.pauseMs)
      const sqlite = await measureSqlite(sqliteFile, data, fewer(runs.mutation), options.pauseMs)
      for (const [figure, sample] of Object.entries(mutations.figures)) {
        const kind = mutationKinds.find((k) => figure.endsWith(`mutation: ${k}`))
        rows.push({
          figure,
          sample,
          budget: kind && factor === 1 ? budgets.mutation : undefined,
          floor: kind && floor,
          sqlite: kind && sqlite.figures[kind],
        })
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
        [storeFile, floorFile, sqliteFile, `${sqliteFile}-wal`, `${sqliteFile}-shm`].map((f) => rm(f, { force: true })),
      )
    }
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
