// `reports:*`: the session history as a PDF — previewed in the app, printed by the host, saved where the user chooses.
import type { ParsedReportOptions, ReportExported, ReportProgress, ReportStage } from '../../../shared/requests/reports'
import type { CoreContext } from '../context'
import { AppFailure } from '../errors'
import type { HandlerSlice } from '../handlers'
import { checkReferences } from '../domain/references'
import { mentorPart, reportDocument, reportFragment } from './build-report'
import { createFormats } from './format'
import { countPdfPages, printJobFor } from './print-job'
import { selectReport } from './select-report'

/** What the report handlers need beyond a domain module's context: a way to tell the renderer how far they are. */
export interface ReportContext extends CoreContext {
  emit(event: 'reports:progress', payload: ReportProgress): void
}

/** Lets pending I/O (a cancel request) run between pieces of work. */
const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve))

/** The file name the save dialog suggests, e.g. mentoring-history-2026-11-27.pdf. */
export const suggestedReportName = (options: ParsedReportOptions, today: string) =>
  `mentoring-${options.kind === 'recap' ? 'recap' : 'history'}-${today}.pdf`

/** `reports:*`. One export runs at a time; `reports:cancel` stops it before anything is saved. */
export function reportHandlers({ store, clock, ports, files, emit }: ReportContext) {
  let running: AbortController | null = null

  const gather = (options: ParsedReportOptions) => {
    const data = store.data
    checkReferences(data, { mentorIds: options.mentorIds ?? undefined })
    return selectReport(data, options, clock.now())
  }

  const exportPdf = async (options: ParsedReportOptions, signal: AbortSignal): Promise<ReportExported> => {
    const progress = (stage: ReportStage, percent: number) => emit('reports:progress', { stage, percent })
    const cancelled: ReportExported = { saved: false, cancelled: true, path: null, pages: null, sessions: 0 }
    progress('gathering', 0)
    const model = gather(options)
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

  return {
    'reports:preview': async (options) => {
      const model = gather(options)
      return { html: reportFragment(model), sessions: model.sessionCount, mentors: model.mentors.length }
    },

    'reports:export': async (options) => {
      if (running) {
        throw new AppFailure('conflict', 'A PDF export is already running. Wait for it to finish, or cancel it first.')
      }
      const controller = new AbortController()
      running = controller
      try {
        const result = await exportPdf(options, controller.signal)
        emit(
          'reports:progress',
          result.cancelled ? { stage: 'cancelled', percent: 0 } : { stage: 'done', percent: 100 },
        )
        return result
      } catch (error) {
        emit('reports:progress', { stage: 'cancelled', percent: 0 })
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
