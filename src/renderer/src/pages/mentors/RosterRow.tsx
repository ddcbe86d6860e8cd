import { ActionIcon, Badge, Group, Menu, Stack, Text, VisuallyHidden } from '@mantine/core'
import { IconDots, IconEdit, IconExternalLink } from '@tabler/icons-react'
import { memo } from 'react'
import { useNavigate } from 'react-router'
import type { RosterEntry } from '../../../../shared/requests/mentors'
import { LazyMenu } from '../../components/LazyMenu'
import { MentorAvatar } from '../../components/MentorAvatar'
import { StageMenu } from '../../components/StageMenu'
import { ArchiveAndDeleteItems } from '../../components/mentor-commands'
import { formatDate, formatRelativeDay } from '../../lib/dates'
import { useSearchParamState } from '../../lib/use-search-param-state'
import classes from './Roster.module.css'
import { MentorLink } from '../../components/MentorLink'

/** The menu of things to do with one mentor. */
export function MentorRowMenu({ entry, onEdit }: { entry: RosterEntry; onEdit: () => void }) {
  const navigate = useNavigate()
  const { mentor } = entry
  return (
    <LazyMenu
      position="bottom-end"
      target={
        <ActionIcon variant="subtle" color="gray" aria-label={`More actions for ${mentor.name}`}>
          <IconDots size={18} />
        </ActionIcon>
      }
    >
      <Menu.Item leftSection={<IconExternalLink size={14} />} onClick={() => void navigate(`/mentors/${mentor.id}`)}>
        Open
      </Menu.Item>
      <Menu.Item leftSection={<IconEdit size={14} />} onClick={onEdit}>
        Edit
      </Menu.Item>
      <ArchiveAndDeleteItems entry={entry} />
    </LazyMenu>
  )
}

/** When to check in, with how far off it is; overdue in red. */
export function CheckIn({ at, now }: { at: string | null; now: Date }) {
  if (!at)
    return (
      <Text size="sm" c="dimmed">
        —
      </Text>
    )
  const overdue = Date.parse(at) < now.getTime()
  const exact = formatDate(at)
  return (
    <Text size="sm" c={overdue ? 'red' : undefined} fw={overdue ? 600 : undefined} title={exact} span>
      {formatRelativeDay(at, now)}
      {/* The tooltip is for the mouse; a screen reader hears the date itself. */}
      <VisuallyHidden component="span"> ({exact})</VisuallyHidden>
    </Text>
  )
}

/**
 * One mentor on the roster list. Memoized on its entry: scrolling a long list renders only the rows
 * that come into view, not the ones already shown.
 */
export const RosterRow = memo(function RosterRow({ entry }: { entry: RosterEntry }) {
  const { mentor } = entry
  const [, setParams] = useSearchParamState()
  const now = new Date()
  const subtitle = [mentor.role, mentor.organization].filter(Boolean).join(' · ')
  const shownTags = mentor.expertise.slice(0, 2)
  return (
    <div
      role="listitem"
      aria-label={mentor.name}
      className={classes.row}
      data-archived={mentor.archivedAt ? true : undefined}
    >
      <Group gap="sm" wrap="nowrap" style={{ minWidth: 0 }}>
        <MentorAvatar id={mentor.id} name={mentor.name} src={mentor.avatar} />
        <Stack gap={0} style={{ minWidth: 0 }}>
          <MentorLink mentor={mentor} fw={600} c="var(--mantine-color-text)" truncate="end" dir="auto" />
          <Text size="sm" c="dimmed" truncate="end" dir="auto">
            {subtitle || '\u00a0'}
          </Text>
        </Stack>
        {mentor.archivedAt && (
          <Badge size="xs" variant="outline" color="gray">
            Archived
          </Badge>
        )}
      </Group>
      <div role="group" aria-label="Stage">
        <StageMenu mentor={mentor} />
      </div>
      <Group role="group" aria-label="Expertise" gap={4} wrap="nowrap" style={{ overflow: 'hidden' }}>
        {shownTags.map((tag) => (
          <Badge
            key={tag}
            variant="default"
            size="sm"
            tt="none"
            fw={500}
            maw={130}
            style={{ flexShrink: 1, minWidth: 0 }}
          >
            {tag}
          </Badge>
        ))}
        {mentor.expertise.length > shownTags.length && (
          <Text size="xs" c="dimmed">
            +{mentor.expertise.length - shownTags.length}
          </Text>
        )}
      </Group>
      <div role="group" aria-label="Last session">
        <Text size="sm" c={entry.lastSessionAt ? undefined : 'dimmed'}>
          {entry.lastSessionAt ? formatDate(entry.lastSessionAt) : 'No sessions yet'}
        </Text>
      </div>
      <div role="group" aria-label="Next check-in">
        <CheckIn at={entry.nextCheckInAt} now={now} />
      </div>
      <div role="group" aria-label="Open actions">
        <Text size="sm" ta="center" c={entry.openActionItems ? undefined : 'dimmed'}>
          {entry.openActionItems}
        </Text>
      </div>
      <MentorRowMenu entry={entry} onEdit={() => setParams({ edit: mentor.id })} />
    </div>
  )
})
