import { focusAfterRemoval } from '../../a11y/focus-next'
import { ActionIcon, Anchor, Avatar, Checkbox, Group, Menu, Text } from '@mantine/core'
import { IconCheck, IconDots, IconEdit, IconCalendarEvent, IconTrash, IconUserQuestion } from '@tabler/icons-react'
import { memo } from 'react'
import { Link } from 'react-router'
import type { ActionItem, Mentor } from '../../../../shared/model'
import type { SessionSummary } from '../../../../shared/requests/sessions'
import { LazyMenu } from '../../components/LazyMenu'
import { MentorAvatar } from '../../components/MentorAvatar'
import { formatDate } from '../../lib/dates'
import { useSearchParamState } from '../../lib/use-search-param-state'
import { deleteActionItem, setDone } from './action-item-commands'
import { dueStateOf } from './action-groups'
import { DueDateMenu, RescheduleItems } from './RescheduleMenu'
import classes from './ActionItems.module.css'
import { MentorLink } from '../../components/MentorLink'
import { OutcomeNote } from './OutcomeNote'

/** The menu of things to do with one action item: edit, reschedule, delete. */
function ActionItemMenu({ item, today }: { item: ActionItem; today: string }) {
  const [, setParams] = useSearchParamState()
  return (
    <LazyMenu
      position="bottom-end"
      width={220}
      target={
        <ActionIcon variant="subtle" color="gray" aria-label={`More actions for ${item.title}`}>
          <IconDots size={18} />
        </ActionIcon>
      }
    >
      <Menu.Item leftSection={<IconEdit size={14} />} onClick={() => setParams({ edit: item.id })}>
        Edit…
      </Menu.Item>
      {!item.doneAt && (
        <>
          <Menu.Divider />
          <RescheduleItems item={item} today={today} />
        </>
      )}
      <Menu.Divider />
      <Menu.Item c="red" leftSection={<IconTrash size={14} />} onClick={() => void deleteActionItem(item)}>
        Delete
      </Menu.Item>
    </LazyMenu>
  )
}

/** Whose item this is: the mentor's avatar and name, linking to them; a deleted mentor is "Unknown mentor". */
function MentorTag({ mentor }: { mentor: Mentor | null }) {
  if (!mentor) {
    return (
      <Group gap={6} wrap="nowrap">
        <Avatar size={20} radius="xl" color="gray" variant="light" alt="">
          <IconUserQuestion size={12} />
        </Avatar>
        <Text size="sm" c="dimmed">
          Unknown mentor
        </Text>
      </Group>
    )
  }
  return (
    <Group gap={6} wrap="nowrap" style={{ minWidth: 0 }}>
      <MentorAvatar id={mentor.id} name={mentor.name} src={mentor.avatar} size={20} />
      <MentorLink mentor={mentor} size="sm" c="dimmed" truncate="end" dir="auto" />
    </Group>
  )
}

/** Where the item was agreed: a link to its session. */
function SessionLink({ sessionId, session }: { sessionId: string; session: SessionSummary | undefined }) {
  return (
    <Group gap={4} wrap="nowrap">
      <IconCalendarEvent size={14} color="var(--mantine-color-dimmed)" aria-hidden />
      <Anchor component={Link} to={`/sessions/${sessionId}`} size="sm" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
        {session ? `From the session on ${formatDate(session.startsAt)}` : 'From a session'}
      </Anchor>
    </Group>
  )
}

interface Props {
  item: ActionItem
  /** The item's mentor; null when they were deleted or never chosen. */
  mentor: Mentor | null
  session: SessionSummary | undefined
  /** Today's calendar date in the user's zone. */
  today: string
}

/** One action item: tick it off, see whose and when, reschedule, edit or delete it. */
export const ActionItemRow = memo(function ActionItemRow({ item, mentor, session, today }: Props) {
  const state = dueStateOf(item, today)
  return (
    <div
      role="listitem"
      aria-label={item.title}
      className={classes.row}
      data-done={item.doneAt ? true : undefined}
      data-overdue={state === 'overdue' ? true : undefined}
    >
      <div style={{ minWidth: 0 }}>
        <Checkbox
          radius="xl"
          size="md"
          variant="outline"
          checked={item.doneAt !== null}
          onChange={(event) => {
            const checked = event.currentTarget.checked
            const next = checked ? focusAfterRemoval(event.currentTarget) : undefined
            void setDone(item, checked, () => next)
          }}
          label={
            <Text span inherit td={item.doneAt ? 'line-through' : undefined} c={item.doneAt ? 'dimmed' : undefined}>
              {item.title}
            </Text>
          }
          classNames={{ label: classes.title }}
        />
        <Group gap="md" className={classes.meta}>
          <MentorTag mentor={mentor} />
          {item.sessionId && <SessionLink sessionId={item.sessionId} session={session} />}
        </Group>
        <OutcomeNote item={item} mentorName={mentor?.name} />
      </div>
      {item.doneAt ? (
        <Group gap={4} wrap="nowrap" className={classes.doneOn}>
          <IconCheck size={14} color="var(--mantine-color-teal-filled)" aria-hidden />
          <Text size="sm" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
            Done {formatDate(item.doneAt)}
          </Text>
        </Group>
      ) : (
        <DueDateMenu item={item} today={today} />
      )}
      <ActionItemMenu item={item} today={today} />
    </div>
  )
})
