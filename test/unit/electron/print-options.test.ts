import { describe, expect, it } from 'vitest'
import { printToPdfOptions, printWindowOptions } from '../../../src/main/electron/print-options'
import type { PrintJob } from '../../../src/main/core/ports'

const job: PrintJob = {
  html: '<!doctype html><p>Report</p>',
  pageSize: 'Letter',
  margins: { top: 25.4, bottom: 12.7, left: 19.05, right: 19.05 },
  tagged: false,
}

describe('the hidden print window', () => {
  const options = printWindowOptions()

  it('is never shown and runs no script, with no Node, no preload and its own in-memory session', () => {
    expect(options.show).toBe(false)
    expect(options.webPreferences).toMatchObject({
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      javascript: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      devTools: false,
    })
    expect(options.webPreferences?.preload).toBeUndefined()
    // No "persist:" prefix: the partition lives in memory only.
    expect(options.webPreferences?.partition).toMatch(/^(?!persist:)/)
  })
})

describe('printToPDF settings', () => {
  it('print the job’s paper and margins (in inches) and backgrounds, honouring @page and its header and footer', () => {
    const { margins, ...rest } = printToPdfOptions(job)
    for (const [side, inches] of Object.entries({ top: 1, bottom: 0.5, left: 0.75, right: 0.75 }))
      expect(margins?.[side as keyof typeof margins]).toBeCloseTo(inches, 6)
    expect(rest).toEqual({
      pageSize: 'Letter',
      displayHeaderFooter: false,
      printBackground: true,
      preferCSSPageSize: true,
      generateTaggedPDF: false,
      generateDocumentOutline: false,
    })
  })

  it('tag the PDF and give it bookmarks when the job asks for it', () => {
    expect(printToPdfOptions({ ...job, tagged: true })).toMatchObject({
      generateTaggedPDF: true,
      generateDocumentOutline: true,
    })
  })
})
