import {
  ActionIcon,
  Button,
  Divider,
  Group,
  Indicator,
  Menu,
  Popover,
  ScrollArea,
  Stack,
  Text,
  ThemeIcon,
  Tooltip,
  UnstyledButton,
} from '@mantine/core'
import { DateTimePicker } from '@mantine/dates'
import { notifications } from '@mantine/notifications'
import {
  IconBell,
  IconCalendarEvent,
  IconCheck,
  IconChecklist,
  IconClockPause,
  IconHeartHandshake,
  IconSunrise,
  IconUserHeart,
  IconX,
} from '@tabler/icons-react'
import { useEffect, useState } from 'react'
import { useNow } from '../lib/use-now'
import { useNavigate } from 'react-router'
import type { ReminderKind, ReminderView } from '../../../shared/requests/reminders'
import { messageOf, send, subscribe } from '../data/api'
import { useRead } from '../data/queries'
import { formatDateTime } from '../lib/dates'
import { useSearchParamState } from '../lib/use-search-param-state'
import { ToolButton } from './ToolButton'

const kindIcons: Record<ReminderKind, typeof IconBell> = {
  session: IconCalendarEvent,
  'keep-in-touch': IconUserHeart,
  action: IconChecklist,
  digest: IconSunrise,
  'check-in': IconHeartHandshake,
  'agreement-review': IconHeartHandshake,
}

const relative = new Intl.RelativeTimeFormat(undefined, { numeric: 'auto' })

/** "in 12 minutes", "3 hours ago": how far a reminder's time is from now. */
function fromNow(iso: string, now: number): string {
  const minutes = Math.round((Date.parse(iso) - now) / 60_000)
  if (Math.abs(minutes) < 60) return relative.format(minutes, 'minute')
  if (Math.abs(minutes) < 36 * 60) return relative.format(Math.round(minutes / 60), 'hour')
  return relative.format(Math.round(minutes / (24 * 60)), 'day')
}

/** Runs a reminder command; says so if it fails. */
const run = (request: Promise<unknown>) =>
  void request.catch((error: unknown) =>
    notifications.show({ color: 'red', title: 'Nothing changed', message: messageOf(error) }),
  )

function SnoozeMenu({ reminder }: { reminder: ReminderView }) {
  const [picking, setPicking] = useState(false)
  const [until, setUntil] = useState<string | null>(null)
  const snooze = (choice: '15m' | '1h' | 'tomorrow') =>
    run(send('reminders:snooze', { key: reminder.key, for: choice }))
  if (picking) {
    return (
      <Group gap={4} wrap="nowrap">
        <DateTimePicker
          size="xs"
          aria-label={`Remind me again about ${reminder.title} at`}
          placeholder="Pick a time"
          value={until}
          onChange={setUntil}
          minDate={new Date()}
          w={170}
          popoverProps={{ withinPortal: false }}
        />
        <Button
          size="compact-xs"
          disabled={!until}
          onClick={() =>
            until &&
            run(send('reminders:snooze', { key: reminder.key, for: 'until', until: new Date(until).toISOString() }))
          }
        >
          Snooze
        </Button>
      </Group>
    )
  }
  return (
    <Menu position="bottom-end" withinPortal={false}>
      <Menu.Target>
        <Tooltip label="Snooze">
          <ActionIcon variant="subtle" color="gray" size="sm" aria-label={`Snooze ${reminder.title}`}>
            <IconClockPause size={16} />
          </ActionIcon>
        </Tooltip>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Item onClick={() => snooze('15m')}>For 15 minutes</Menu.Item>
        <Menu.Item onClick={() => snooze('1h')}>For an hour</Menu.Item>
        <Menu.Item onClick={() => snooze('tomorrow')}>Until tomorrow morning</Menu.Item>
        <Menu.Item onClick={() => setPicking(true)}>Until…</Menu.Item>
      </Menu.Dropdown>
    </Menu>
  )
}

