import { IconHistory, IconPencilPlus } from '@tabler/icons-react'
import type { Mentor } from '../../../../shared/model'
import type { SessionSummary } from '../../../../shared/requests/sessions'
import { plural } from '../../../../shared/text'
import { useSessionDialog } from '../sessions/SessionDialog'
import { DashboardSection } from './DashboardSection'
import { SessionList } from './SessionRow'

/** The last few sessions held, newest first. */
export function RecentSessionsSection({
  sessions,
  heldCount,
  mentors,
  now,
}: {
  sessions: SessionSummary[]
  /** Every held session, for "the last 5 of 15". */
  heldCount: number
  mentors: ReadonlyMap<string, Mentor>
  now: Date
}) {
  const openSession = useSessionDialog()
  const summary =
    heldCount > sessions.length
      ? `The last ${sessions.length} of ${heldCount} sessions held`
      : `${plural(heldCount, 'session')} held`
  return (
    <DashboardSection
      title="Recent sessions"
      icon={IconHistory}
      summary={summary}
      link={{ to: '/timeline', label: 'Timeline' }}
      empty={
        sessions.length === 0 && {
          title: 'No sessions logged yet',
          description: 'Log a conversation with a mentor: what you talked about, what worked, what to do next.',
          action: { label: 'Log a session', icon: IconPencilPlus, onClick: () => openSession({ mode: 'log' }) },
        }
      }
    >
      <SessionList label="Recent sessions" sessions={sessions} mentors={mentors} now={now} />
    </DashboardSection>
  )
}
