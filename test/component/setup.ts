import { notifications } from '@mantine/notifications'
import { cleanup, configure } from '@testing-library/react'
import { afterEach } from 'vitest'

// happy-dom has no FontFaceSet; Mantine's autosizing textarea listens on document.fonts.
if (!document.fonts) {
  Object.defineProperty(document, 'fonts', { value: Object.assign(new EventTarget(), { ready: Promise.resolve() }) })
}

// Unit and component tests run side by side on a two-core machine: a page that loads on first visit (and its
// data) can take longer than Testing Library's default second to appear. Waiting longer never lets a wrong
// screen pass; it only stops a slow machine from failing a right one.
configure({ asyncUtilTimeout: 5_000 })

afterEach(() => {
  cleanup()
  // Mantine keeps notifications in a module-level store; one test's toasts must not leak into the next.
  notifications.clean()
  notifications.cleanQueue()
})
