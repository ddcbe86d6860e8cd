// What core hands a host to print: the document and the settings Electron's printToPDF and Playwright's page.pdf share.
import type { PrintJob } from '../ports'
import { pageMargins } from './report-css'
import type { ReportModel } from './select-report'

/** Up to this many sessions the PDF is tagged (accessible) and has bookmarks; tagging doubles the printing time. */
export const TAGGED_MAX_SESSIONS = 300

/** The job for a report document. */
export function printJobFor(model: ReportModel, html: string, signal?: AbortSignal): PrintJob {
  return {
    html,
    pageSize: model.options.pageSize,
    margins: { ...pageMargins },
    tagged: model.sessionCount <= TAGGED_MAX_SESSIONS,
    signal,
  }
}

/** Counts the pages of a PDF Chromium made, or null when the count cannot be read. */
export function countPdfPages(pdf: Uint8Array): number | null {
  const text = Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength).toString('latin1')
  const count = text.match(/\/Type\s*\/Page(?![s\w])/g)?.length ?? 0
  return count > 0 ? count : null
}
