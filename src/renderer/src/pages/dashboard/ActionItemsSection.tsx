import { Checkbox, Text } from '@mantine/core'
import { useState } from 'react'
import { IconChecklist } from '@tabler/icons-react'
import type { ActionItem, Mentor } from '../../../../shared/model'
import { formatLocalDate } from '../../lib/dates'
import { setDone } from '../actions/action-item-commands'
import { DashboardSection, Dotted, Flag, SectionList } from './DashboardSection'
import { DUE_SOON_DAYS, dueLabel } from './dashboard-view'
import classes from './Dashboard.module.css'
import { mentorOf } from '../../lib/mentor-of'

/** Whose the item is, in a few words: the mentor it was agreed with, and who promised it. */
function whose(item: ActionItem, mentor: Mentor | undefined): string {
  const name = mentor?.name ?? 'Unknown mentor'
  return item.owner === 'mentor' ? `${name} promised this` : `With ${name}`
}

/** One open item: tick it off (with undo), see when it is due and with whom. */
function ActionRow({ item, mentor, today }: { item: ActionItem; mentor: Mentor | undefined; today: string }) {
  const overdue = item.dueOn !== null && item.dueOn < today
  // Ticked at once; the row leaves when the list refreshes, or unticks if completing failed.
  const [ticked, setTicked] = useState(false)
  const complete = async () => {
    if (ticked) return
    setTicked(true)
    if (!(await setDone(item, true))) setTicked(false)
  }
  return (
    <div className={classes.row} role="listitem" aria-label={item.title}>
      <Checkbox
        radius="xl"
        size="md"
        variant="outline"
        checked={ticked}
        aria-label={`Done: ${item.title}`}
        onChange={() => void complete()}
      />
      <div className={classes.grow}>
        <Text size="sm" fw={500} dir="auto" style={{ overflowWrap: 'anywhere' }}>
          {item.title}
        </Text>
        <Text size="xs" c="dimmed" dir="auto">
          <Text
            span
            inherit
            c={overdue ? 'red' : undefined}
            fw={overdue ? 600 : undefined}
            title={item.dueOn ? formatLocalDate(item.dueOn) : undefined}
          >
            {item.dueOn ? dueLabel(item.dueOn, today) : ''}
          </Text>
          {' · '}
          {whose(item, mentor)}
        </Text>
      </div>
    </div>
  )
}

/** Open action items that are overdue or due within a week, overdue first. */
export function ActionItemsSection({
  overdue,
  soon,
  mentors,
  today,
}: {
  overdue: ActionItem[]
  soon: ActionItem[]
  mentors: ReadonlyMap<string, Mentor>
  today: string
}) {
  const items = [...overdue, ...soon]
  return (
    <DashboardSection
      title="Action items"
      icon={IconChecklist}
      summary={
        <Dotted
          parts={[
            overdue.length > 0 && <Flag color="red">{overdue.length} overdue</Flag>,
            `${soon.length} due in the next ${DUE_SOON_DAYS} days`,
          ]}
        />
      }
      link={{ to: '/actions', label: 'Action items' }}
      empty={
        items.length === 0 && {
          title: 'Nothing due this week',
          description: 'No action items are overdue or due in the next seven days.',
        }
      }
    >
      <SectionList
        label="Action items due"
        items={items}
        more={{ to: '/actions', what: ['due or overdue', 'due or overdue'] }}
      >
        {(item) => <ActionRow key={item.id} item={item} mentor={mentorOf(mentors, item.mentorId)} today={today} />}
      </SectionList>
    </DashboardSection>
  )
}
