import { Badge, Button, Group, Loader, Menu, Stack, Text, Title } from '@mantine/core'
import { modals } from '@mantine/modals'
import { notifications } from '@mantine/notifications'
import {
  IconCalendarPlus,
  IconCheck,
  IconClipboardText,
  IconDots,
  IconEdit,
  IconPlayerSkipForward,
  IconRepeat,
  IconRepeatOff,
  IconTrash,
} from '@tabler/icons-react'
import { useMemo } from 'react'
import { Link, useNavigate, useParams } from 'react-router'
import type { Session } from '../../../../shared/model'
import { useDocumentTitle } from '../../a11y/document-title'
import { MentorAvatar } from '../../components/MentorAvatar'
import { Page } from '../../components/Page'
import { send, messageOf } from '../../data/api'
import { useRead, useRoster } from '../../data/queries'
import { formatDateTime } from '../../lib/dates'
import { deleteWithUndo } from '../../lib/undo'
import { useSearchParamState } from '../../lib/use-search-param-state'
import { NEW_SESSION_DRAFT } from './SessionDialog'
import { SessionEditor } from './SessionEditor'
import { markedHeld, newSessionValues, sessionValues } from './session-form'
import { formatIcons, sessionFormatLabels, sessionStatusLabels, statusColors } from './session-labels'
import { SessionView } from './SessionView'
import { exportToCalendar } from './calendar-export'
import { plural } from '../../../../shared/text'
import { userTimeZone } from '../../../../shared/time'
import { BackLink, NotFoundNotice } from '../../components/PageStates'
import { MentorLink } from '../../components/MentorLink'

/** A session's start in its own zone, and in the user's when that differs. */
export function sessionTime(session: Pick<Session, 'startsAt' | 'timeZone'>): string {
  const there = new Intl.DateTimeFormat(undefined, {
    dateStyle: 'full',
    timeStyle: 'short',
    timeZone: session.timeZone,
  }).format(new Date(session.startsAt))
  return session.timeZone === userTimeZone()
    ? there
    : `${there} (${session.timeZone}) · ${formatDateTime(session.startsAt)} your time`
}

function NewSession() {
  const navigate = useNavigate()
  const [params] = useSearchParamState()
  const draft = useRead('drafts:get', { key: NEW_SESSION_DRAFT })
  const initial = useMemo(
    () =>
      newSessionValues({
        mentorId: params.get('mentor'),
        mode: params.get('mode') === 'plan' ? 'plan' : 'log',
        now: new Date(),
      }),
    [params],
  )
  if (draft.isPending) return <Loader aria-label="Loading" />
  return (
    <Stack>
      <Title order={1} size="h2">
        {initial.status === 'planned' ? 'Plan a session' : 'Log a session'}
      </Title>
      <SessionEditor
        initial={initial}
        draftKey={NEW_SESSION_DRAFT}
        draft={draft.data ?? undefined}
        onSaved={(session) => void navigate(`/sessions/${session.id}`, { replace: true })}
        onCancel={() => void navigate(-1)}
      />
    </Stack>
  )
}

