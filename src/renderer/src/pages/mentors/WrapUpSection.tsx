import { Button, Card, Group, Stack, Text, Title } from '@mantine/core'
import { IconPencil } from '@tabler/icons-react'
import type { Goal, Mentor, WrapUp } from '../../../../shared/model'
import { useWrapUpDialog } from '../../components/wrap-up-offer'
import { useGoals, useRead } from '../../data/queries'
import { ThankYouActions } from './ThankYouField'

/** A labelled piece of the wrap-up, or nothing when it was left empty. */
function Part({ label, text }: { label: string; text: string }) {
  if (text.trim() === '') return null
  return (
    <div>
      <Text size="sm" fw={600}>
        {label}
      </Text>
      <Text size="sm" dir="auto" style={{ whiteSpace: 'pre-wrap' }}>
        {text}
      </Text>
    </div>
  )
}

function Ratings({ wrapUp, goals }: { wrapUp: WrapUp; goals: readonly Goal[] }) {
  const titles = new Map(goals.map((g) => [g.id, g.title]))
  const rated = wrapUp.goalRatings.filter((r) => titles.has(r.goalId))
  if (rated.length === 0) return null
  return (
    <div>
      <Text size="sm" fw={600}>
        Goals
      </Text>
      <ul style={{ margin: 0, paddingInlineStart: '1.25rem' }}>
        {rated.map((r) => (
          <li key={r.goalId}>
            <Text size="sm" dir="auto">
              {titles.get(r.goalId)}: {r.rating} of 5
            </Text>
          </li>
        ))}
      </ul>
    </div>
  )
}

/** The wrap-up on the mentor's page, read-only with Edit; for an alumnus without one, a way to write it. */
export function WrapUpSection({ mentor }: { mentor: Mentor }) {
  const wrapUp = useRead('wrapUps:get', { mentorId: mentor.id })
  const goals = useGoals()
  const dialog = useWrapUpDialog()
  if (!wrapUp.data && mentor.stage !== 'alumni') return null
  if (wrapUp.isPending) return null
  const headingId = `wrap-up-${mentor.id}`
  return (
    <Card withBorder radius="md" padding="md" component="section" aria-labelledby={headingId}>
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={2} size="h4" id={headingId}>
            Wrap-up
          </Title>
          {dialog && (
            <Button
              size="xs"
              variant="default"
              leftSection={<IconPencil size={14} />}
              onClick={() => dialog.edit(mentor)}
              aria-label={wrapUp.data ? 'Edit wrap-up' : 'Write a wrap-up'}
            >
              {wrapUp.data ? 'Edit' : 'Write a wrap-up'}
            </Button>
          )}
        </Group>
        {wrapUp.data ? (
          <>
            <Text size="xs" c="dimmed">
              Private to you, except the thank-you.
            </Text>
            <Part label="What I learned" text={wrapUp.data.learned} />
            <Part label="What I will carry on" text={wrapUp.data.carryOn} />
            <Part label="What I would do differently" text={wrapUp.data.differently} />
            <Ratings wrapUp={wrapUp.data} goals={(goals.data ?? []).map((v) => v.goal)} />
            <Part label="Thank-you message" text={wrapUp.data.thankYou} />
            {wrapUp.data.thankYou.trim() !== '' && <ThankYouActions mentor={mentor} text={wrapUp.data.thankYou} />}
          </>
        ) : (
          <Text size="sm" c="dimmed">
            {mentor.name} moved to Alumni without a wrap-up. Look back on what you learned, and thank them.
          </Text>
        )}
      </Stack>
    </Card>
  )
}
