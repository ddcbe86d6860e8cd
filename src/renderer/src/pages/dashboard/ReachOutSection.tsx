import { Button, Group, Text } from '@mantine/core'
import { IconCalendarPlus, IconMessage, IconUserHeart } from '@tabler/icons-react'
import { MentorAvatar } from '../../components/MentorAvatar'
import { formatDate, formatRelativeDay } from '../../lib/dates'
import { useSessionDialog } from '../sessions/SessionDialog'
import { DashboardSection, Dotted, Flag, SectionList } from './DashboardSection'
import type { ReachOut } from './dashboard-view'
import classes from './Dashboard.module.css'
import { plural } from '../../../../shared/text'
import { MentorLink } from '../../components/MentorLink'

const every = (weeks: number) => (weeks === 1 ? 'every week' : `every ${weeks} weeks`)

/** Why a mentor is on the list: when you last met, and how often you meant to. */
function reason({ entry, overdue }: ReachOut, now: Date): string {
  const { lastSessionAt, mentor } = entry
  const last = lastSessionAt ? `Last session ${formatRelativeDay(lastSessionAt, now)}` : 'No session yet'
  return `${overdue ? 'Overdue' : 'Due'} · ${last} · ${every(mentor.cadenceWeeks ?? 0)}`
}

/** One mentor to get in touch with, with one click to plan a session or log a quick contact. */
function ReachOutRow({ item, now }: { item: ReachOut; now: Date }) {
  const openSession = useSessionDialog()
  const { mentor } = item.entry
  return (
    <div className={classes.row} role="listitem" aria-label={mentor.name} style={{ alignItems: 'flex-start' }}>
      <MentorAvatar id={mentor.id} name={mentor.name} src={mentor.avatar} size={36} />
      <div className={classes.grow}>
        <MentorLink mentor={mentor} fw={600} c="inherit" truncate="end" dir="auto" display="block" />
        <Text
          size="xs"
          c={item.overdue ? 'red' : 'dimmed'}
          fw={item.overdue ? 600 : undefined}
          title={`Due since ${formatDate(item.dueAt)}`}
        >
          {reason(item, now)}
        </Text>
        <Group gap={6} mt={6}>
          <Button
            size="compact-sm"
            variant="light"
            leftSection={<IconCalendarPlus size={14} />}
            aria-label={`Plan a session with ${mentor.name}`}
            onClick={() => openSession({ mode: 'plan', mentorId: mentor.id })}
          >
            Plan a session
          </Button>
          <Button
            size="compact-sm"
            variant="default"
            leftSection={<IconMessage size={14} />}
            aria-label={`Log a contact with ${mentor.name}`}
            onClick={() => openSession({ mode: 'log', mentorId: mentor.id, format: 'message' })}
          >
            Log a contact
          </Button>
        </Group>
      </div>
    </div>
  )
}

/** Mentors whose keep-in-touch check-in is due or overdue, overdue first. */
export function ReachOutSection({ list, now, anyCadence }: { list: ReachOut[]; now: Date; anyCadence: boolean }) {
  const overdue = list.filter((r) => r.overdue).length
  return (
    <DashboardSection
      title="Reach out"
      icon={IconUserHeart}
      summary={
        <Dotted
          parts={[
            `${plural(list.length, 'mentor')} to get in touch with`,
            overdue > 0 && <Flag color="red">{overdue} overdue</Flag>,
          ]}
        />
      }
      link={{ to: '/mentors?sort=next-check-in', label: 'Mentors' }}
      empty={
        list.length === 0 && {
          title: anyCadence ? 'You are in touch with everyone' : 'Keep in touch on a rhythm',
          description: anyCadence
            ? 'Mentors show up here when their keep-in-touch check-in comes round and nothing is planned.'
            : 'Give a mentor a keep-in-touch cadence (every 4 weeks, say) and they show up here when it is time to reach out.',
        }
      }
    >
      <SectionList
        label="Mentors to reach out to"
        items={list}
        more={{ to: '/mentors?sort=next-check-in', what: ['mentor to reach out to', 'mentors to reach out to'] }}
      >
        {(item) => <ReachOutRow key={item.entry.mentor.id} item={item} now={now} />}
      </SectionList>
    </DashboardSection>
  )
}
