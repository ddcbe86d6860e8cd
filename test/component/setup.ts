import { notifications } from '@mantine/notifications'
import { cleanup } from '@testing-library/react'
import { afterEach } from 'vitest'

// happy-dom has no FontFaceSet; Mantine's autosizing textarea listens on document.fonts.
if (!document.fonts) {
  Object.defineProperty(document, 'fonts', { value: Object.assign(new EventTarget(), { ready: Promise.resolve() }) })
}

afterEach(() => {
  cleanup()
  // Mantine keeps notifications in a module-level store; one test's toasts must not leak into the next.
  notifications.clean()
  notifications.cleanQueue()
})
