import { Anchor, Button, Text } from '@mantine/core'
import { IconHeartHandshake, IconMessageCircle } from '@tabler/icons-react'
import { useState } from 'react'
import { Link } from 'react-router'
import type { CheckInDue, CheckInWorry } from '../../../../shared/requests/check-ins'
import { firstNameOf, plural } from '../../../../shared/text'
import { useRead } from '../../data/queries'
import { CheckInFormModal } from '../mentors/CheckInForm'
import { averageText, concernText, dueText, suggestionText } from '../mentors/check-in-words'
import { DashboardSection, Dotted, Flag, SectionList } from './DashboardSection'
import classes from './Dashboard.module.css'

/** A mentor due a check-in, with the button that opens the form here. */
function DueRow({ due, onCheckIn }: { due: CheckInDue; onCheckIn: () => void }) {
  return (
    <div className={classes.row} role="listitem" aria-label={due.name}>
      <div className={classes.grow}>
        <Anchor component={Link} to={`/mentors/${due.mentorId}?tab=check-ins`} fw={600} c="inherit" dir="auto">
          {due.name}
        </Anchor>
        <Text size="xs" c="dimmed">
          {dueText(due)}
        </Text>
      </div>
      <Button
        size="compact-sm"
        variant="light"
        leftSection={<IconMessageCircle size={14} />}
        aria-label={`Check in about ${due.name}`}
        onClick={onCheckIn}
      >
        Check in
      </Button>
    </div>
  )
}

/** A mentor whose check-ins worry: what they say, and what could be done. */
function WorryRow({ worry }: { worry: CheckInWorry }) {
  return (
    <div className={classes.row} role="listitem" aria-label={worry.name} style={{ alignItems: 'flex-start' }}>
      <div className={classes.grow}>
        <Anchor component={Link} to={`/mentors/${worry.mentorId}?tab=check-ins`} fw={600} c="inherit" dir="auto">
          {worry.name}
        </Anchor>
        <Text size="sm">
          {concernText[worry.concern]} ({worry.averages.map(averageText).join(' → ')} of 5)
        </Text>
        <Text size="xs" c="dimmed">
          {suggestionText(firstNameOf(worry.name))}
        </Text>
      </div>
    </div>
  )
}

/** "How are your mentorships going?": who is due a check-in, and whose check-ins worry. Nothing when neither. */
export function CheckInsDashboardSection() {
  const answer = useRead('checkIns:due')
  const [open, setOpen] = useState<CheckInDue | null>(null)
  const { due = [], worries = [] } = answer.data ?? {}
  if (due.length + worries.length === 0) return null
  return (
    <DashboardSection
      title="How are your mentorships going?"
      icon={IconHeartHandshake}
      summary={
        <Dotted
          parts={[
            due.length > 0 && `${plural(due.length, 'check-in')} due`,
            worries.length > 0 && <Flag color="red">{plural(worries.length, 'worry', { many: 'worries' })}</Flag>,
          ]}
        />
      }
      link={{ to: '/mentors', label: 'Mentors' }}
    >
      {worries.length > 0 && (
        <SectionList label="Mentorships to look at" items={worries}>
          {(w) => <WorryRow key={w.mentorId} worry={w} />}
        </SectionList>
      )}
      {due.length > 0 && (
        <SectionList label="Check-ins due" items={due}>
          {(d) => <DueRow key={d.mentorId} due={d} onCheckIn={() => setOpen(d)} />}
        </SectionList>
      )}
      <Text size="xs" c="dimmed" mt="sm">
        Check-ins are private: only you see them.
      </Text>
      <CheckInFormModal
        key={open?.mentorId ?? 'closed'}
        opened={open !== null}
        mentorId={open?.mentorId ?? ''}
        mentorName={firstNameOf(open?.name ?? '')}
        onClose={() => setOpen(null)}
      />
    </DashboardSection>
  )
}
