// One screen to prepare a session: who the mentor is, what the relationship is for, last time, what is open
// both ways, what to tell them, the goals and the agenda so far. Printable.
import { Anchor, Button, Group, List, Stack, Text, Title } from '@mantine/core'
import { IconEdit, IconPrinter } from '@tabler/icons-react'
import { Link, useParams } from 'react-router'
import type { ActionItem } from '../../../../shared/model'
import { sessionFormatLabels } from '../../../../shared/model'
import type { SessionBrief } from '../../../../shared/requests/briefs'
import { firstNameOf } from '../../../../shared/text'
import { useDocumentTitle } from '../../a11y/document-title'
import { Markdown } from '../../components/Markdown'
import { MentorAvatar } from '../../components/MentorAvatar'
import { Page } from '../../components/Page'
import { BackLink, NotFoundNotice, PageLoader } from '../../components/PageStates'
import { useRead } from '../../data/queries'
import { formatDate, formatLocalDate } from '../../lib/dates'
import { ProgressBar, ProgressPercent } from '../goals/progress-parts'
import classes from './Brief.module.css'
import { sessionTime } from './SessionPage'
import { Section } from './SessionView'

function ItemList({ items, label, empty }: { items: ActionItem[]; label: string; empty: string }) {
  if (items.length === 0) return <Text size="sm">{empty}</Text>
  return (
    <List size="sm" spacing={4} aria-label={label}>
      {items.map((item) => (
        <List.Item key={item.id}>
          <span dir="auto">{item.title}</span>
          {item.dueOn && <Text span size="sm" c="dimmed">{` · due ${formatLocalDate(item.dueOn)}`}</Text>}
        </List.Item>
      ))}
    </List>
  )
}

/** Who the mentor is: their role, where they work, what they know, and a few notes about them. */
function WhoSection({ brief }: { brief: SessionBrief }) {
  const { mentor, highlights } = brief
  if (!mentor) return null
  const line = [mentor.role, mentor.organization, mentor.location].filter(Boolean).join(' · ')
  return (
    <Section title={`Who ${firstNameOf(mentor.name)} is`}>
      <Stack gap="xs">
        {line && <Text size="sm">{line}</Text>}
        {mentor.expertise.length > 0 && <Text size="sm">Knows about: {mentor.expertise.join(', ')}</Text>}
        {highlights.map((note) => (
          <div key={note.id}>
            {note.title && (
              <Text size="sm" fw={600} dir="auto">
                {note.title}
              </Text>
            )}
            <Markdown>{note.body}</Markdown>
          </div>
        ))}
        {!line && mentor.expertise.length === 0 && highlights.length === 0 && (
          <Text size="sm">Nothing written about {firstNameOf(mentor.name)} yet.</Text>
        )}
      </Stack>
    </Section>
  )
}

