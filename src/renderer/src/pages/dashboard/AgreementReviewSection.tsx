import { Anchor, Text } from '@mantine/core'
import { IconHeartHandshake } from '@tabler/icons-react'
import { useMemo } from 'react'
import { Link } from 'react-router'
import type { ReminderView } from '../../../../shared/requests/reminders'
import { useRead } from '../../data/queries'
import { formatDate } from '../../lib/dates'
import classes from './Dashboard.module.css'
import { DashboardSection, SectionList } from './DashboardSection'

/** One agreement whose review date has come: "Review your agreement with Zoë", leading to her page. */
function ReviewRow({ reminder }: { reminder: ReminderView }) {
  return (
    <div className={classes.row} role="listitem" aria-label={reminder.title} style={{ display: 'block' }}>
      <Anchor component={Link} to={reminder.target} fw={600} c="inherit" size="sm" dir="auto">
        {reminder.title}
      </Anchor>
      <Text size="xs" c="dimmed">
        Review date {formatDate(reminder.dueAt)}
      </Text>
    </div>
  )
}

/** The agreements whose review date has come and whose reminder is not dismissed. */
export function useAgreementReviews(): ReminderView[] {
  const reminders = useRead('reminders:list')
  return useMemo(() => (reminders.data?.due ?? []).filter((r) => r.kind === 'agreement-review'), [reminders.data])
}

/** "Review your agreement with Zoë", one row per agreement whose review date has come. */
export function AgreementReviewSection({ due }: { due: ReminderView[] }) {
  return (
    <DashboardSection
      title="Agreements to review"
      icon={IconHeartHandshake}
      summary={due.length === 1 ? '1 review date has come' : `${due.length} review dates have come`}
      link={{ to: '/mentors', label: 'Mentors' }}
    >
      <SectionList label="Agreements to review" items={due}>
        {(reminder) => <ReviewRow key={reminder.key} reminder={reminder} />}
      </SectionList>
    </DashboardSection>
  )
}
