import { Container } from '@mantine/core'
import type { ReactNode } from 'react'

/** The content column every page sits in. */
export function Page({ children }: { children: ReactNode }) {
  return (
    <Container size="lg" px="xl" py="xl">
      {children}
    </Container>
  )
}
