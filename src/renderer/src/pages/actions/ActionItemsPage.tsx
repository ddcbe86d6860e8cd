import { Page } from '../../components/Page'
import { PageHeader } from '../../components/PageHeader'

/** Action items across mentors: being built. */
export function ActionItemsPage() {
  return (
    <Page>
      <PageHeader title="Action items" description="What you and your mentors promised." />
    </Page>
  )
}
