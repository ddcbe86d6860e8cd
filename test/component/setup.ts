import { notifications } from '@mantine/notifications'
import { cleanup } from '@testing-library/react'
import { afterEach } from 'vitest'

afterEach(() => {
  cleanup()
  // Mantine keeps notifications in a module-level store; one test's toasts must not leak into the next.
  notifications.clean()
  notifications.cleanQueue()
})
