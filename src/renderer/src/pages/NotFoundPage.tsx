import { EmptyState } from '@mantine/core'
import { IconCompass } from '@tabler/icons-react'
import { useDocumentTitle } from '../a11y/document-title'
import { Page } from '../components/Page'

/** Any address the app does not know. */
export function NotFoundPage() {
  useDocumentTitle('Page not found')
  return (
    <Page>
      <EmptyState
        mt="xl"
        icon={<IconCompass />}
        title="Nothing here"
        description="This page does not exist. Pick a section on the left."
      />
    </Page>
  )
}
