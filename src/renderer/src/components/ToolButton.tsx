import { ActionIcon, Tooltip } from '@mantine/core'
import type { MantineSize } from '@mantine/core'
import type { Icon } from '@tabler/icons-react'

/** An icon button with a tooltip saying what it does; `label` names it for screen readers, often more fully. */
export function ToolButton({
  tip,
  label,
  icon: ButtonIcon,
  iconSize = 16,
  color = 'gray',
  size,
  onClick,
}: {
  tip: string
  label: string
  icon: Icon
  iconSize?: number
  color?: string
  size?: MantineSize
  onClick: () => void
}) {
  return (
    <Tooltip label={tip}>
      <ActionIcon variant="subtle" color={color} size={size} aria-label={label} onClick={onClick}>
        <ButtonIcon size={iconSize} />
      </ActionIcon>
    </Tooltip>
  )
}
