import { EmptyState } from '@mantine/core'
import { IconCompass, IconTarget, IconTimeline } from '@tabler/icons-react'
import { Page } from '../components/Page'
import { PageHeader } from '../components/PageHeader'

/** The session timeline; empty until sessions are logged. */
export function TimelinePage() {
  return (
    <Page>
      <PageHeader title="Timeline" description="Every mentoring session, newest first." />
      <EmptyState
        mt="xl"
        variant="light"
        icon={<IconTimeline />}
        title="No sessions yet"
        description="Sessions you log with your mentors will appear here, grouped by month."
      />
    </Page>
  )
}

/** Development goals; empty until goals are added. */
export function GoalsPage() {
  return (
    <Page>
      <PageHeader title="Goals" description="What your mentoring is for." />
      <EmptyState
        mt="xl"
        variant="light"
        icon={<IconTarget />}
        title="No goals yet"
        description="Goals you set will appear here with their progress and the mentors helping with them."
      />
    </Page>
  )
}

/** Any address the app does not know. */
export function NotFoundPage() {
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
