import { notifications } from '@mantine/notifications'
import { useCallback, useEffect, useState } from 'react'
import type { ReportOptions, ReportProgress, ReportStage } from '../../../../shared/requests/reports'
import { showSavedFile } from '../../components/saved-file-notice'
import { send, subscribe, messageOf } from '../../data/api'
import { plural } from '../../../../shared/text'

/** What the progress line says at each stage. */
export const stageLabels: Record<ReportStage, string> = {
  gathering: 'Gathering your sessions…',
  building: 'Laying out the pages…',
  printing: 'Printing the PDF…',
  saving: 'Choose where to save it…',
  done: 'Done',
  cancelled: 'Cancelled',
}

/** Tells the user where the PDF went, with a button that opens it. */
function showSaved(path: string, pages: number | null, sessions: number) {
  const id = `report-saved-${path}`
  const holds = [plural(sessions, 'session'), pages && plural(pages, 'page')]
  showSavedFile({ id, title: 'PDF saved', what: holds.filter(Boolean).join(', '), path })
}

/** Runs an export with its progress and a cancel; tells the user how it ended. */
export function useReportExport() {
  const [progress, setProgress] = useState<ReportProgress | null>(null)
  const running = progress !== null

  useEffect(() => {
    if (!running) return
    return subscribe('reports:progress', (next) => {
      if (next.stage !== 'done' && next.stage !== 'cancelled') setProgress(next)
    })
  }, [running])

  const start = useCallback(async (options: ReportOptions) => {
    setProgress({ stage: 'gathering', percent: 0 })
    try {
      const result = await send('reports:export', options)
      if (result.cancelled) {
        notifications.show({ message: 'Export cancelled. No PDF was saved.' })
      } else if (result.saved && result.path) {
        showSaved(result.path, result.pages, result.sessions)
      }
    } catch (error) {
      notifications.show({ color: 'red', title: 'Not exported', message: messageOf(error) })
    } finally {
      setProgress(null)
    }
  }, [])

  // Core says how a cancel ended through the export's own answer; a cancel that fails changes nothing.
  const cancel = useCallback(() => void send('reports:cancel').catch(() => {}), [])

  return { progress, running, start, cancel }
}
