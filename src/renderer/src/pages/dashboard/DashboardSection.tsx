import { Anchor, Button, Card, EmptyState, Group, Stack, Text, ThemeIcon, Title } from '@mantine/core'
import type { Icon } from '@tabler/icons-react'
import { IconArrowRight } from '@tabler/icons-react'
import type { ReactNode } from 'react'
import { Fragment, useId } from 'react'
import { Link } from 'react-router'
import { SECTION_ROWS } from './dashboard-view'
import classes from './Dashboard.module.css'

/** The next step an empty section offers: a page to open, or something to do here. */
export type SectionAction = { label: string; icon: Icon } & ({ to: string } | { onClick: () => void })

/** What a section says when it has nothing to show. */
export interface SectionEmptyState {
  title: string
  description: string
  action?: SectionAction
}

interface Props {
  title: string
  icon: Icon
  /** The section's numbers in words, e.g. "5 open · 2 overdue". */
  summary?: ReactNode
  /** The full page this section previews. */
  link: { to: string; label: string }
  /** Shown instead of the content when there is nothing to show. */
  empty?: SectionEmptyState | false
  children: ReactNode
}

/** One card of the dashboard: a titled region with its numbers, its content (or what it says when empty) and a link to its page. */
export function DashboardSection({ title, icon: SectionIcon, summary, link, empty, children }: Props) {
  const id = useId()
  return (
    <Card withBorder radius="lg" padding="lg" component="section" aria-labelledby={id} className={classes.section}>
      <Group justify="space-between" align="flex-start" wrap="nowrap" mb="md" gap="sm">
        <Group gap="sm" wrap="nowrap" align="flex-start">
          <ThemeIcon variant="light" size={34} radius="md" aria-hidden>
            <SectionIcon size={20} />
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
      {empty ? <SectionEmpty icon={SectionIcon} {...empty} /> : children}
    </Card>
  )
}

/** What a section says when it has nothing to show, with the next step when there is one. */
function SectionEmpty({ icon: EmptyIcon, title, description, action }: SectionEmptyState & { icon: Icon }) {
  return (
    <EmptyState size="xs" variant="light" icon={<EmptyIcon />} title={title} description={description}>
      {action && (
        <EmptyState.Actions>
          {'to' in action ? (
            <Button component={Link} to={action.to} variant="light" leftSection={<action.icon size={16} />}>
              {action.label}
            </Button>
          ) : (
            <Button variant="light" leftSection={<action.icon size={16} />} onClick={action.onClick}>
              {action.label}
            </Button>
          )}
        </EmptyState.Actions>
      )}
    </EmptyState>
  )
}

/**
 * A section's rows as a list; with `more`, only the first few, then how many more there are, linking to the
 * page that lists them all.
 */
export function SectionList<T>({
  label,
  items,
  more,
  children,
}: {
  label: string
  items: readonly T[]
  more?: { to: string; what: [one: string, many: string] }
  children: (item: T) => ReactNode
}) {
  const hidden = more ? items.length - SECTION_ROWS : 0
  return (
    <>
      <div role="list" aria-label={label}>
        {(more ? items.slice(0, SECTION_ROWS) : items).map(children)}
      </div>
      {more && hidden > 0 && (
        <Anchor component={Link} to={more.to} size="sm" mt="sm" className={classes.more}>
          {hidden} more {hidden === 1 ? more.what[0] : more.what[1]}
          <IconArrowRight size={14} aria-hidden />
        </Anchor>
      )}
    </>
  )
}

/** A number the reader should notice in a summary: "2 overdue" in red. */
export function Flag({ color, children }: { color: string; children: ReactNode }) {
  return (
    <Text span inherit c={color} fw={600}>
      {children}
    </Text>
  )
}

/** The parts of a summary with " · " between them; parts that are false are left out. */
export function Dotted({ parts }: { parts: ReadonlyArray<ReactNode | false> }) {
  const shown = parts.filter((part) => part !== false)
  return shown.map((part, index) => (
    <Fragment key={index}>
      {index > 0 && ' · '}
      {part}
    </Fragment>
  ))
}
