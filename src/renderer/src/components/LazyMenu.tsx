import { Menu } from '@mantine/core'
import type { MenuProps } from '@mantine/core'
import type { ReactElement, ReactNode } from 'react'
import { cloneElement, useState } from 'react'

interface Props extends Omit<MenuProps, 'opened' | 'onChange' | 'children'> {
  /** The button that opens the menu; it must accept onClick and a ref. */
  target: ReactElement<{ onClick?: () => void }>
  children: ReactNode
}

/**
 * A menu whose machinery (popover, positioning) is created the first time it is opened, so a list
 * of hundreds of rows, each with menus, stays cheap to render and to scroll.
 */
export function LazyMenu({ target, children, ...menuProps }: Props) {
  const [opened, setOpened] = useState(false)
  const [used, setUsed] = useState(false)
  if (!used) {
    return cloneElement(target, {
      onClick: () => {
        setUsed(true)
        setOpened(true)
      },
    })
  }
  return (
    <Menu opened={opened} onChange={setOpened} {...menuProps}>
      <Menu.Target>{target}</Menu.Target>
      <Menu.Dropdown>{children}</Menu.Dropdown>
    </Menu>
  )
}
