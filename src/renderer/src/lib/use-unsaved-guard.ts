import { modals } from '@mantine/modals'
import { useEffect } from 'react'
import { useBlocker } from 'react-router'

/** Asks before discarding unsaved changes; resolves true when the user chooses to leave. */
export function confirmDiscard(what = 'your changes'): Promise<boolean> {
  return new Promise((resolve) => {
    modals.openConfirmModal({
      title: 'Discard unsaved changes?',
      children: `You have not saved ${what}. If you leave now, they are lost.`,
      labels: { confirm: 'Discard', cancel: 'Keep editing' },
      confirmProps: { color: 'red' },
      onConfirm: () => resolve(true),
      onCancel: () => resolve(false),
    })
  })
}

/** While `dirty`, leaving the page (another route, or closing the window) asks first. Changes of the page's own search parameters (closing its dialog) pass. */
export function useUnsavedGuard(dirty: boolean, what?: string): void {
  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) => dirty && currentLocation.pathname !== nextLocation.pathname,
  )
  useEffect(() => {
    if (blocker.state !== 'blocked') return
    void confirmDiscard(what).then((leave) => (leave ? blocker.proceed() : blocker.reset()))
  }, [blocker, what])
  useEffect(() => {
    if (!dirty) return
    // The browser (or Electron's will-prevent-unload handler) asks before closing the window.
    const onBeforeUnload = (event: BeforeUnloadEvent) => event.preventDefault()
    window.addEventListener('beforeunload', onBeforeUnload)
    return () => window.removeEventListener('beforeunload', onBeforeUnload)
  }, [dirty])
}
