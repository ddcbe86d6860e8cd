import { IconCalendarEvent, IconCalendarPlus } from '@tabler/icons-react'
import type { Mentor } from '../../../../shared/model'
import type { SessionSummary } from '../../../../shared/requests/sessions'
import { plural } from '../../../../shared/text'
import { useSessionDialog } from '../sessions/SessionDialog'
import { DashboardSection } from './DashboardSection'
import { UPCOMING_DAYS } from './dashboard-view'
import { SessionList } from './SessionRow'

/** Planned sessions in the next two weeks, soonest first; each opens the session. */
export function UpcomingSection({
  sessions,
  mentors,
  now,
}: {
  sessions: SessionSummary[]
  mentors: ReadonlyMap<string, Mentor>
  now: Date
}) {
  const openSession = useSessionDialog()
  return (
    <DashboardSection
      title="Upcoming"
      icon={IconCalendarEvent}
      summary={`${plural(sessions.length, 'session')} in the next ${UPCOMING_DAYS} days`}
      link={{ to: '/timeline', label: 'Timeline' }}
      empty={
        sessions.length === 0 && {
          title: 'Nothing planned for the next two weeks',
          description: 'Plan your next conversation while the last one is fresh.',
          action: { label: 'Plan a session', icon: IconCalendarPlus, onClick: () => openSession({ mode: 'plan' }) },
        }
      }
    >
      <SessionList
        label="Upcoming sessions"
        sessions={sessions}
        mentors={mentors}
        now={now}
        more={{ to: '/timeline', what: ['planned in the next two weeks', 'planned in the next two weeks'] }}
      />
    </DashboardSection>
  )
}
