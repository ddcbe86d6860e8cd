import { Badge, Group, Menu, Stack, Text, UnstyledButton, VisuallyHidden } from '@mantine/core'
import { IconCalendarEvent, IconCalendarOff, IconCalendarPlus, IconCalendarWeek } from '@tabler/icons-react'
import type { ActionItem } from '../../../../shared/model'
import { LazyMenu } from '../../components/LazyMenu'
import { formatLocalDate, formatRelativeDay } from '../../lib/dates'
import { useSearchParamState } from '../../lib/use-search-param-state'
import { reschedule } from './action-item-commands'
import type { DueState } from './action-groups'
import { dueStateOf, rescheduleDates } from './action-groups'
import classes from './ActionItems.module.css'

const shortDay = new Intl.DateTimeFormat(undefined, { weekday: 'short', day: 'numeric', month: 'short' })

/** "Sat, 28 Nov": a calendar date with its weekday, for the menu's hints. */
function formatShortDay(date: string): string {
  const [y, m, d] = date.split('-').map(Number)
  return shortDay.format(new Date(y ?? 1970, (m ?? 1) - 1, d ?? 1))
}

/** "Due in 3 days", "Due tomorrow", "Due 2 weeks ago": the due date against `today`, in words. */
export function dueText(dueOn: string, today: string): string {
  // Both read as local noon: the calendar dates themselves, whatever the zone.
  return `Due ${formatRelativeDay(`${dueOn}T12:00:00`, new Date(`${today}T12:00:00`))}`
}

/** The reschedule choices, for any menu: tomorrow, next week, a picked date, or none. */
export function RescheduleItems({ item, today }: { item: ActionItem; today: string }) {
  const [, setParams] = useSearchParamState()
  const { tomorrow, nextWeek } = rescheduleDates(today)
  const hint = (date: string) => (
    <Text size="xs" c="dimmed">
      {formatShortDay(date)}
    </Text>
  )
  return (
    <>
      <Menu.Label>Reschedule</Menu.Label>
      <Menu.Item
        leftSection={<IconCalendarEvent size={14} />}
        rightSection={hint(tomorrow)}
        onClick={() => void reschedule(item, tomorrow)}
      >
        Tomorrow
      </Menu.Item>
      <Menu.Item
        leftSection={<IconCalendarWeek size={14} />}
        rightSection={hint(nextWeek)}
        onClick={() => void reschedule(item, nextWeek)}
      >
        Next week
      </Menu.Item>
      <Menu.Item leftSection={<IconCalendarPlus size={14} />} onClick={() => setParams({ due: item.id })}>
        Pick a date…
      </Menu.Item>
      {item.dueOn && (
        <Menu.Item leftSection={<IconCalendarOff size={14} />} onClick={() => void reschedule(item, null)}>
          No due date
        </Menu.Item>
      )}
    </>
  )
}

const dueColors: Partial<Record<DueState, string>> = { overdue: 'red', today: 'orange' }

/** The due date in words: "Due today", "Due in 3 days"; undated items say so. */
const dueWords = (dueOn: string, state: DueState, today: string) =>
  state === 'today' ? 'Due today' : dueText(dueOn, today)

/** What the row says about the due date: relative, with the date beneath; overdue in red with a badge. */
function DueSummary({ item, state, today }: { item: ActionItem; state: DueState; today: string }) {
  if (!item.dueOn) {
    return (
      <Text size="sm" c="dimmed">
        No due date
      </Text>
    )
  }
  return (
    <Stack gap={0} align="flex-end">
      <Group gap={6} wrap="nowrap">
        {state === 'overdue' && (
          <Badge size="sm" color="red" variant="light">
            Overdue
          </Badge>
        )}
        <Text size="sm" c={dueColors[state]} fw={dueColors[state] ? 600 : 500} style={{ whiteSpace: 'nowrap' }}>
          {dueWords(item.dueOn, state, today)}
        </Text>
      </Group>
      <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
        {formatLocalDate(item.dueOn)}
      </Text>
    </Stack>
  )
}

/** An open item's due date as a button that opens the reschedule choices. */
export function DueDateMenu({ item, today }: { item: ActionItem; today: string }) {
  const state = dueStateOf(item, today)
  return (
    <LazyMenu
      position="bottom-end"
      target={
        // Named by what it shows, then what it does: speech users can say the date they see.
        <UnstyledButton className={classes.due}>
          <DueSummary item={item} state={state} today={today} />
          <VisuallyHidden component="span">. Reschedule {item.title}</VisuallyHidden>
        </UnstyledButton>
      }
    >
      <RescheduleItems item={item} today={today} />
    </LazyMenu>
  )
}
