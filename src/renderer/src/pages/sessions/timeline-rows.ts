import type { SessionSummary } from '../../../../shared/requests/sessions'

export type TimelineRow =
  | { kind: 'heading'; key: string; label: string; count: number }
  | { kind: 'session'; key: string; session: SessionSummary }

/**
 * The timeline as rows: planned sessions first under "Upcoming" (soonest first), then the rest
 * newest first under a heading per month, in the user's calendar.
 */
export function timelineRows(sessions: readonly SessionSummary[], locale?: string): TimelineRow[] {
  const monthFormat = new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric' })
  const upcoming = sessions.filter((s) => s.status === 'planned').sort((a, b) => a.startsAt.localeCompare(b.startsAt))
  const past = sessions.filter((s) => s.status !== 'planned').sort((a, b) => b.startsAt.localeCompare(a.startsAt))
  const rows: TimelineRow[] = []
  if (upcoming.length > 0) {
    rows.push({ kind: 'heading', key: 'upcoming', label: 'Upcoming', count: upcoming.length })
    for (const session of upcoming) rows.push({ kind: 'session', key: session.id, session })
  }
  let month = ''
  let heading: Extract<TimelineRow, { kind: 'heading' }> | null = null
  for (const session of past) {
    const start = new Date(session.startsAt)
    const key = `${start.getFullYear()}-${start.getMonth()}`
    if (key !== month || !heading) {
      month = key
      heading = { kind: 'heading', key: `month-${key}`, label: monthFormat.format(start), count: 0 }
      rows.push(heading)
    }
    heading.count++
    rows.push({ kind: 'session', key: session.id, session })
  }
  return rows
}
