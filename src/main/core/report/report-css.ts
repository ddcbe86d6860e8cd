// The report's look, for paper and for the in-app preview. Page margins leave room for Chromium's header and footer.
import type { PageSize } from '../../../shared/requests/reports'
import { cssString } from './html'

/** Page margins in millimetres; the header and footer templates are laid out inside top and bottom. */
export const pageMargins = { top: 20, bottom: 18, left: 18, right: 18 } as const

/** Fonts that cover every script a user may type, on Windows, macOS and Linux, emoji last. */
export const bodyFonts =
  'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Helvetica Neue", Arial, "Noto Sans CJK SC", "Noto Sans Arabic", "Noto Color Emoji", "Apple Color Emoji", "Segoe UI Emoji", sans-serif'
const headingFonts = 'Georgia, "Noto Serif", "Times New Roman", "Noto Serif CJK SC", "Noto Sans Arabic", serif'

const accent = '#087f5b'
const ink = '#1f2933'
const muted = '#5f6b7a'
const rule = '#d9dee5'

/** What runs along every printed page: the title and the mentee above, the date and "Page X of Y" below. */
export interface RunningText {
  title: string
  mentee: string
  generated: string
}

const clip = (text: string, max = 90) => (text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text)

/**
 * The paper, its margins, and the running header and footer as CSS page-margin boxes. Chromium prints these with the
 * page itself; its separate header and footer templates cost a quarter of the printing time of a big report.
 */
export function pageCss(pageSize: PageSize, running: RunningText): string {
  const m = pageMargins
  const box = (content: string, edge: 'top' | 'bottom', align: 'start' | 'end') =>
    `content: ${content}; font-family: ${bodyFonts}; font-size: 7.5pt; line-height: 10pt; color: ${muted}; ` +
    `text-align: ${align}; ` +
    `vertical-align: ${edge === 'top' ? 'bottom; padding-bottom: 6mm' : 'top; padding-top: 6mm'};`
  return `
@page {
  size: ${pageSize}; margin: ${m.top}mm ${m.right}mm ${m.bottom}mm ${m.left}mm;
  @top-left { ${box(cssString(clip(running.title)), 'top', 'start')} }
  @top-right { ${box(cssString(clip(running.mentee, 60)), 'top', 'end')} }
  @bottom-left { ${box(cssString(`Generated ${running.generated} with Mentor Tracker`), 'bottom', 'start')} }
  @bottom-right { ${box('"Page " counter(page) " of " counter(pages)', 'bottom', 'end')} }
}`
}

