// What a page shows instead of its content: while it loads, when its record is gone; and its way back.
import { Alert, Anchor, Group, Loader } from '@mantine/core'
import { IconArrowLeft } from '@tabler/icons-react'
import type { ReactNode } from 'react'
import { Link } from 'react-router'
import { Page } from './Page'

/** A page's content while it loads: a loader in the middle, named for screen readers ("Loading goals"). */
export function PageLoader({ label }: { label: string }) {
  return (
    <Group justify="center" py="xl">
      <Loader aria-label={label} />
    </Group>
  )
}

/** The page of a record that is not there (deleted, say): what is missing, why, and the way back to the list. */
export function NotFoundNotice({
  title,
  reason,
  back,
}: {
  title: string
  reason: string
  back: { to: string; label: string }
}) {
  return (
    <Page>
      <Alert color="gray" title={title}>
        {reason}{' '}
        <Anchor component={Link} to={back.to}>
          {back.label}
        </Anchor>
      </Alert>
    </Page>
  )
}

/** The small link above a record's page that leads back to its list: "← All mentors". */
export function BackLink({ to, children, mb }: { to: string; children: ReactNode; mb?: string }) {
  return (
    <Anchor component={Link} to={to} size="sm" c="dimmed">
      <Group gap={4} mb={mb}>
        <IconArrowLeft size={14} /> {children}
      </Group>
    </Anchor>
  )
}
