import { Container } from '@mantine/core'
import type { ReactNode } from 'react'

/** The content column every page sits in; `wide` for tables and boards. */
export function Page({ children, wide = false }: { children: ReactNode; wide?: boolean }) {
  return (
    <Container size={wide ? 'xl' : 'lg'} px="xl" py="xl">
      {children}
    </Container>
  )
}
