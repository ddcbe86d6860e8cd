// The web host's and the tests' printPdf port: the same HTML Electron prints, printed by headless Chromium.
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import type { Browser } from 'playwright-core'
import { chromium } from 'playwright-core'
import type { PrintJob } from '../../src/main/core/ports'
import { chromiumArgs, chromiumExecutable } from '../helpers/chromium'

/** A PDF printer over one lazily launched Chromium, reused for every job until `close`. */
export interface PdfPrinter {
  printPdf(job: PrintJob): Promise<Uint8Array>
  close(): Promise<void>
}

const mm = (value: number) => `${value}mm`

/** Starts Chromium on the first job; each job gets its own page, closed afterwards (or at once when aborted). */
export function createPdfPrinter(): PdfPrinter {
  let browser: Promise<Browser> | null = null
  const launch = () =>
    (browser ??= chromium.launch({ executablePath: chromiumExecutable, headless: true, args: chromiumArgs }))

  /** Prints `job` in a page of its own, closed when done or as soon as the job is cancelled. */
  async function print(job: PrintJob): Promise<Uint8Array> {
    // Loaded from a file, as Electron does: a page this size parses faster than through setContent.
    const dir = await mkdtemp(join(tmpdir(), 'mentor-tracker-print-'))
    const file = join(dir, 'report.html')
    await writeFile(file, job.html)
    const context = await (await launch()).newContext({ javaScriptEnabled: false, offline: true })
    const stop = () => void context.close().catch(() => {})
    job.signal?.addEventListener('abort', stop, { once: true })
    try {
      job.signal?.throwIfAborted()
      const page = await context.newPage()
      await page.goto(pathToFileURL(file).href, { waitUntil: 'load' })
      job.signal?.throwIfAborted()
      const pdf = await page.pdf({
        format: job.pageSize,
        margin: {
          top: mm(job.margins.top),
          bottom: mm(job.margins.bottom),
          left: mm(job.margins.left),
          right: mm(job.margins.right),
        },
        // The header, footer and page numbers are the document's own @page margin boxes.
        displayHeaderFooter: false,
        printBackground: true,
        preferCSSPageSize: true,
        outline: job.tagged,
        tagged: job.tagged,
      })
      job.signal?.throwIfAborted()
      return new Uint8Array(pdf)
    } finally {
      job.signal?.removeEventListener('abort', stop)
      await context.close().catch(() => {})
      await rm(dir, { recursive: true, force: true })
    }
  }

  return {
    async printPdf(job) {
      job.signal?.throwIfAborted()
      // Chromium can take its time to stop (closing a page waits for its print): a cancel answers at once.
      const aborted = new Promise<never>((_, reject) =>
        job.signal?.addEventListener('abort', () => reject(new Error('The export was cancelled')), { once: true }),
      )
      aborted.catch(() => {})
      const printing = print(job)
      printing.catch(() => {})
      return Promise.race([printing, aborted])
    },
    async close() {
      const running = browser
      browser = null
      if (running) await (await running).close()
    },
  }
}
