// The benchmark's result as a plain-text table a person can read in a terminal.
import type { BenchResult, BenchRow } from './benchmark'
import { meets } from './benchmark'

const ms = (value: number) => (value < 10 ? value.toFixed(2) : value < 100 ? value.toFixed(1) : value.toFixed(0))
const ratio = (ours: number, theirs: number) => (theirs > 0 ? `${(ours / theirs).toFixed(1)}×` : '—')

function cells(row: BenchRow): string[] {
  const { sample, budget, floor, sqlite } = row
  const verdict = meets(row)
  const unit = row.unit ? ` ${row.unit}` : ''
  return [
    row.figure,
    String(sample.count),
    `${ms(sample.median)}${unit}`,
    `${ms(sample.p95)}${unit}`,
    budget ? (budget.label ?? `< ${budget.ms} (${budget.on})`) : '',
    verdict === undefined ? '' : verdict ? 'pass' : 'MISS',
    floor ? ms(floor.p95) : '',
    floor ? ratio(sample.p95, floor.p95) : '',
    sqlite ? ms(sqlite.p95) : '',
    sqlite ? ratio(sample.p95, sqlite.p95) : '',
  ]
}

const header = [
  'figure',
  'n',
  'median (ms)',
  'p95 (ms)',
  'budget',
  'result',
  'floor p95',
  'vs floor',
  'SQLite p95',
  'vs SQLite',
]

/** The rows, then what the dataset held, the heap and the bundle. */
export function formatTable(result: BenchResult): string {
  const lines = [header, ...result.rows.map(cells)]
  const widths = header.map((_, i) => Math.max(...lines.map((line) => [...line[i]!].length)))
  const pad = (line: string[]) =>
    line
      .map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!)))
      .join('  ')
      .trimEnd()
  const out = [pad(header), widths.map((w) => '-'.repeat(w)).join('  '), ...lines.slice(1).map(pad)]

  out.push('')
  for (const [factor, d] of Object.entries(result.dataset)) {
    out.push(
      `Dataset ${factor}×: ${d.mentors} mentors, ${d.sessions} sessions, ${d.notes} notes, ${d.actionItems} action items, ` +
        `${d.goals} goals, ${d.agreements} agreements, ${d.checkIns} check-ins, ${d.outcomes} outcomes, ` +
        `${d.wrapUps} wrap-ups; ${d.fileMB} MB; note length median ${d.noteChars.median}, p95 ${d.noteChars.p95} characters.`,
    )
  }
  const { heap, bundle } = result
  out.push(
    `Main-process heap (after full GC: ${heap.gc ? 'yes' : 'no'}): ${heap.beforeMB} MB before load, ${heap.openedMB} MB ` +
      `after opening the 1× file, ${heap.indexedMB} MB with the search index; RSS ${heap.rssMB} MB.`,
  )
  if (bundle) {
    out.push(
      `Renderer bundle: ${bundle.files} files, ${bundle.rawKB} KB raw, ${bundle.gzipKB} KB gzip; largest ` +
        `${bundle.largest.file} ${bundle.largest.rawKB} KB (${bundle.largest.gzipKB} KB gzip).`,
    )
  }
  const missed = result.rows.filter((row) => meets(row) === false)
  out.push(missed.length ? `Budgets missed: ${missed.map((r) => r.figure).join('; ')}.` : 'Every budget met.')
  return out.join('\n')
}
