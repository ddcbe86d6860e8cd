// What core hands a host to print: the document and the settings Electron's printToPDF and Playwright's page.pdf share.
import type { PageSize } from '../../../shared/requests/reports'
import { pageMargins } from './report-css'
import type { ReportModel } from './select-report'

/** A document to print to PDF; its header and footer are in its own CSS (page-margin boxes). */
export interface PrintJob {
  html: string
  pageSize: PageSize
  /** Millimetres; the same as the document's `@page` margins. */
  margins: { top: number; bottom: number; left: number; right: number }
  /** A tagged PDF with bookmarks from the headings: slower to print, so only for reports of moderate size. */
  tagged: boolean
  /** Aborted when the user cancels: the host stops printing and throws. */
  signal?: AbortSignal
}

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
