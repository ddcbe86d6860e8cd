import { Button } from '@mantine/core'
import { IconHistory, IconPencilPlus } from '@tabler/icons-react'
import type { Mentor } from '../../../../shared/model'
import type { SessionSummary } from '../../../../shared/requests/sessions'
import { useSessionDialog } from '../sessions/SessionDialog'
import { DashboardSection, SectionEmpty } from './DashboardSection'
import { SessionRow } from './SessionRow'
import { plural } from '../../../../shared/text'

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
      icon={<IconHistory size={20} />}
      summary={summary}
      link={{ to: '/timeline', label: 'Timeline' }}
    >
      {sessions.length === 0 ? (
        <SectionEmpty
          icon={<IconHistory />}
          title="No sessions logged yet"
          description="Log a conversation with a mentor: what you talked about, what worked, what to do next."
        >
          <Button
            variant="light"
            leftSection={<IconPencilPlus size={16} />}
            onClick={() => openSession({ mode: 'log' })}
          >
            Log a session
          </Button>
        </SectionEmpty>
      ) : (
        <div role="list" aria-label="Recent sessions">
          {sessions.map((session) => (
            <SessionRow
              key={session.id}
              session={session}
              mentor={session.mentorId ? mentors.get(session.mentorId) : undefined}
              now={now}
            />
          ))}
        </div>
      )}
    </DashboardSection>
  )
}
