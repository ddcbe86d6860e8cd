// The hidden print window's options and printToPDF's settings. Electron types only: unit-tested in Node.
import type { BrowserWindowConstructorOptions, PrintToPDFOptions } from 'electron'
import type { PrintJob } from '../core/ports'

const MM_PER_INCH = 25.4

/** The hidden window that prints a report: shows nothing, runs no script, reaches neither Node nor a preload. */
export function printWindowOptions(): BrowserWindowConstructorOptions {
  return {
    show: false,
    width: 900,
    height: 1200,
    paintWhenInitiallyHidden: true,
    webPreferences: {
      // An in-memory session of its own: nothing of the app's session (cookies, storage) is visible to the report.
      partition: 'mentor-tracker-print',
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      javascript: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: false,
      devTools: false,
    },
  }
}

/** printToPDF's settings for a job: the same paper and margins as the headless Chromium host. */
export function printToPdfOptions(job: PrintJob): PrintToPDFOptions {
  const inches = (mm: number) => mm / MM_PER_INCH
  return {
    pageSize: job.pageSize,
    margins: {
      top: inches(job.margins.top),
      bottom: inches(job.margins.bottom),
      left: inches(job.margins.left),
      right: inches(job.margins.right),
    },
    // The header, footer and page numbers are the document's own @page margin boxes.
    displayHeaderFooter: false,
    printBackground: true,
    preferCSSPageSize: true,
    generateTaggedPDF: job.tagged,
    generateDocumentOutline: job.tagged,
  }
}
