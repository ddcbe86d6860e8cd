// Core's printPdf port in Electron: the report loaded in a hidden, script-less window, printed, then destroyed.
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { BrowserWindow } from 'electron'
import type { PrintJob } from '../core/ports'
import { printToPdfOptions, printWindowOptions } from './print-options'
import { denyPermissions } from './security'

/** Prints `job` to PDF; destroying the window on abort makes printToPDF fail, and the temp file always goes. */
export async function printPdfInHiddenWindow(job: PrintJob): Promise<Uint8Array> {
  job.signal?.throwIfAborted()
  // A file, not a data: URL: Chromium refuses URLs over 2 MB, and a big report is larger.
  const dir = await mkdtemp(join(tmpdir(), 'mentor-tracker-print-'))
  const file = join(dir, 'report.html')
  await writeFile(file, job.html)
  const window = new BrowserWindow(printWindowOptions())
  const destroy = () => {
    if (!window.isDestroyed()) window.destroy()
  }
  job.signal?.addEventListener('abort', destroy, { once: true })
  try {
    const contents = window.webContents
    // The print window has a session of its own: it denies every permission, like the app's.
    denyPermissions(contents.session)
    // The report only links out; a click in a PDF viewer never reaches this window, and nothing here may navigate.
    contents.setWindowOpenHandler(() => ({ action: 'deny' }))
    contents.on('will-navigate', (event) => event.preventDefault())
    await window.loadFile(file)
    const pdf = await contents.printToPDF(printToPdfOptions(job))
    job.signal?.throwIfAborted()
    return new Uint8Array(pdf)
  } finally {
    job.signal?.removeEventListener('abort', destroy)
    destroy()
    await rm(dir, { recursive: true, force: true })
  }
}
