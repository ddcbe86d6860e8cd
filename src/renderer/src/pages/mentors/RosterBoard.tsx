import { Badge, Card, Group, Stack, Text } from '@mantine/core'
import { memo, useState } from 'react'
import { Link } from 'react-router'
import { mentorStageLabels, mentorStages } from '../../../../shared/model'
import type { MentorStage } from '../../../../shared/model'
import type { RosterEntry } from '../../../../shared/requests/mentors'
import { MentorAvatar } from '../../components/MentorAvatar'
import { StageMenu, stageColors, useSetStage } from '../../components/StageMenu'
import classes from './Roster.module.css'

const DRAG_TYPE = 'application/x-mentor-id'

/** A mentor's card on the board; memoized so a drag or a stage change re-renders only the cards that change. */
const BoardCard = memo(function BoardCard({ entry }: { entry: RosterEntry }) {
  const { mentor } = entry
  return (
    <Card
      withBorder
      padding="xs"
      radius="md"
      className={classes.card}
      draggable
      onDragStart={(event) => {
        event.dataTransfer.setData(DRAG_TYPE, mentor.id)
        event.dataTransfer.effectAllowed = 'move'
      }}
      role="listitem"
      aria-label={mentor.name}
    >
      {/* The name gets the card's whole width beside the avatar: the move button sits on the organization's line. */}
      <Group gap={8} wrap="nowrap" align="flex-start">
        <MentorAvatar id={mentor.id} name={mentor.name} src={mentor.avatar} size="sm" />
        <Stack gap={2} style={{ minWidth: 0, flex: 1 }}>
          <Text
            component={Link}
            to={`/mentors/${mentor.id}`}
            size="sm"
            fw={600}
            lh={1.3}
            c="var(--mantine-color-text)"
            lineClamp={2}
            dir="auto"
            draggable={false}
            title={mentor.name}
            className={classes.cardName}
          >
            {mentor.name}
          </Text>
          <Group gap={4} wrap="nowrap" justify="space-between">
            <Text size="xs" c="dimmed" truncate="end" dir="auto" style={{ minWidth: 0, flex: 1 }}>
              {mentor.organization}
            </Text>
            <StageMenu mentor={mentor} compact />
          </Group>
        </Stack>
      </Group>
    </Card>
  )
})

/** One column per stage; drag a card to move it, or use its stage menu from the keyboard. */
export function RosterBoard({ entries }: { entries: RosterEntry[] }) {
  const setStage = useSetStage()
  const [target, setTarget] = useState<MentorStage | null>(null)
  return (
    <div className={classes.board}>
      {mentorStages.map((stage) => {
        const cards = entries.filter((e) => e.mentor.stage === stage)
        return (
          <section
            key={stage}
            aria-label={mentorStageLabels[stage]}
            className={classes.column}
            data-drop-target={target === stage || undefined}
            onDragOver={(event) => {
              if (!event.dataTransfer.types.includes(DRAG_TYPE)) return
              event.preventDefault()
              event.dataTransfer.dropEffect = 'move'
              setTarget(stage)
            }}
            onDragLeave={() => setTarget((current) => (current === stage ? null : current))}
            onDrop={(event) => {
              event.preventDefault()
              setTarget(null)
              const entry = entries.find((e) => e.mentor.id === event.dataTransfer.getData(DRAG_TYPE))
              if (entry) setStage(entry.mentor, stage)
            }}
          >
            <Group justify="space-between" px={4} pb="xs">
              <Text fw={600} size="sm">
                {mentorStageLabels[stage]}
              </Text>
              <Badge size="sm" variant="light" color={stageColors[stage]} aria-label={`${cards.length} mentors`}>
                {cards.length}
              </Badge>
            </Group>
            <Stack gap="xs" role="list" aria-label={`${mentorStageLabels[stage]} mentors`}>
              {cards.map((entry) => (
                <BoardCard key={entry.mentor.id} entry={entry} />
              ))}
            </Stack>
          </section>
        )
      })}
    </div>
  )
}
