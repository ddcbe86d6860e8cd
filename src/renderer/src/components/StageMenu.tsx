import { ActionIcon, Badge, Menu, UnstyledButton } from '@mantine/core'
import { IconArrowsExchange, IconCheck, IconChevronDown } from '@tabler/icons-react'
import { mentorStageLabels, mentorStages } from '../../../shared/model'
import type { Mentor, MentorStage } from '../../../shared/model'
import { announce } from '../a11y/announce'
import { refocusWhenLost } from '../a11y/focus-next'
import { LazyMenu } from './LazyMenu'
import { notifications } from '@mantine/notifications'
import { send } from '../data/api'
import { useChange } from '../data/queries'
import { useWrapUpDialog } from './wrap-up-offer'

export const stageColors: Record<MentorStage, string> = {
  prospect: 'gray',
  'reached-out': 'blue',
  active: 'teal',
  paused: 'yellow',
  alumni: 'grape',
}

/** Moves a mentor to another stage: one call, from the list, the board or the mentor page. To Alumni offers the wrap-up first. */
export function useSetStage() {
  const wrapUp = useWrapUpDialog()
  const update = useChange(({ id, stage }: { id: string; stage: MentorStage }) =>
    send('mentors:update', { id, changes: { stage } }),
  )
  return (mentor: Mentor, stage: MentorStage) => {
    if (stage === mentor.stage) return
    if (stage === 'alumni' && wrapUp) return wrapUp.offer(mentor)
    update.mutate(
      { id: mentor.id, stage },
      {
        onSuccess: () => announce(`${mentor.name} moved to ${mentorStageLabels[stage]}.`),
        onError: (error) => notifications.show({ color: 'red', title: 'Stage not changed', message: error.message }),
      },
    )
  }
}

/** The stage as a badge that opens a menu of stages. */
export function StageMenu({
  mentor,
  size = 'sm',
  compact = false,
}: {
  mentor: Mentor
  size?: 'sm' | 'md' | 'lg'
  /** A small icon button instead of the badge, where the stage is shown otherwise (a board column). */
  compact?: boolean
}) {
  const setStage = useSetStage()
  const label = `Stage: ${mentorStageLabels[mentor.stage]}. Change stage of ${mentor.name}`
  return (
    <LazyMenu
      position="bottom-start"
      target={
        compact ? (
          <ActionIcon variant="subtle" color="gray" size="sm" aria-label={label} data-stage-menu={mentor.id}>
            <IconArrowsExchange size={14} />
          </ActionIcon>
        ) : (
          <UnstyledButton aria-label={label} data-stage-menu={mentor.id}>
            <Badge
              variant="light"
              color={stageColors[mentor.stage]}
              size={size}
              rightSection={<IconChevronDown size={12} />}
            >
              {mentorStageLabels[mentor.stage]}
            </Badge>
          </UnstyledButton>
        )
      }
    >
      <Menu.Label>Move to stage</Menu.Label>
      {mentorStages.map((stage) => (
        <Menu.Item
          key={stage}
          onClick={() => {
            // On the board the card moves to another column: the focus follows it there.
            refocusWhenLost(() => document.querySelector<HTMLElement>(`[data-stage-menu="${mentor.id}"]`))
            setStage(mentor, stage)
          }}
          leftSection={stage === mentor.stage ? <IconCheck size={14} /> : <span style={{ width: 14 }} />}
        >
          {mentorStageLabels[stage]}
        </Menu.Item>
      ))}
    </LazyMenu>
  )
}
