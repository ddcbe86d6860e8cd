import { Anchor, Badge, Group, Loader, Stack, Text, UnstyledButton } from '@mantine/core'
import { IconChevronRight, IconMessages } from '@tabler/icons-react'
import { useState } from 'react'
import { Link } from 'react-router'
import { sessionStatusLabels } from '../../../../shared/model'
import type { Mentor } from '../../../../shared/model'
import { formatDate } from '../../lib/dates'
import { sessionsLabel } from './goal-view'
import classes from './Goals.module.css'
import { useRead } from '../../data/queries'
import { mentorOf } from '../../lib/mentor-of'

const firstFew = 5

/** The sessions that touched a goal, newest first, the first few until asked for all; read only once opened. */
export function SessionList({ goalId, mentors }: { goalId: string; mentors: ReadonlyMap<string, Mentor> }) {
  const sessions = useRead('sessions:timeline', { goalId })
  const [all, setAll] = useState(false)
  if (sessions.isPending) return <Loader size="sm" aria-label="Loading sessions" m="xs" />
  if (sessions.isError)
    return (
      <Text size="sm" c="red" p="xs">
        The sessions could not be read: {sessions.error.message}
      </Text>
    )
  const shown = all ? sessions.data : sessions.data.slice(0, firstFew)
  return (
    <Stack gap={0} className={classes.sessions}>
      <Stack gap={0} component="ul" className={classes.sessionList} aria-label="Sessions that touched this goal">
        {shown.map((session) => {
          const mentor = mentorOf(mentors, session.mentorId)
          return (
            <li key={session.id}>
              <Link to={`/sessions/${session.id}`} className={classes.session}>
                <Text size="sm" fw={500} w={96} style={{ flexShrink: 0 }}>
                  {formatDate(session.startsAt)}
                </Text>
                <Text size="sm" w={150} truncate="end" dir="auto" style={{ flexShrink: 0 }}>
                  {mentor?.name ?? 'Unknown mentor'}
                </Text>
                <Text size="sm" c="dimmed" truncate="end" dir="auto" style={{ flex: 1, minWidth: 0 }}>
                  {session.excerpt || 'No notes yet'}
                </Text>
                {session.status !== 'held' && (
                  <Badge size="xs" variant="outline" color="gray">
                    {sessionStatusLabels[session.status]}
                  </Badge>
                )}
              </Link>
            </li>
          )
        })}
      </Stack>
      {shown.length < sessions.data.length && (
        <Anchor component="button" type="button" size="sm" className={classes.more} onClick={() => setAll(true)}>
          Show all {sessions.data.length} sessions
        </Anchor>
      )}
    </Stack>
  )
}

/** "Touched in N sessions": the button that opens the list of them. */
export function SessionsToggle({
  count,
  open,
  listId,
  onToggle,
}: {
  count: number
  open: boolean
  listId: string
  onToggle: () => void
}) {
  if (count === 0)
    return (
      <Group gap={6} c="dimmed">
        <IconMessages size={16} stroke={1.6} />
        <Text size="sm">Not discussed in a session yet</Text>
      </Group>
    )
  return (
    <UnstyledButton onClick={onToggle} aria-expanded={open} aria-controls={listId} className={classes.toggle}>
      <Group gap={6} wrap="nowrap">
        <IconMessages size={16} stroke={1.6} />
        <Text size="sm" fw={500}>
          {sessionsLabel(count)}
        </Text>
        <IconChevronRight size={14} className={classes.chevron} data-open={open || undefined} />
      </Group>
    </UnstyledButton>
  )
}
