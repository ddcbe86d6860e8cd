import { Menu } from '@mantine/core'
import type { MenuProps } from '@mantine/core'
import type { MouseEvent, ReactElement, ReactNode, Ref } from 'react'
import { cloneElement, useLayoutEffect, useRef, useState } from 'react'

interface Props extends Omit<MenuProps, 'opened' | 'onChange' | 'children'> {
  /** The button that opens the menu; it must accept onClick and a ref. */
  target: ReactElement<{ onClick?: (event: MouseEvent<HTMLElement>) => void; ref?: Ref<HTMLElement> }>
  children: ReactNode
}

/**
 * A menu whose machinery (popover, positioning) is created the first time it is opened, so a list
 * of hundreds of rows, each with menus, stays cheap to render and to scroll.
 */
export function LazyMenu({ target, children, ...menuProps }: Props) {
  const [opened, setOpened] = useState(false)
  const [used, setUsed] = useState(false)
  const targetRef = useRef<HTMLElement>(null)
  // The button is mounted anew with the menu's machinery: it keeps the focus it had, and gets it back on the
  // first close (Mantine's own focus return only knows the openings after the first).
  const [refocus, setRefocus] = useState(false)
  useLayoutEffect(() => {
    if (used && refocus) targetRef.current?.focus()
  }, [used, refocus])
  if (!used) {
    return cloneElement(target, {
      onClick: (event: MouseEvent<HTMLElement>) => {
        setRefocus(document.activeElement === event.currentTarget)
        setUsed(true)
        setOpened(true)
      },
    })
  }
  const change = (next: boolean) => {
    setOpened(next)
    if (!next && refocus) {
      setRefocus(false)
      targetRef.current?.focus()
    }
  }
  return (
    <Menu opened={opened} onChange={change} {...menuProps}>
      <Menu.Target>{cloneElement(target, { ref: targetRef })}</Menu.Target>
      <Menu.Dropdown>{children}</Menu.Dropdown>
    </Menu>
  )
}
