import { Button, EmptyState, Group, Loader, Menu, SegmentedControl, Text, TextInput } from '@mantine/core'
import { DatePickerInput } from '@mantine/dates'
import {
  IconCalendarPlus,
  IconChevronDown,
  IconFileTypePdf,
  IconPencilPlus,
  IconSearch,
  IconTimeline,
} from '@tabler/icons-react'
import { useDeferredValue, useMemo, useState } from 'react'
import { Link } from 'react-router'
import type { SessionStatus } from '../../../../shared/model'
import type { TimelineQuery } from '../../../../shared/requests/sessions'
import { addDays, instantOf, userTimeZone } from '../../../../shared/time'
import { Page } from '../../components/Page'
import { PageHeader } from '../../components/PageHeader'
import { useGoals, useRead, useRoster } from '../../data/queries'
import { formatLocalDate } from '../../lib/dates'
import { useSessionDialog } from './SessionDialog'
import { exportToCalendar } from './calendar-export'
import { Timeline } from './Timeline'
import { FilterSelect } from '../../components/FilterSelect'

type StatusFilter = 'all' | SessionStatus

/** The instant a local day starts in the user's zone. */
const startOfDay = (date: string) => instantOf({ date, time: '00:00' }, userTimeZone()) ?? `${date}T00:00:00.000Z`

/** A date filter's text: "5 Dec 2026 – 12 Dec 2026", the first day alone while the second is being picked, or nothing. */
const shownRange = ([from, to]: [string | null, string | null]) =>
  from ? `${formatLocalDate(from)} – ${to ? formatLocalDate(to) : ''}`.trim() : ''

/** A session timeline with its filters; with `mentorId` it shows only that mentor's sessions (their page). */
export function SessionTimeline({ mentorId }: { mentorId?: string }) {
  const openDialog = useSessionDialog()
  const [text, setText] = useState('')
  const [mentor, setMentor] = useState<string | null>(null)
  const [goal, setGoal] = useState<string | null>(null)
  const [status, setStatus] = useState<StatusFilter>('all')
  const [range, setRange] = useState<[string | null, string | null]>([null, null])
  const deferredText = useDeferredValue(text)
  const roster = useRoster(true)
  const goals = useGoals()

  const query: TimelineQuery = {
    mentorId: mentorId ?? mentor ?? undefined,
    goalId: goal ?? undefined,
    statuses: status === 'all' ? undefined : [status],
    after: range[0] ? startOfDay(range[0]) : undefined,
    before: range[1] ? startOfDay(addDays(range[1], 1)) : undefined,
    text: deferredText.trim() || undefined,
  }
  const timeline = useRead('sessions:timeline', query, { keepPrevious: true })

  const mentors = useMemo(() => (roster.data ?? []).map((e) => e.mentor), [roster.data])
  const filtered = Boolean(
    query.goalId || query.statuses || query.after || query.before || query.text || (!mentorId && mentor),
  )

  return (
    <>
      <Group mb="md" gap="sm" wrap="wrap">
        <TextInput
          aria-label="Search sessions"
          placeholder="Search what was said"
          leftSection={<IconSearch size={16} />}
          value={text}
          onChange={(e) => setText(e.currentTarget.value)}
          w={240}
        />
        {!mentorId && (
          <FilterSelect
            label="Filter by mentor"
            placeholder="All mentors"
            data={mentors.map((m) => ({ value: m.id, label: m.name }))}
            value={mentor}
            onChange={setMentor}
            w={190}
          />
        )}
        <FilterSelect
          label="Filter by goal"
          placeholder="All goals"
          data={(goals.data ?? []).map((g) => ({ value: g.goal.id, label: g.goal.title }))}
          value={goal}
          onChange={setGoal}
          w={180}
        />
        {/* Its name holds what it shows, so speech users can say the dates they see. */}
        <DatePickerInput
          type="range"
          aria-label={`Filter by dates: ${shownRange(range) || 'Any date'}`}
          placeholder="Any date"
          valueFormatter={() => shownRange(range)}
          value={range}
          onChange={(value) => setRange(value as [string | null, string | null])}
          clearable
          w={230}
        />
        <SegmentedControl
          aria-label="Filter by status"
          value={status}
          onChange={(value) => setStatus(value as StatusFilter)}
          data={[
            { value: 'all', label: 'All' },
            { value: 'held', label: 'Held' },
            { value: 'planned', label: 'Planned' },
            { value: 'cancelled', label: 'Cancelled' },
          ]}
        />
      </Group>
      {timeline.isPending ? (
        <Loader aria-label="Loading sessions" />
      ) : timeline.isError ? (
        <Text c="red">{timeline.error.message}</Text>
      ) : timeline.data.length === 0 ? (
        <EmptyState
          mt="xl"
          variant="light"
          icon={<IconTimeline />}
          title={filtered ? 'No sessions match' : 'No sessions yet'}
          description={
            filtered
              ? 'Try another word or clear a filter.'
              : 'Log a session after you meet, or plan the next one. What was said, what worked and what you promised will be here.'
          }
        >
          {!filtered && (
            <EmptyState.Actions>
              <Button leftSection={<IconPencilPlus size={16} />} onClick={() => openDialog({ mode: 'log', mentorId })}>
                Log a session
              </Button>
              <Button variant="default" onClick={() => openDialog({ mode: 'plan', mentorId })}>
                Plan one
              </Button>
            </EmptyState.Actions>
          )}
        </EmptyState>
      ) : (
        <Timeline sessions={timeline.data} mentors={mentors} />
      )}
    </>
  )
}

/** Every session, newest first, with what is coming up on top. */
export function TimelinePage() {
  const openDialog = useSessionDialog()
  return (
    <Page>
      <PageHeader
        title="Timeline"
        description="Every mentoring session: what is coming up, and what was said."
        actions={
          <>
            <Menu position="bottom-end">
              <Menu.Target>
                <Button variant="default" rightSection={<IconChevronDown size={14} />}>
                  Plan
                </Button>
              </Menu.Target>
              <Menu.Dropdown>
                <Menu.Item onClick={() => openDialog({ mode: 'plan' })}>Plan a session…</Menu.Item>
                <Menu.Item leftSection={<IconCalendarPlus size={14} />} onClick={() => void exportToCalendar()}>
                  Export upcoming to calendar (.ics)
                </Menu.Item>
              </Menu.Dropdown>
            </Menu>
            <Button variant="default" component={Link} to="/export" leftSection={<IconFileTypePdf size={16} />}>
              Export PDF
            </Button>
            <Button leftSection={<IconPencilPlus size={16} />} onClick={() => openDialog({ mode: 'log' })}>
              Log session
            </Button>
          </>
        }
      />
      <SessionTimeline />
    </Page>
  )
}
