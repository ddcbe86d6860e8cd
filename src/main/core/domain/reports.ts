// `reports:*`: the session history as a PDF — previewed in the app, printed by the host, saved where the user
// chooses. The report itself is built in report/; here are the rules that pick it and the export's steps.
import type { Database } from '../../../shared/model'
import type { ParsedReportOptions, ReportExported, ReportStage } from '../../../shared/requests/reports'
import type { CoreContext } from '../context'
import { AppFailure } from '../errors'
import type { HandlerSlice } from '../handlers'
import { mentorPart, reportDocument, reportFragment } from '../report/build-report'
import { createFormats } from '../report/format'
import { countPdfPages, printJobFor } from '../report/print-job'
import type { ReportModel } from '../report/select-report'
import { selectReport } from '../report/select-report'
import { checkReferences } from './references'

/** Lets pending I/O (a cancel request) run between pieces of work. */
const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve))

/** The file name the save dialog suggests, e.g. mentoring-history-2026-11-27.pdf. */
export const suggestedReportName = (options: ParsedReportOptions, today: string) =>
  `mentoring-${options.kind === 'recap' ? 'recap' : 'history'}-${today}.pdf`

/** What a report with these options holds; refuses mentors that do not exist. */
export function reportModelOf(data: Database, options: ParsedReportOptions, now: Date): ReportModel {
  checkReferences(data, { mentorIds: options.mentorIds ?? undefined })
  return selectReport(data, options, now)
}

/** The preview the export page shows: the report's body and how much it holds. */
export function reportPreviewOf(model: ReportModel) {
  return { html: reportFragment(model), sessions: model.sessionCount, mentors: model.mentors.length }
}

/**
 * Builds the report mentor by mentor (yielding between them, so a cancel gets through), prints it and saves it
 * where the user chooses. Nothing is saved once `signal` is aborted.
 */
async function exportReport(
  { store, clock, ports, files, emit }: CoreContext,
  options: ParsedReportOptions,
  signal: AbortSignal,
): Promise<ReportExported> {
  const progress = (stage: ReportStage, percent: number) => emit('reports:progress', { stage, percent })
  const cancelled: ReportExported = { saved: false, cancelled: true, path: null, pages: null, sessions: 0 }
  progress('gathering', 0)
  const model = reportModelOf(store.data, options, clock.now())
  const formats = createFormats(options.locale, options.timeZone)
  const parts: string[] = []
  for (let index = 0; index < model.mentors.length; index++) {
    await nextTurn()
    if (signal.aborted) return { ...cancelled, sessions: model.sessionCount }
    parts.push(mentorPart(model, index, formats))
    progress('building', Math.round(5 + (25 * (index + 1)) / model.mentors.length))
  }
  const html = reportDocument(model, reportFragment(model, parts))
  progress('printing', 30)
  let pdf: Uint8Array
  try {
    pdf = await ports.printPdf(printJobFor(model, html, signal))
  } catch (error) {
    if (signal.aborted) return { ...cancelled, sessions: model.sessionCount }
    ports.log.error('Printing the report to PDF failed', error)
    throw new AppFailure(
      'unavailable',
      'The PDF could not be made, and nothing was saved. Try again; if it keeps failing, restart Mentor Tracker.',
    )
  }
  if (signal.aborted) return { ...cancelled, sessions: model.sessionCount }
  progress('saving', 90)
  const path = await files.save({
    suggestedName: suggestedReportName(options, model.today),
    content: pdf,
    filters: [{ name: 'PDF document', extensions: ['pdf'] }],
  })
  return { saved: path !== null, cancelled: false, path, pages: countPdfPages(pdf), sessions: model.sessionCount }
}

/** `reports:*`. One export runs at a time; `reports:cancel` stops it before anything is saved. */
export function reportHandlers(ctx: CoreContext) {
  let running: AbortController | null = null

  return {
    'reports:preview': async (options) => reportPreviewOf(reportModelOf(ctx.store.data, options, ctx.clock.now())),

    'reports:export': async (options) => {
      if (running) {
        throw new AppFailure('conflict', 'A PDF export is already running. Wait for it to finish, or cancel it first.')
      }
      const controller = new AbortController()
      running = controller
      try {
        const result = await exportReport(ctx, options, controller.signal)
        ctx.emit(
          'reports:progress',
          result.cancelled ? { stage: 'cancelled', percent: 0 } : { stage: 'done', percent: 100 },
        )
        return result
      } catch (error) {
        ctx.emit('reports:progress', { stage: 'cancelled', percent: 0 })
        throw error
      } finally {
        running = null
      }
    },

    'reports:cancel': async () => {
      if (!running) return { cancelled: false }
      running.abort()
      return { cancelled: true }
    },
  } satisfies HandlerSlice<'reports'>
}
