import { LineChart } from '@mantine/charts'
import { Alert, Button, Card, EmptyState, Group, List, Stack, Text, Title, VisuallyHidden } from '@mantine/core'
import { IconAlertTriangle, IconHeartHandshake, IconPlus, IconTrash } from '@tabler/icons-react'
import { useId } from 'react'
import type { CheckIn } from '../../../../shared/model'
import { checkInQuestionLabels, checkInQuestions } from '../../../../shared/model'
import type { CheckInTrend } from '../../../../shared/requests/check-ins'
import { firstNameOf } from '../../../../shared/text'
import { PageLoader } from '../../components/PageStates'
import { ToolButton } from '../../components/ToolButton'
import { send } from '../../data/api'
import { useRead } from '../../data/queries'
import { formatDate } from '../../lib/dates'
import { deleteWithUndo } from '../../lib/undo'
import { useSearchParamState } from '../../lib/use-search-param-state'
import { CheckInFormModal, PrivateNote, ratingWords } from './CheckInForm'
import { averageText, concernText, dueText, suggestionText } from './check-in-words'

const deleteCheckIn = (checkIn: CheckIn) =>
  deleteWithUndo({
    id: checkIn.id,
    remove: () => send('checkIns:delete', { id: checkIn.id }),
    undo: () => send('checkIns:undelete', { id: checkIn.id }),
    message: 'Check-in deleted.',
  })

/** The average of each check-in over time, with the same numbers in words for screen readers. */
function TrendChart({ trend }: { trend: CheckInTrend }) {
  const titleId = useId()
  const data = trend.points.map((p) => ({ date: formatDate(p.at), average: Math.round(p.average * 10) / 10 }))
  const summary = `Average rating of your ${trend.points.length} check-ins, oldest first: ${data
    .map((d) => `${d.date}, ${averageText(d.average)}`)
    .join('; ')}.`
  return (
    <Card withBorder radius="md" padding="md" component="section" aria-labelledby={titleId}>
      <Title order={2} size="h5" id={titleId} mb="xs">
        How it has gone
      </Title>
      <div role="img" aria-label={`Line chart. ${summary}`}>
        <LineChart
          h={180}
          data={data}
          dataKey="date"
          series={[{ name: 'average', label: 'Average rating', color: 'teal.7' }]}
          yAxisProps={{ domain: [1, 5], ticks: [1, 2, 3, 4, 5], width: 24 }}
          gridAxis="y"
          tickLine="none"
          curveType="linear"
          withDots
          tooltipAnimationDuration={150}
        />
      </div>
      <VisuallyHidden>{summary}</VisuallyHidden>
    </Card>
  )
}

/** One check-in: when, the three ratings, and the note. */
function CheckInCard({ checkIn }: { checkIn: CheckIn }) {
  const when = formatDate(checkIn.createdAt)
  return (
    <Card withBorder radius="md" padding="md" component="article" aria-label={`Check-in of ${when}`}>
      <Group justify="space-between" wrap="nowrap" align="flex-start">
        <Text fw={600}>{when}</Text>
        <ToolButton
          tip="Delete"
          label={`Delete the check-in of ${when}`}
          icon={IconTrash}
          onClick={() => void deleteCheckIn(checkIn)}
        />
      </Group>
      <List size="sm" spacing={2} listStyleType="none" mt={4}>
        {checkInQuestions.map((q) => (
          <List.Item key={q}>
            {checkInQuestionLabels[q]}:{' '}
            <Text span fw={600}>
              {checkIn.ratings[q]} of 5
            </Text>{' '}
            <Text span c="dimmed" size="xs">
              ({ratingWords[checkIn.ratings[q] - 1]})
            </Text>
          </List.Item>
        ))}
      </List>
      {checkIn.note && (
        <Text size="sm" mt="xs" style={{ whiteSpace: 'pre-wrap' }} dir="auto">
          {checkIn.note}
        </Text>
      )}
    </Card>
  )
}

/** A mentor's private check-ins: whether one is due, the trend and what to do about it, and each one, newest first. */
export function CheckInsSection({ mentorId, mentorName }: { mentorId: string; mentorName: string }) {
  const history = useRead('checkIns:list', { mentorId })
  const [params, setParam] = useSearchParamState()
  const formOpen = params.get('checkIn') === 'new'
  const firstName = firstNameOf(mentorName)
  if (!history.data) return <PageLoader label="Loading check-ins" />
  const { checkIns, trend, due } = history.data

  return (
    <Stack gap="md">
      <PrivateNote />
      {due && (
        <Alert color="blue" icon={<IconHeartHandshake size={18} />} title="Time for a check-in">
          <Text size="sm">{dueText(due)}. How is this mentorship going?</Text>
        </Alert>
      )}
      {trend.concern && (
        <Alert color="orange" icon={<IconAlertTriangle size={18} />} title={concernText[trend.concern]}>
          <Text size="sm">{suggestionText(firstName)}</Text>
        </Alert>
      )}
      <Group>
        <Button leftSection={<IconPlus size={16} />} onClick={() => setParam({ checkIn: 'new' })}>
          Check in now
        </Button>
      </Group>
      {trend.points.length >= 2 && <TrendChart trend={trend} />}
      {checkIns.length === 0 ? (
        <EmptyState
          size="sm"
          icon={<IconHeartHandshake />}
          title="No check-ins yet"
          description="Every few sessions, a minute on how this mentorship is going: three ratings and a note."
        />
      ) : (
        <Stack gap="sm" component="section" aria-label="Past check-ins">
          {checkIns.map((c) => (
            <CheckInCard key={c.id} checkIn={c} />
          ))}
        </Stack>
      )}
      <CheckInFormModal
        opened={formOpen}
        mentorId={mentorId}
        mentorName={firstName}
        onClose={() => setParam({ checkIn: null })}
      />
    </Stack>
  )
}
