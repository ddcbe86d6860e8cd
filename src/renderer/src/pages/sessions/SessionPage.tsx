import { Page } from '../../components/Page'

/** One session: being built. */
export function SessionPage() {
  return <Page>Session</Page>
}
