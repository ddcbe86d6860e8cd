import { Anchor, Card, EmptyState, Group, Stack, Text, ThemeIcon, Title } from '@mantine/core'
import { IconArrowRight } from '@tabler/icons-react'
import type { ReactNode } from 'react'
import { useId } from 'react'
import { Link } from 'react-router'
import classes from './Dashboard.module.css'

interface Props {
  title: string
  icon: ReactNode
  /** The section's numbers in words, e.g. "5 open · 2 overdue". */
  summary?: ReactNode
  /** The full page this section previews. */
  link: { to: string; label: string }
  children: ReactNode
}

/** One card of the dashboard: a titled region with its numbers, its content and a link to its page. */
export function DashboardSection({ title, icon, summary, link, children }: Props) {
  const id = useId()
  return (
    <Card withBorder radius="lg" padding="lg" component="section" aria-labelledby={id} className={classes.section}>
      <Group justify="space-between" align="flex-start" wrap="nowrap" mb="md" gap="sm">
        <Group gap="sm" wrap="nowrap" align="flex-start">
          <ThemeIcon variant="light" size={34} radius="md" aria-hidden>
            {icon}
          </ThemeIcon>
          <Stack gap={0}>
            <Title order={2} size="h4" id={id}>
              {title}
            </Title>
            {summary !== undefined && (
              <Text size="sm" c="dimmed" data-summary>
                {summary}
              </Text>
            )}
          </Stack>
        </Group>
        <Anchor component={Link} to={link.to} size="sm" className={classes.more}>
          {link.label}
          <IconArrowRight size={14} aria-hidden />
        </Anchor>
      </Group>
      {children}
    </Card>
  )
}

/** What a section says when it has nothing to show, with the next step when there is one. */
export function SectionEmpty({
  icon,
  title,
  description,
  children,
}: {
  icon: ReactNode
  title: string
  description: string
  children?: ReactNode
}) {
  return (
    <EmptyState size="xs" variant="light" icon={icon} title={title} description={description}>
      {children && <EmptyState.Actions>{children}</EmptyState.Actions>}
    </EmptyState>
  )
}

/** Under a list cut short: how many more there are, linking to the page that lists them all. */
export function MoreLink({ hidden, to, what }: { hidden: number; to: string; what: [one: string, many: string] }) {
  if (hidden <= 0) return null
  return (
    <Anchor component={Link} to={to} size="sm" mt="sm" className={classes.more}>
      {hidden} more {hidden === 1 ? what[0] : what[1]}
      <IconArrowRight size={14} aria-hidden />
    </Anchor>
  )
}
