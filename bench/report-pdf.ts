// The PDF export of many sessions: building the report's HTML in core, and printing it with headless Chromium.
import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { reportDocument } from '../src/main/core/report/build-report'
import { printJobFor } from '../src/main/core/report/print-job'
import { selectReport } from '../src/main/core/report/select-report'
import { silentLogger } from '../src/main/core/log'
import { ReportOptions } from '../src/shared/requests/reports'
import { fixedClock, openCore } from '../test/helpers/core'
import { generateDataset } from '../test/helpers/fake-data'
import { createPdfPrinter } from '../test/web-host/print-pdf'
import { benchNow } from './dataset'
import type { Sample } from './stats'
import { summarize, timed } from './stats'

/** Measures a report of `sessions` sessions (of 50 mentors, every part included): HTML, printing, and the whole export. */
export async function measureReport(dir: string, sessions: number, runs = 3): Promise<Record<string, Sample>> {
  const data = generateDataset({ mentors: 50, sessions, notes: 0, actionItems: sessions * 2, goals: 20 }, 5)
  data.profile.name = 'Amira Haddad'
  const options = ReportOptions.parse({ statuses: ['held', 'planned', 'cancelled'] })
  const now = benchNow
  const html = reportDocument(selectReport(data, options, now))
  const build = await timed(runs + 2, () => reportDocument(selectReport(data, options, now)))

  const printer = createPdfPrinter()
  const dataFile = join(dir, `report-bench-${Date.now()}.json`)
  await writeFile(dataFile, JSON.stringify(data))
  const core = await openCore(dir, {
    dataFile,
    clock: fixedClock(now.toISOString()),
    ports: {
      log: silentLogger,
      printPdf: (job) => printer.printPdf(job),
      saveFile: async (file) => {
        const path = join(dir, file.suggestedName)
        await writeFile(path, file.content)
        return path
      },
    },
  })
  try {
    // The first export launches Chromium, as the first export after the app starts does.
    const cold = await timed(1, () => core.handlers['reports:export'](options))
    const job = printJobFor(selectReport(data, options, now), html)
    const print = await timed(runs, () => printer.printPdf(job))
    const warm = await timed(runs, async () => {
      const result = await core.handlers['reports:export'](options)
      if (!result.ok || result.value.sessions !== sessions) throw new Error('The benchmark export failed')
    })
    return {
      [`report ${sessions}: build HTML in core`]: summarize(build),
      [`report ${sessions}: print HTML with Chromium`]: summarize(print),
      [`report ${sessions}: export end to end (Chromium running)`]: summarize(warm),
      [`report ${sessions}: first export (launches Chromium)`]: summarize(cold),
    }
  } finally {
    await core.close()
    await printer.close()
  }
}
