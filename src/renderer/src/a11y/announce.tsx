import { VisuallyHidden } from '@mantine/core'

const REGION_ID = 'app-announcer'

/** The one polite live region of the app; rendered once by the layout, spoken by `announce`. */
export function LiveAnnouncer() {
  return <VisuallyHidden id={REGION_ID} role="status" aria-live="polite" aria-atomic="true" data-testid="announcer" />
}

/** Says `message` to screen readers without moving focus (a change that shows no toast, e.g. a card moved). */
export function announce(message: string): void {
  const region = document.getElementById(REGION_ID)
  if (!region) return
  // Emptied first so the same sentence twice in a row is spoken twice.
  region.textContent = ''
  window.setTimeout(() => {
    region.textContent = message
  }, 50)
}
