import { Page } from '../../components/Page'
import { PageHeader } from '../../components/PageHeader'

/** Development goals: being built. */
export function GoalsPage() {
  return (
    <Page>
      <PageHeader title="Goals" description="What your mentoring is for." />
    </Page>
  )
}
