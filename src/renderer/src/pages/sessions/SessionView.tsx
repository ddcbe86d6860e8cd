import { Anchor, Badge, Card, Checkbox, Group, Stack, Text, Title } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { IconLock } from '@tabler/icons-react'
import type { ReactNode } from 'react'
import { Link } from 'react-router'
import type { ActionItem, Session } from '../../../../shared/model'
import { Markdown } from '../../components/Markdown'
import { messageOf, openExternal, send } from '../../data/api'
import { useGoals } from '../../data/queries'
import { formatDate, formatLocalDate } from '../../lib/dates'
import { askHowItWent } from '../actions/how-did-it-go'
import { OutcomeNote } from '../actions/OutcomeNote'

/** A titled card of a session page or its brief. */
export function Section({ title, icon, children }: { title: string; icon?: ReactNode; children: ReactNode }) {
  return (
    <Card withBorder radius="md" padding="md" component="section" aria-label={title}>
      <Group gap={6} mb="xs">
        {icon}
        <Title order={2} size="h5">
          {title}
        </Title>
      </Group>
      {children}
    </Card>
  )
}

/** Completes or reopens an action item right from the session; completing asks how it went. */
const toggleDone = (item: ActionItem, done: boolean, control: HTMLElement) =>
  void send('actions:setDone', { id: item.id, done }).then(
    () => done && askHowItWent(item, () => control),
    (error: unknown) => notifications.show({ color: 'red', title: 'Nothing changed', message: messageOf(error) }),
  )

/** A session as a record to read: every part that has something in it. */
export function SessionView({
  session,
  actionItems,
  mentorName,
}: {
  session: Session
  actionItems: ActionItem[]
  mentorName?: string
}) {
  const goals = useGoals()
  const linkedGoals = (goals.data ?? []).filter((g) => session.goalIds.includes(g.goal.id))
  const texts: Array<[string, string]> = [
    ['Agenda', session.agenda],
    ['Key takeaways', session.takeaways],
    ['Notes', session.notes],
    ['What worked', session.whatWorked],
    ['What did not', session.whatDidNot],
  ]
  const empty = texts.every(([, text]) => !text.trim()) && !session.reflection.trim() && actionItems.length === 0
  return (
    <Stack gap="md">
      {empty && (
        <Text c="dimmed" size="sm">
          Nothing written yet. Edit the session to add the agenda, notes and what you took away.
        </Text>
      )}
      {texts
        .filter(([, text]) => text.trim())
        .map(([title, text]) => (
          <Section key={title} title={title}>
            <Markdown>{text}</Markdown>
          </Section>
        ))}
      {session.reflection.trim() && (
        <Section title="Private reflection" icon={<IconLock size={16} aria-hidden />}>
          <Text size="xs" c="dimmed" mb={4}>
            Only for you: left out of any export meant for your mentor.
          </Text>
          <Markdown>{session.reflection}</Markdown>
        </Section>
      )}
      {actionItems.length > 0 && (
        <Section title="Action items">
          <Stack gap={6} role="list" aria-label="Action items">
            {actionItems.map((item) => (
              <Stack key={item.id} gap={2} role="listitem">
                <Group gap="xs" wrap="nowrap">
                  <Checkbox
                    checked={item.doneAt !== null}
                    onChange={(e) => toggleDone(item, e.currentTarget.checked, e.currentTarget)}
                    label={
                      <Text
                        span
                        size="sm"
                        td={item.doneAt ? 'line-through' : undefined}
                        c={item.doneAt ? 'dimmed' : undefined}
                        dir="auto"
                      >
                        {item.title}
                      </Text>
                    }
                  />
                  <Badge size="xs" variant="light" color={item.owner === 'me' ? 'teal' : 'grape'}>
                    {item.owner === 'me' ? 'Me' : 'Mentor'}
                  </Badge>
                  {item.dueOn && !item.doneAt && (
                    <Text size="xs" c="dimmed">
                      due {formatLocalDate(item.dueOn)}
                    </Text>
                  )}
                  {item.doneAt && (
                    <Text size="xs" c="dimmed">
                      done {formatDate(item.doneAt)}
                    </Text>
                  )}
                </Group>
                <div style={{ paddingInlineStart: 30 }}>
                  <OutcomeNote item={item} mentorName={mentorName} />
                </div>
              </Stack>
            ))}
          </Stack>
        </Section>
      )}
      {(linkedGoals.length > 0 || session.resources.length > 0 || session.followUpOn) && (
        <Section title="Goals, resources and follow-up">
          <Stack gap="xs">
            {linkedGoals.length > 0 && (
              <Group gap={6}>
                {linkedGoals.map((g) => (
                  <Badge
                    key={g.goal.id}
                    variant="light"
                    tt="none"
                    component={Link}
                    to="/goals"
                    style={{ cursor: 'pointer' }}
                  >
                    {g.goal.title}
                  </Badge>
                ))}
              </Group>
            )}
            {session.resources.map((r) => (
              <Anchor
                key={r.url}
                size="sm"
                href={r.url}
                onClick={(e) => {
                  e.preventDefault()
                  openExternal(r.url)
                }}
              >
                {r.title || r.url}
              </Anchor>
            ))}
            {session.followUpOn && <Text size="sm">Follow up by {formatLocalDate(session.followUpOn)}</Text>}
          </Stack>
        </Section>
      )}
    </Stack>
  )
}
