import { Badge, Group, Text, Title } from '@mantine/core'
import { useId } from 'react'
import type { Mentor } from '../../../../shared/model'
import type { SessionSummary } from '../../../../shared/requests/sessions'
import type { ActionGroup, ActionOwner } from './action-groups'
import { ActionItemRow } from './ActionItemRow'
import classes from './ActionItems.module.css'

export const groupTitles: Record<ActionOwner, string> = {
  me: 'My action items',
  mentor: 'What my mentors promised',
}

const nothingOpen: Record<ActionOwner, string> = {
  me: 'Nothing open for you. Well done.',
  mentor: 'Your mentors have nothing open.',
}
const nothingOpenHere: Record<ActionOwner, string> = {
  me: 'Nothing open for you with this mentor.',
  mentor: 'Nothing open from this mentor.',
}

interface Props {
  group: ActionGroup
  showDone: boolean
  /** True when the list shows one mentor only. */
  filtered: boolean
  today: string
  mentorOf: (mentorId: string | null) => Mentor | null
  sessionOf: (sessionId: string | null) => SessionSummary | undefined
}

/** One owner's action items under a heading with how many are open, overdue and done. */
export function ActionGroupSection({ group, showDone, filtered, today, mentorOf, sessionOf }: Props) {
  const headingId = useId()
  return (
    <section className={classes.group} aria-labelledby={headingId}>
      <div className={classes.groupHeader}>
        <Group gap="xs">
          <Title order={2} size="h5" id={headingId}>
            {groupTitles[group.owner]}
          </Title>
          <Badge variant="light" color="gray" size="sm">
            {group.open} open
          </Badge>
          {group.overdue > 0 && (
            <Badge variant="light" color="red" size="sm">
              {group.overdue} overdue
            </Badge>
          )}
        </Group>
        {group.done > 0 && (
          <Text size="xs" c="dimmed">
            {group.done} done{showDone ? '' : ', hidden'}
          </Text>
        )}
      </div>
      {group.items.length === 0 ? (
        <Text size="sm" c="dimmed" className={classes.empty}>
          {(filtered ? nothingOpenHere : nothingOpen)[group.owner]}
        </Text>
      ) : (
        <div role="list" aria-labelledby={headingId}>
          {group.items.map((item) => (
            <ActionItemRow
              key={item.id}
              item={item}
              mentor={mentorOf(item.mentorId)}
              session={sessionOf(item.sessionId)}
              today={today}
            />
          ))}
        </div>
      )}
    </section>
  )
}
