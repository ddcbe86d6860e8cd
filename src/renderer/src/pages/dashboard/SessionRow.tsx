import { Group, Text } from '@mantine/core'
import { Link } from 'react-router'
import type { Mentor } from '../../../../shared/model'
import type { SessionSummary } from '../../../../shared/requests/sessions'
import { MentorAvatar } from '../../components/MentorAvatar'
import { formatRelativeDay } from '../../lib/dates'
import { formatIcons, sessionFormatLabels } from '../sessions/session-labels'
import { SectionList } from './DashboardSection'
import classes from './Dashboard.module.css'
import { mentorOf } from '../../lib/mentor-of'

const when = new Intl.DateTimeFormat(undefined, {
  weekday: 'short',
  day: 'numeric',
  month: 'short',
  hour: '2-digit',
  minute: '2-digit',
})

const capitalized = (text: string) => text.charAt(0).toLocaleUpperCase() + text.slice(1)

/** A session as the dashboard lists it: who, when (relative first), how, and its first lines; opens the session. */
export function SessionRow({ session, mentor, now }: { session: SessionSummary; mentor?: Mentor; now: Date }) {
  const FormatIcon = formatIcons[session.format]
  const name = mentor?.name ?? 'Unknown mentor'
  const start = when.format(new Date(session.startsAt))
  const actions = session.openActions + session.doneActions
  return (
    // A link may not be a list item itself (axe: aria-allowed-role), so the item holds the link and the
    // short name; the link is named by what it shows, so speech users can say the words they see.
    <div role="listitem" aria-label={`Session with ${name}, ${start}`}>
      <Link to={`/sessions/${session.id}`} className={classes.session}>
        <MentorAvatar id={mentor?.id ?? session.id} name={name} src={mentor?.avatar} size={36} />
        <div className={classes.grow}>
          <Group gap={8} wrap="nowrap" justify="space-between">
            <Text fw={600} size="sm" truncate="end" dir="auto">
              {name}
            </Text>
            <FormatIcon
              size={16}
              aria-label={sessionFormatLabels[session.format]}
              color="var(--mantine-color-dimmed)"
              style={{ flex: 'none' }}
            />
          </Group>
          <Text size="xs" c="dimmed">
            <Text span inherit fw={600} c={session.status === 'planned' ? 'teal' : undefined}>
              {capitalized(formatRelativeDay(session.startsAt, now))}
            </Text>
            {' · '}
            {start}
            {actions > 0 && ` · ${session.openActions} open, ${session.doneActions} done`}
          </Text>
          <Text size="sm" lineClamp={1} dir="auto" c={session.excerpt ? undefined : 'dimmed'} mt={2}>
            {session.excerpt || (session.status === 'planned' ? 'No agenda yet' : 'No takeaways written')}
          </Text>
        </div>
      </Link>
    </div>
  )
}

/** Sessions as a section's list, each with its mentor; with `more`, the first few and a link to the rest. */
export function SessionList({
  label,
  sessions,
  mentors,
  now,
  more,
}: {
  label: string
  sessions: readonly SessionSummary[]
  mentors: ReadonlyMap<string, Mentor>
  now: Date
  more?: { to: string; what: [one: string, many: string] }
}) {
  return (
    <SectionList label={label} items={sessions} more={more}>
      {(session) => (
        <SessionRow key={session.id} session={session} mentor={mentorOf(mentors, session.mentorId)} now={now} />
      )}
    </SectionList>
  )
}
