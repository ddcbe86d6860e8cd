import { EmptyState } from '@mantine/core'
import { IconCompass } from '@tabler/icons-react'
import { useDocumentTitle } from '../a11y/document-title'
import { Page } from '../components/Page'

/** Any address the app does not know. Its title is the page's one level-one heading. */
export function NotFoundPage() {
  useDocumentTitle('Page not found')
  return (
    <Page>
      <EmptyState mt="xl" icon={<IconCompass />}>
        <EmptyState.Title order={1}>Nothing here</EmptyState.Title>
        <EmptyState.Description>This page does not exist. Pick a section on the left.</EmptyState.Description>
      </EmptyState>
    </Page>
  )
}