function ReminderRow({
  reminder,
  due,
  now,
  onOpen,
}: {
  reminder: ReminderView
  due: boolean
  now: number
  onOpen: (target: string) => void
}) {
  const Icon = kindIcons[reminder.kind]
  return (
    <Group gap="sm" wrap="nowrap" align="flex-start" role="listitem" aria-label={reminder.title}>
      <ThemeIcon variant="light" size="md" radius="xl" color={due ? 'orange' : 'gray'}>
        <Icon size={16} />
      </ThemeIcon>
      <UnstyledButton style={{ flex: 1, minWidth: 0 }} onClick={() => onOpen(reminder.target)}>
        <Text size="sm" fw={600} lineClamp={2}>
          {reminder.title}
        </Text>
        {reminder.body && (
          <Text size="xs" c="dimmed" lineClamp={4}>
            {reminder.body}
          </Text>
        )}
        <Text size="xs" c="dimmed" title={formatDateTime(reminder.dueAt)}>
          {fromNow(reminder.dueAt, now)}
        </Text>
      </UnstyledButton>
      {/* Core acts on an upcoming reminder's key too: done and dismiss work ahead of time; snoozing waits until due. */}
      <Group gap={2} wrap="nowrap">
        {reminder.actionItemId && (
          <ToolButton
            tip="Mark done"
            label={`Mark ${reminder.title} done`}
            icon={IconCheck}
            color="teal"
            size="sm"
            onClick={() => run(send('reminders:done', { key: reminder.key }))}
          />
        )}
        {due && <SnoozeMenu reminder={reminder} />}
        <ToolButton
          tip="Dismiss"
          label={`Dismiss ${reminder.title}`}
          icon={IconX}
          size="sm"
          onClick={() => run(send('reminders:dismiss', { key: reminder.key }))}
        />
      </Group>
    </Group>
  )
}

/** The bell: how many reminders are due, and a list of them with snooze, dismiss and done; what comes next below. */
export function ReminderCenter() {
  const navigate = useNavigate()
  const [params, set] = useSearchParamState()
  // Open while the address says so: a notification or the tray opens the list with a link.
  const opened = params.get('reminders') === '1'
  const setOpened = (open: boolean) => set({ reminders: open ? '1' : null })
  const list = useRead('reminders:list')
  const { refetch } = list
  useEffect(() => subscribe('reminders:due', () => void refetch()), [refetch])
  // Core's clock leads: the data is planned by it (the web host's test clock can be moved). How far it is from this
  // window's clock is noted when the list arrives.
  const skew = list.data ? Date.parse(list.data.now) - list.dataUpdatedAt : 0
  const now = useNow() + skew

  const due = list.data?.due ?? []
  const upcoming = (list.data?.upcoming ?? []).slice(0, 8)
  const open = (target: string) => void navigate(target)
  return (
    // The count sits outside the popover, so its target (and aria-haspopup/aria-expanded) is the bell button itself.
    <Indicator label={due.length} size={16} disabled={due.length === 0} color="orange" offset={4}>
      <Popover opened={opened} onChange={setOpened} position="right-start" width={400} shadow="md" withArrow>
        <Popover.Target>
          <ActionIcon
            variant="subtle"
            color="gray"
            size="lg"
            aria-label={due.length === 0 ? 'Reminders' : `Reminders: ${due.length} due`}
            onClick={() => setOpened(!opened)}
          >
            <IconBell size={20} />
          </ActionIcon>
        </Popover.Target>
        <Popover.Dropdown p={0}>
          <Group justify="space-between" px="md" py="sm">
            <Text fw={700}>Reminders</Text>
            {due.length > 0 && (
              <Button
                size="compact-xs"
                variant="subtle"
                onClick={() => run(send('reminders:snooze', { all: true, for: '1h' }))}
              >
                Snooze all for 1 hour
              </Button>
            )}
          </Group>
          <Divider />
          <ScrollArea.Autosize mah={460}>
            <Stack gap="md" p="md">
              <Stack gap="sm" role="list" aria-label="Due now">
                <Text size="xs" fw={700} tt="uppercase" c="dimmed">
                  Due now
                </Text>
                {due.length === 0 ? (
                  <Text size="sm" c="dimmed">
                    Nothing is due. You are on top of it.
                  </Text>
                ) : (
                  due.map((r) => <ReminderRow key={r.key} reminder={r} due now={now} onOpen={open} />)
                )}
              </Stack>
              {upcoming.length > 0 && (
                <Stack gap="sm" role="list" aria-label="Coming up">
                  <Text size="xs" fw={700} tt="uppercase" c="dimmed">
                    Coming up
                  </Text>
                  {upcoming.map((r) => (
                    <ReminderRow key={r.key} reminder={r} due={false} now={now} onOpen={open} />
                  ))}
                </Stack>
              )}
            </Stack>
          </ScrollArea.Autosize>
        </Popover.Dropdown>
      </Popover>
    </Indicator>
  )
}
