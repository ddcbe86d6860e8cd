import { Button } from '@mantine/core'
import { IconCalendarEvent, IconCalendarPlus } from '@tabler/icons-react'
import type { Mentor } from '../../../../shared/model'
import type { SessionSummary } from '../../../../shared/requests/sessions'
import { useSessionDialog } from '../sessions/SessionDialog'
import { DashboardSection, MoreLink, SectionEmpty } from './DashboardSection'
import { SECTION_ROWS, UPCOMING_DAYS } from './dashboard-view'
import { SessionRow } from './SessionRow'
import { plural } from '../../../../shared/text'

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
      icon={<IconCalendarEvent size={20} />}
      summary={`${plural(sessions.length, 'session')} in the next ${UPCOMING_DAYS} days`}
      link={{ to: '/timeline', label: 'Timeline' }}
    >
      {sessions.length === 0 ? (
        <SectionEmpty
          icon={<IconCalendarEvent />}
          title="Nothing planned for the next two weeks"
          description="Plan your next conversation while the last one is fresh."
        >
          <Button
            variant="light"
            leftSection={<IconCalendarPlus size={16} />}
            onClick={() => openSession({ mode: 'plan' })}
          >
            Plan a session
          </Button>
        </SectionEmpty>
      ) : (
        <>
          <div role="list" aria-label="Upcoming sessions">
            {sessions.slice(0, SECTION_ROWS).map((session) => (
              <SessionRow
                key={session.id}
                session={session}
                mentor={session.mentorId ? mentors.get(session.mentorId) : undefined}
                now={now}
              />
            ))}
          </div>
          <MoreLink
            hidden={sessions.length - SECTION_ROWS}
            to="/timeline"
            what={['planned in the next two weeks', 'planned in the next two weeks']}
          />
        </>
      )}
    </DashboardSection>
  )
}
