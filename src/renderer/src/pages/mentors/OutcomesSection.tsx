import { Anchor, Card, Group, List, Stack, Text, Title } from '@mantine/core'
import { IconMessageCircleUp } from '@tabler/icons-react'
import { useId } from 'react'
import { Link } from 'react-router'
import type { Mentor } from '../../../../shared/model'
import type { OutcomeEntry } from '../../../../shared/requests/outcomes'
import { useRead } from '../../data/queries'
import { formatDate } from '../../lib/dates'
import { firstNameOf } from '../../../../shared/text'
import { askHowItWent } from '../actions/how-did-it-go'

/** One outcome: what came of which action item, and a way to change the words. */
function OutcomeRow({ entry }: { entry: OutcomeEntry }) {
  const { item, toldIn } = entry
  return (
    <List.Item>
      <Text size="sm" dir="auto" style={{ overflowWrap: 'anywhere' }}>
        {item.outcome?.text}
      </Text>
      <Text size="xs" c="dimmed" dir="auto">
        {item.sessionId ? (
          <Anchor component={Link} to={`/sessions/${item.sessionId}`} inherit>
            {item.title}
          </Anchor>
        ) : (
          item.title
        )}
        {item.outcome?.toldAt &&
          (toldIn ? (
            <>
              {' · told in the '}
              <Anchor component={Link} to={`/sessions/${toldIn.id}`} inherit>
                session on {formatDate(toldIn.startsAt)}
              </Anchor>
            </>
          ) : (
            ` · told ${formatDate(item.outcome.toldAt)}`
          ))}
        {' · '}
        <Anchor
          component="button"
          type="button"
          inherit
          aria-label={`Change how “${item.title}” went`}
          onClick={(event: React.MouseEvent<HTMLButtonElement>) => {
            const button = event.currentTarget
            askHowItWent(item, () => (button.isConnected ? button : null))
          }}
        >
          Change
        </Anchor>
      </Text>
    </List.Item>
  )
}

/**
 * What came of a mentor's advice: the outcomes still to tell them (they go into the next session's agenda, and
 * holding it marks them told), and those already told. Nothing when there are none.
 */
export function OutcomesSection({ mentor }: { mentor: Mentor }) {
  const id = useId()
  const outcomes = useRead('outcomes:list', { mentorId: mentor.id })
  const { untold = [], told = [] } = outcomes.data ?? {}
  if (untold.length === 0 && told.length === 0) return null
  const first = firstNameOf(mentor.name)
  return (
    <Card withBorder radius="md" padding="md" component="section" aria-labelledby={id}>
      <Stack gap="sm">
        <Group gap={6}>
          <IconMessageCircleUp size={18} aria-hidden />
          <Title order={2} size="h5" id={id}>
            {untold.length > 0 ? `To tell ${first}` : `What came of ${first}’s advice`}
          </Title>
        </Group>
        {untold.length > 0 && (
          <>
            <Text size="xs" c="dimmed">
              These go into the agenda of your next session with {first}; holding it marks them told.
            </Text>
            <List spacing={6} size="sm" aria-label={`To tell ${first}`}>
              {untold.map((entry) => (
                <OutcomeRow key={entry.item.id} entry={entry} />
              ))}
            </List>
          </>
        )}
        {told.length > 0 && (
          <>
            {untold.length > 0 && (
              <Title order={3} size="h6">
                Already told
              </Title>
            )}
            <List spacing={6} size="sm" aria-label={`Told ${first}`}>
              {told.map((entry) => (
                <OutcomeRow key={entry.item.id} entry={entry} />
              ))}
            </List>
          </>
        )}
      </Stack>
    </Card>
  )
}
