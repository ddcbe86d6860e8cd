import { ActionIcon, Anchor, Badge, Button, Card, Group, Menu, SimpleGrid, Stack, Text, Title } from '@mantine/core'
import { IconDots, IconEdit, IconFileTypePdf, IconMail, IconNotes, IconPencilPlus } from '@tabler/icons-react'
import type { ReactNode } from 'react'
import { useNavigate } from 'react-router'
import type { RosterEntry } from '../../../../shared/requests/mentors'
import { MentorAvatar } from '../../components/MentorAvatar'
import { StageMenu } from '../../components/StageMenu'
import { ArchiveAndDeleteItems } from '../../components/mentor-commands'
import { openExternal } from '../../data/api'
import { formatDate, formatLocalDate, formatRelativeDay, timeIn } from '../../lib/dates'
import { CheckIn } from './RosterRow'
import { useDocumentTitle } from '../../a11y/document-title'
import { useSessionDialog } from '../sessions/SessionDialog'

function Detail({ label, children }: { label: string; children: ReactNode }) {
  return (
    // Shrinks with its column and breaks a long email address, so a narrow window (200% zoom) cuts nothing off.
    <Stack gap={2} style={{ minWidth: 0, overflowWrap: 'anywhere' }}>
      <Text size="xs" c="dimmed" fw={600} tt="uppercase">
        {label}
      </Text>
      <div>{children}</div>
    </Stack>
  )
}

interface Props {
  entry: RosterEntry
  onAddNote: () => void
  onEdit: () => void
}

/** A mentor's profile at a glance, with what to do next. */
export function MentorHeader({ entry, onAddNote, onEdit }: Props) {
  const navigate = useNavigate()
  const openSessionDialog = useSessionDialog()
  const { mentor } = entry
  useDocumentTitle(mentor.name)
  const now = new Date()
  const subtitle = [mentor.role, mentor.organization].filter(Boolean).join(' · ')
  return (
    <Card withBorder radius="lg" padding="lg">
      {/* The actions go under the name when both do not fit on one line (a narrow window, 200% zoom). */}
      <Group justify="space-between" align="flex-start" wrap="wrap">
        <Group wrap="nowrap" align="flex-start" style={{ minWidth: 0 }}>
          <MentorAvatar id={mentor.id} name={mentor.name} src={mentor.avatar} size={84} />
          <Stack gap={6} style={{ minWidth: 0 }}>
            <Title order={1} size="h2" dir="auto">
              {mentor.name}
            </Title>
            {subtitle && (
              <Text c="dimmed" dir="auto">
                {subtitle}
              </Text>
            )}
            <Group gap="xs">
              <StageMenu mentor={mentor} size="md" />
              {mentor.archivedAt && (
                <Badge variant="outline" color="gray">
                  Archived {formatDate(mentor.archivedAt)}
                </Badge>
              )}
              {mentor.expertise.map((tag) => (
                <Badge key={tag} variant="default" tt="none" fw={500}>
                  {tag}
                </Badge>
              ))}
            </Group>
          </Stack>
        </Group>
        <Group gap="xs" wrap="wrap">
          <Button
            leftSection={<IconPencilPlus size={16} />}
            onClick={() => openSessionDialog({ mode: 'log', mentorId: mentor.id })}
          >
            Log session
          </Button>
          <Button variant="light" leftSection={<IconNotes size={16} />} onClick={onAddNote}>
            Add note
          </Button>
          {mentor.email && (
            <Button
              variant="default"
              leftSection={<IconMail size={16} />}
              onClick={() => openExternal(`mailto:${mentor.email}`)}
            >
              Email
            </Button>
          )}
          <Button variant="default" leftSection={<IconEdit size={16} />} onClick={onEdit}>
            Edit
          </Button>
          <Menu position="bottom-end">
            <Menu.Target>
              <ActionIcon variant="default" size="lg" aria-label={`More actions for ${mentor.name}`}>
                <IconDots size={18} />
              </ActionIcon>
            </Menu.Target>
            <Menu.Dropdown>
              <Menu.Item
                leftSection={<IconFileTypePdf size={14} />}
                onClick={() => void navigate(`/export?mentor=${encodeURIComponent(mentor.id)}`)}
              >
                Export PDF…
              </Menu.Item>
              <ArchiveAndDeleteItems entry={entry} onDeleted={() => void navigate('/mentors')} />
            </Menu.Dropdown>
          </Menu>
        </Group>
      </Group>

      <SimpleGrid cols={{ base: 2, md: 4 }} spacing="lg" verticalSpacing="md" mt="lg">
        <Detail label="Email">
          {mentor.email ? (
            <Anchor
              size="sm"
              href={`mailto:${mentor.email}`}
              onClick={(e) => (e.preventDefault(), openExternal(`mailto:${mentor.email}`))}
            >
              {mentor.email}
            </Anchor>
          ) : (
            <Text size="sm" c="dimmed">
              —
            </Text>
          )}
        </Detail>
        <Detail label="Phone">
          <Text size="sm" c={mentor.phone ? undefined : 'dimmed'}>
            {mentor.phone || '—'}
          </Text>
        </Detail>
        <Detail label="Location">
          <Text size="sm" c={mentor.location || mentor.timeZone ? undefined : 'dimmed'} dir="auto">
            {mentor.location || (mentor.timeZone ? '' : '—')}
            {mentor.timeZone && `${mentor.location ? ' · ' : ''}${timeIn(mentor.timeZone, now)} their time`}
          </Text>
        </Detail>
        <Detail label="Keep in touch">
          {mentor.cadenceWeeks ? (
            <Group gap={6}>
              <Text size="sm">Every {mentor.cadenceWeeks === 1 ? 'week' : `${mentor.cadenceWeeks} weeks`}</Text>
              {entry.nextCheckInAt && (
                <Text size="sm" c="dimmed" span>
                  · next <CheckIn at={entry.nextCheckInAt} now={now} />
                </Text>
              )}
            </Group>
          ) : (
            <Text size="sm" c="dimmed">
              No cadence
            </Text>
          )}
        </Detail>
        <Detail label="Last session">
          <Text size="sm" c={entry.lastSessionAt ? undefined : 'dimmed'}>
            {entry.lastSessionAt
              ? `${formatDate(entry.lastSessionAt)} (${formatRelativeDay(entry.lastSessionAt, now)})`
              : 'None yet'}
          </Text>
        </Detail>
        <Detail label="Met">
          <Text size="sm" c={mentor.metOn || mentor.howWeMet ? undefined : 'dimmed'} dir="auto">
            {[mentor.metOn && formatLocalDate(mentor.metOn), mentor.howWeMet].filter(Boolean).join(' — ') || '—'}
          </Text>
        </Detail>
        <Detail label="Links">
          {mentor.links.length === 0 ? (
            <Text size="sm" c="dimmed">
              —
            </Text>
          ) : (
            <Stack gap={2}>
              {mentor.links.map((link) => (
                <Anchor
                  key={link}
                  size="sm"
                  href={link}
                  truncate="end"
                  onClick={(e) => (e.preventDefault(), openExternal(link))}
                >
                  {link.replace(/^https?:\/\/(www\.)?/, '')}
                </Anchor>
              ))}
            </Stack>
          )}
        </Detail>
        <Detail label="Open actions">
          <Text size="sm">{entry.openActionItems}</Text>
        </Detail>
      </SimpleGrid>
    </Card>
  )
}
