import { Button } from '@mantine/core'
import type { ButtonProps } from '@mantine/core'
import type { Icon } from '@tabler/icons-react'
import type { ReactNode } from 'react'

/** A small button with an icon before its words: the secondary steps of panels, banners and dialogs. */
export function SmallButton({
  icon: ButtonIcon,
  ...props
}: { icon: Icon; children: ReactNode; onClick?: () => void } & ButtonProps) {
  return <Button size="xs" variant="default" leftSection={<ButtonIcon size={14} />} {...props} />
}
