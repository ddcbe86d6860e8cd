import type { CSSProperties } from 'react'

/** Where a virtualized list puts one row: across the list's width, `y` pixels from its top. */
export const virtualRowStyle = (y: number): CSSProperties => ({
  position: 'absolute',
  top: 0,
  left: 0,
  right: 0,
  transform: `translateY(${y}px)`,
})