/** One session: read it, edit it, mark it held, skip it, add it to a calendar, delete it. */
export function SessionPage() {
  const { id = '' } = useParams()
  const navigate = useNavigate()
  const [params, set] = useSearchParamState()
  const detail = useRead('sessions:get', { id })
  const roster = useRoster(true)
  const mentorName = roster.data?.find((e) => e.mentor.id === detail.data?.session.mentorId)?.mentor.name
  useDocumentTitle(id === 'new' ? 'New session' : mentorName ? `Session with ${mentorName}` : 'Session')
  if (id === 'new') {
    return (
      <Page>
        <NewSession />
      </Page>
    )
  }
  if (detail.isPending) {
    return (
      <Page>
        <Loader aria-label="Loading session" />
      </Page>
    )
  }
  if (!detail.data) {
    return (
      <NotFoundNotice
        title="This session is not here"
        reason="It may have been deleted."
        back={{ to: '/timeline', label: 'Back to the timeline' }}
      />
    )
  }

  const { session, actionItems, series } = detail.data
  const mentor = roster.data?.find((e) => e.mentor.id === session.mentorId)?.mentor
  const editing = params.get('edit') === '1'
  const markingHeld = params.get('held') === '1'
  const FormatIcon = formatIcons[session.format]
  const remove = async () => {
    const done = await deleteWithUndo({
      id: session.id,
      remove: () => send('sessions:delete', { id: session.id }),
      undo: () => send('sessions:undelete', { id: session.id }),
      message: 'Session deleted.',
    })
    if (done) void navigate('/timeline')
  }
  const skip = () =>
    void send('sessions:skip', { id: session.id }).then(
      () => notifications.show({ message: series ? 'Skipped. The series carries on.' : 'Marked as cancelled.' }),
      (error: unknown) => notifications.show({ color: 'red', title: 'Nothing changed', message: messageOf(error) }),
    )
  const stopSeries = () =>
    series &&
    modals.openConfirmModal({
      title: 'Stop this series?',
      children: <Text size="sm">Planned occurrences from today on are removed. Past sessions stay.</Text>,
      labels: { confirm: 'Stop series', cancel: 'Keep it' },
      confirmProps: { color: 'red' },
      onConfirm: () =>
        void send('series:stop', { id: series.id }).then((r) =>
          notifications.show({
            message: `Series stopped; ${plural(r.removed, 'planned session')} removed.`,
          }),
        ),
    })

  if (editing || markingHeld) {
    const values = sessionValues(session, actionItems)
    const initial = markingHeld ? markedHeld(values, new Date()) : values
    return (
      <Page>
        <Title order={1} size="h2" mb="md">
          {markingHeld ? 'Log this session' : 'Edit session'}
        </Title>
        <SessionEditor
          sessionId={session.id}
          initial={initial}
          draftKey={`session:${session.id}`}
          onSaved={() => set({ edit: null, held: null })}
          onCancel={() => set({ edit: null, held: null })}
        />
      </Page>
    )
  }

  return (
    <Page>
      <Stack gap="lg">
        <BackLink to="/timeline">Timeline</BackLink>
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <Group wrap="nowrap" align="flex-start">
            {mentor && <MentorAvatar id={mentor.id} name={mentor.name} src={mentor.avatar} size={56} />}
            <Stack gap={4}>
              <Title order={1} size="h2" dir="auto">
                {mentor ? <MentorLink mentor={mentor} inherit c="var(--mantine-color-text)" /> : 'Unknown mentor'}
              </Title>
              <Text>{sessionTime(session)}</Text>
              <Group gap="xs">
                <Badge variant="light" color={statusColors[session.status]}>
                  {sessionStatusLabels[session.status]}
                </Badge>
                <Badge variant="default" tt="none" leftSection={<FormatIcon size={12} />}>
                  {sessionFormatLabels[session.format]} · {session.durationMinutes} min
                </Badge>
                {series && (
                  <Badge variant="default" tt="none" leftSection={<IconRepeat size={12} />}>
                    {series.repeat.every === 'weeks'
                      ? series.repeat.interval === 1
                        ? 'Every week'
                        : `Every ${series.repeat.interval} weeks`
                      : 'Monthly'}
                  </Badge>
                )}
              </Group>
            </Stack>
          </Group>
          <Group gap="xs" wrap="nowrap">
            {session.status === 'planned' && (
              <Button
                variant="default"
                leftSection={<IconClipboardText size={16} />}
                component={Link}
                to={`/sessions/${session.id}/brief`}
              >
                Prepare
              </Button>
            )}
            {session.status === 'planned' && (
              <Button leftSection={<IconCheck size={16} />} onClick={() => set({ held: '1' })}>
                Mark as held
              </Button>
            )}
            <Button variant="default" leftSection={<IconEdit size={16} />} onClick={() => set({ edit: '1' })}>
              Edit
            </Button>
            <Menu position="bottom-end">
              <Menu.Target>
                <Button variant="default" px="xs" aria-label="More actions for this session">
                  <IconDots size={18} />
                </Button>
              </Menu.Target>
              <Menu.Dropdown>
                {session.status === 'planned' && (
                  <>
                    <Menu.Item
                      leftSection={<IconCalendarPlus size={14} />}
                      onClick={() => void exportToCalendar([session.id])}
                    >
                      Add to calendar (.ics)
                    </Menu.Item>
                    <Menu.Item leftSection={<IconPlayerSkipForward size={14} />} onClick={skip}>
                      {series ? 'Skip this one' : 'Cancel session'}
                    </Menu.Item>
                  </>
                )}
                {series && (
                  <Menu.Item leftSection={<IconRepeatOff size={14} />} onClick={stopSeries}>
                    Stop the series
                  </Menu.Item>
                )}
                <Menu.Divider />
                <Menu.Item c="red" leftSection={<IconTrash size={14} />} onClick={() => void remove()}>
                  Delete
                </Menu.Item>
              </Menu.Dropdown>
            </Menu>
          </Group>
        </Group>
        <SessionView session={session} actionItems={actionItems} mentorName={mentor?.name} />
      </Stack>
    </Page>
  )
}
