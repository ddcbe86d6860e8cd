import { useLayoutEffect } from 'react'

/** The control to give the focus back to: the opener while it is on the page, else the page's main region. */
function returnTarget(opener: HTMLElement | null): HTMLElement | null {
  if (opener?.isConnected) return opener
  return document.getElementById('main-content')
}

/**
 * Remembers what had the focus when a dialog opened and gives it back when it closes, also when the dialog
 * is mounted already open (Mantine's own focus return only sees openings after the first render).
 */
export function useFocusReturn(opened: boolean): void {
  useLayoutEffect(() => {
    if (!opened) return
    const active = document.activeElement
    const opener = active instanceof HTMLElement && active !== document.body ? active : null
    return () => {
      // After the dialog's own focus trap has let go; and never over a choice the user made since.
      window.setTimeout(() => {
        const now = document.activeElement
        if (now && now !== document.body && now.isConnected && !now.closest('[role="dialog"]')) return
        returnTarget(opener)?.focus()
      }, 0)
    }
  }, [opened])
}