function BriefBody({ brief }: { brief: SessionBrief }) {
  const { session, mentor, agreement, lastSession, openItems, outcomesToTell, goals } = brief
  const name = mentor ? firstNameOf(mentor.name) : 'your mentor'
  return (
    <Stack gap="md">
      <WhoSection brief={brief} />
      {mentor && (
        <Section title="What this mentorship is for">
          {agreement?.focus.trim() ? (
            <Markdown>{agreement.focus}</Markdown>
          ) : (
            <Text size="sm">
              No agreement written yet.{' '}
              <Anchor component={Link} to={`/mentors/${mentor.id}`}>
                Agree on a focus on {name}’s page
              </Anchor>
            </Text>
          )}
        </Section>
      )}
      {mentor && (
        <Section title="Last time">
          {lastSession ? (
            <Stack gap="xs">
              <Anchor component={Link} to={`/sessions/${lastSession.id}`} size="sm">
                Session of {formatDate(lastSession.startsAt)}
              </Anchor>
              <Text size="sm" fw={600}>
                Key takeaways
              </Text>
              {lastSession.takeaways.trim() ? (
                <Markdown>{lastSession.takeaways}</Markdown>
              ) : (
                <Text size="sm">None written.</Text>
              )}
              {lastSession.whatDidNot.trim() && (
                <>
                  <Text size="sm" fw={600}>
                    What did not work
                  </Text>
                  <Markdown>{lastSession.whatDidNot}</Markdown>
                </>
              )}
            </Stack>
          ) : (
            <Text size="sm">This is your first session with {name}.</Text>
          )}
        </Section>
      )}
      {mentor && (
        <Section title="Open action items">
          <div className={classes.columns}>
            <div>
              <Title order={3} size="h6" mb={4}>
                You promised
              </Title>
              <ItemList items={openItems.mine} label="You promised" empty="Nothing open." />
            </div>
            <div>
              <Title order={3} size="h6" mb={4}>
                {name} promised
              </Title>
              <ItemList items={openItems.theirs} label={`${name} promised`} empty="Nothing open." />
            </div>
          </div>
        </Section>
      )}
      {outcomesToTell.length > 0 && (
        <Section title={`To tell ${name}`}>
          <List size="sm" spacing={4} aria-label={`To tell ${name}`}>
            {outcomesToTell.map((item) => (
              <List.Item key={item.id}>
                <span dir="auto">{item.outcome?.text}</span>
                <Text span size="sm" c="dimmed">{` · from “${item.title}”`}</Text>
              </List.Item>
            ))}
          </List>
        </Section>
      )}
      {goals.length > 0 && (
        <Section title="Goals">
          <Stack gap="sm">
            {goals.map((view) => (
              <div key={view.goal.id}>
                <Group justify="space-between" gap="xs">
                  <Text size="sm" dir="auto">
                    {view.goal.title}
                  </Text>
                  <ProgressPercent progress={view.progress} />
                </Group>
                <ProgressBar view={view} size="sm" />
              </div>
            ))}
          </Stack>
        </Section>
      )}
      <Section title="Agenda so far">
        {session.agenda.trim() ? <Markdown>{session.agenda}</Markdown> : <Text size="sm">No agenda yet.</Text>}
      </Section>
    </Stack>
  )
}

/** `/sessions/:id/brief`: prepare a session on one screen, and print it. */
export function BriefPage() {
  const { id = '' } = useParams()
  const brief = useRead('briefs:get', { id })
  const mentorName = brief.data?.mentor?.name
  useDocumentTitle(mentorName ? `Brief for your session with ${mentorName}` : 'Session brief')
  if (brief.isPending) return <PageLoader label="Loading the brief" />
  if (!brief.data) {
    return (
      <NotFoundNotice
        title="This session is not here"
        reason="It may have been deleted."
        back={{ to: '/timeline', label: 'Back to the timeline' }}
      />
    )
  }
  const { session, mentor } = brief.data
  return (
    <Page>
      <Stack gap="lg">
        <div className={classes.noPrint}>
          <BackLink to={`/sessions/${session.id}`}>The session</BackLink>
        </div>
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <Group wrap="nowrap" align="flex-start">
            {mentor && <MentorAvatar id={mentor.id} name={mentor.name} src={mentor.avatar} size={56} />}
            <Stack gap={4}>
              <Title order={1} size="h2" dir="auto">
                {mentor ? `Prepare for ${mentor.name}` : 'Prepare for your session'}
              </Title>
              <Text>
                {sessionTime(session)} · {sessionFormatLabels[session.format]} · {session.durationMinutes} min
              </Text>
            </Stack>
          </Group>
          <Group gap="xs" wrap="nowrap" className={classes.noPrint}>
            <Button
              variant="default"
              leftSection={<IconEdit size={16} />}
              component={Link}
              to={`/sessions/${session.id}?edit=1`}
            >
              Edit agenda
            </Button>
            <Button leftSection={<IconPrinter size={16} />} onClick={() => window.print()}>
              Print
            </Button>
          </Group>
        </Group>
        <BriefBody brief={brief.data} />
      </Stack>
    </Page>
  )
}