/** The report's stylesheet, scoped under `.report` so it can live in a shadow root. */
export function reportCss(pageSize: PageSize): string {
  const m = pageMargins
  return `
.report {
  font-family: ${bodyFonts};
  font-size: 10pt; line-height: 1.5; color: ${ink}; background: #fff;
  -webkit-print-color-adjust: exact; print-color-adjust: exact;
  overflow-wrap: anywhere; text-align: start;
}
.report *, .report *::before, .report *::after { box-sizing: border-box; }
.report h1, .report h2, .report h3, .report h4, .report h5, .report h6, .report .label {
  break-after: avoid; page-break-after: avoid; break-inside: avoid;
}
.report h1, .report h2 { font-family: ${headingFonts}; font-weight: 600; color: ${ink}; }
.report p { margin: 0 0 0.5em; }
.report a { color: ${accent}; text-decoration: underline; text-decoration-thickness: 0.5pt; }
.report ul, .report ol { margin: 0.2em 0 0.5em; padding-inline-start: 1.4em; }
.report li { margin: 0.1em 0; }
.muted { color: ${muted}; }

/* Cover */
.cover { break-after: page; page-break-after: always; padding-top: 38mm; min-height: 200mm; position: relative; }
.cover::before { content: ""; display: block; width: 28mm; height: 2.2mm; background: ${accent}; margin-bottom: 9mm; border-radius: 1mm; }
.cover .eyebrow { font-size: 9pt; letter-spacing: 0.14em; text-transform: uppercase; color: ${accent}; font-weight: 600; margin-bottom: 4mm; }
.cover h1 { font-size: 30pt; line-height: 1.15; margin: 0 0 5mm; text-wrap: balance; }
.cover .mentee { font-size: 15pt; color: ${muted}; margin: 0 0 16mm; }
.cover dl { display: grid; grid-template-columns: 32mm 1fr; gap: 3.5mm 6mm; margin: 0; padding-top: 7mm; border-top: 0.6pt solid ${rule}; }
.cover dt { font-size: 8.5pt; text-transform: uppercase; letter-spacing: 0.08em; color: ${muted}; padding-top: 0.3em; }
.cover dd { margin: 0; font-size: 11.5pt; }
.cover .notice { margin-top: 22mm; padding: 3.5mm 4.5mm; border-radius: 1.5mm; font-size: 9pt; background: #f3f6f8; color: ${muted}; border-inline-start: 1mm solid ${rule}; }
.cover .notice.private { background: #fff8e6; border-color: #e8a317; color: #6b4e00; }

/* Mentor */
.mentor { break-before: page; page-break-before: always; }
.mentor-head { display: flex; align-items: center; gap: 5mm; padding-bottom: 4mm; border-bottom: 0.8pt solid ${accent}; margin-bottom: 5mm; break-inside: avoid; break-after: avoid; }
.mentor-head img, .mentor-head .initials { width: 17mm; height: 17mm; border-radius: 50%; flex: none; object-fit: cover; }
.mentor-head .initials { display: flex; align-items: center; justify-content: center; background: #e6f4ef; color: ${accent}; font-weight: 700; font-size: 15pt; }
.mentor-head h2 { font-size: 21pt; line-height: 1.2; margin: 0; text-wrap: balance; }
.mentor-head p { margin: 1mm 0 0; color: ${muted}; font-size: 10.5pt; }
.profile { display: grid; grid-template-columns: 1fr 1fr; gap: 3mm 8mm; margin: 0 0 6mm; break-inside: avoid; }
.profile div { min-width: 0; }
.profile dt { font-size: 7.5pt; text-transform: uppercase; letter-spacing: 0.08em; color: ${muted}; }
.profile dd { margin: 0.4mm 0 0; }
.profile .wide { grid-column: 1 / -1; }
.tag { display: inline-block; padding: 0 2mm; margin: 0 1mm 1mm 0; border-radius: 3mm; background: #eef2f5; font-size: 8.5pt; }
.tally { font-size: 9pt; color: ${muted}; margin: 0 0 4mm; }

/* Session */
.session { padding: 4mm 0 2mm; border-top: 0.5pt solid ${rule}; }
.session:first-of-type { border-top: none; padding-top: 0; }
.session-head { break-inside: avoid; break-after: avoid; page-break-after: avoid; margin-bottom: 2.5mm; }
.session-head h3 { font-size: 12.5pt; margin: 0; color: ${accent}; font-weight: 650; }
.session-head .meta { margin: 0.5mm 0 0; font-size: 9pt; color: ${muted}; }
.status { display: inline-block; font-size: 7.5pt; font-weight: 700; text-transform: uppercase; letter-spacing: 0.06em; padding: 0 1.6mm; border-radius: 1mm; background: #eef2f5; color: ${muted}; }
.field { margin: 0 0 2.5mm; }
.field .label { font-size: 7.5pt; font-weight: 700; text-transform: uppercase; letter-spacing: 0.09em; color: ${muted}; margin: 0 0 0.6mm; }
.field.worked { border-inline-start: 0.8mm solid #2f9e44; padding-inline-start: 3mm; }
.field.did-not { border-inline-start: 0.8mm solid #e8590c; padding-inline-start: 3mm; }
.field.private { background: #fff8e6; border-inline-start: 0.8mm solid #e8a317; padding: 1.5mm 3mm; border-radius: 1mm; }
.md > :last-child { margin-bottom: 0; }
.md h4, .md h5, .md h6 { font-size: 10pt; margin: 0.6em 0 0.2em; }
.md blockquote { margin: 0.3em 0; padding-inline-start: 3mm; border-inline-start: 0.6mm solid ${rule}; color: ${muted}; }
.md code { font-family: "DejaVu Sans Mono", Menlo, Consolas, monospace; font-size: 8.5pt; background: #f3f4f6; padding: 0 0.8mm; border-radius: 0.6mm; }
.md pre { background: #f3f4f6; padding: 2mm 3mm; border-radius: 1mm; white-space: pre-wrap; }
.md pre code { background: none; padding: 0; }
.md table { border-collapse: collapse; margin: 0.3em 0; }
.md th, .md td { border: 0.5pt solid ${rule}; padding: 0.6mm 2mm; }
.md li.task { list-style: none; margin-inline-start: -1.2em; }
.box { font-family: "DejaVu Sans", "Segoe UI Symbol", sans-serif; }
.report .actions { list-style: none; padding: 0; margin: 0; }
.report .actions li { display: flex; gap: 2.5mm; align-items: baseline; padding: 0.5mm 0; break-inside: avoid; }
.actions .state { flex: none; width: 17mm; font-size: 7.5pt; font-weight: 700; text-transform: uppercase; letter-spacing: 0.05em; text-align: center; border-radius: 1mm; padding: 0.2mm 0; }
.actions .state.done { background: #e6f4ea; color: #1e6b31; }
.actions .state.open { background: #fff4e6; color: #c2410c; }
.actions .title { flex: 1; min-width: 0; }
.actions .who { color: ${muted}; font-size: 8.5pt; white-space: nowrap; }
.actions .done-title { color: ${muted}; }
.empty { color: ${muted}; font-style: italic; }

/* Summary */
.summary { break-before: page; page-break-before: always; }
.summary h2 { font-size: 21pt; margin: 0 0 5mm; padding-bottom: 4mm; border-bottom: 0.8pt solid ${accent}; }
.summary h3 { font-size: 12pt; margin: 7mm 0 3mm; }
.stats { display: grid; grid-template-columns: repeat(4, 1fr); gap: 3mm; margin-bottom: 4mm; break-inside: avoid; }
.stat { background: #f3f6f8; border-radius: 1.5mm; padding: 3mm 3.5mm; }
.stat b { display: block; font-size: 17pt; line-height: 1.2; color: ${ink}; }
.stat span { font-size: 8pt; color: ${muted}; }
table.totals { width: 100%; border-collapse: collapse; font-size: 9pt; }
table.totals th { text-align: start; font-size: 7.5pt; text-transform: uppercase; letter-spacing: 0.06em; color: ${muted}; font-weight: 700; border-bottom: 0.8pt solid ${ink}; padding: 1.2mm 2mm; }
table.totals td { padding: 1.2mm 2mm; border-bottom: 0.5pt solid ${rule}; vertical-align: top; }
table.totals tr { break-inside: avoid; }
table.totals .num, table.totals .day { text-align: end; font-variant-numeric: tabular-nums; white-space: nowrap; }
table.totals .day { text-align: start; }
/* A right-to-left name still lines up under the column's heading. */
table.totals td[dir="auto"] { text-align: left; }
/* The header repeats on each page a long table spans; the total does not, or every page would end on "Total". */
table.totals tfoot { display: table-row-group; }
table.totals tfoot td { font-weight: 700; border-bottom: none; border-top: 0.8pt solid ${ink}; }
.goal { padding: 2.5mm 0; border-bottom: 0.5pt solid ${rule}; break-inside: avoid; }
.goal-head { display: flex; justify-content: space-between; gap: 4mm; align-items: baseline; }
.goal-head b { font-size: 10.5pt; }
.goal .why { margin: 0.5mm 0 1.5mm; color: ${muted}; font-size: 9pt; }
.bar { height: 2mm; border-radius: 1mm; background: #e9ecef; overflow: hidden; margin: 1.2mm 0 1mm; }
.bar i { display: block; height: 100%; background: ${accent}; }
.goal .facts { font-size: 8.5pt; color: ${muted}; }

@media screen {
  .report { max-width: ${pageSize === 'A4' ? '210mm' : '215.9mm'}; margin: 0 auto; padding: 14mm ${m.right}mm; }
  .cover { min-height: 0; padding-top: 12mm; padding-bottom: 14mm; }
  .mentor, .summary { margin-top: 10mm; padding-top: 10mm; border-top: 3px dashed ${rule}; }
}
`
}
