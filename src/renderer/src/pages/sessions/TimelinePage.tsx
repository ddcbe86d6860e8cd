import { Page } from '../../components/Page'
import { PageHeader } from '../../components/PageHeader'

/** The session timeline: being built. */
export function TimelinePage() {
  return (
    <Page>
      <PageHeader title="Timeline" description="Every mentoring session, newest first." />
    </Page>
  )
}
