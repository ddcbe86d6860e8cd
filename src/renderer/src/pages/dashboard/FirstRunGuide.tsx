import { Button, Card, Divider, Group, Stack, Text, ThemeIcon, Title } from '@mantine/core'
import { IconCheck, IconDatabaseImport, IconPencilPlus, IconSettings, IconUserPlus } from '@tabler/icons-react'
import type { ReactNode } from 'react'
import { Link } from 'react-router'
import { useSessionDialog } from '../sessions/SessionDialog'
import type { firstRunSteps } from './dashboard-view'
import classes from './Dashboard.module.css'

interface StepProps {
  number: number
  done: boolean
  title: string
  description: string
  action: ReactNode
}

/** One step of the guide: its number (or a tick once done), what to do, and the button that does it. */
function Step({ number, done, title, description, action }: StepProps) {
  return (
    <li
      className={classes.step}
      data-done={done || undefined}
      aria-label={`${title}: ${done ? 'done' : 'not done yet'}`}
    >
      <ThemeIcon size={32} radius="xl" variant={done ? 'filled' : 'light'} color={done ? 'teal' : 'gray'} aria-hidden>
        {done ? <IconCheck size={18} /> : <Text fw={700}>{number}</Text>}
      </ThemeIcon>
      <div className={classes.grow}>
        <Text fw={600} td={done ? 'line-through' : undefined} c={done ? 'dimmed' : undefined}>
          {title}
        </Text>
        <Text size="sm" c="dimmed">
          {description}
        </Text>
      </div>
      {action}
    </li>
  )
}

/** The first-run guide: three steps to a useful dashboard, or sample data to look around first. */
export function FirstRunGuide({
  steps,
  canLoadSample,
  loadingSample,
  onLoadSample,
}: {
  steps: ReturnType<typeof firstRunSteps>
  canLoadSample: boolean
  loadingSample: boolean
  onLoadSample: () => void
}) {
  const openSession = useSessionDialog()
  return (
    <Card withBorder radius="lg" padding="xl" component="section" aria-labelledby="first-run-title">
      <Title order={2} size="h3" id="first-run-title">
        Get started in three steps
      </Title>
      <Text c="dimmed" size="sm" mb="lg">
        Mentor Tracker keeps your mentors, your sessions with them and what you promised, all in one file on this
        computer.
      </Text>
      <Stack component="ol" gap="sm" p={0} m={0} style={{ listStyle: 'none' }}>
        <Step
          number={1}
          done={steps.name}
          title="Set your name"
          description="So the app greets you, and your exports carry it."
          action={
            <Button component={Link} to="/settings" variant="default" leftSection={<IconSettings size={16} />}>
              Open settings
            </Button>
          }
        />
        <Step
          number={2}
          done={steps.mentor}
          title="Add your first mentor"
          description="Someone who guides you, or could: a manager, a former teacher, someone you admire."
          action={
            <Button
              component={Link}
              to="/mentors?new=1"
              variant={steps.mentor ? 'default' : 'filled'}
              leftSection={<IconUserPlus size={16} />}
            >
              Add a mentor
            </Button>
          }
        />
        <Step
          number={3}
          done={steps.session}
          title="Log your first session"
          description={
            steps.mentor
              ? 'What you talked about, what worked, and what to do next.'
              : 'Once you have added a mentor: what you talked about, and what to do next.'
          }
          action={
            <Button
              variant={steps.mentor && !steps.session ? 'filled' : 'default'}
              leftSection={<IconPencilPlus size={16} />}
              disabled={!steps.mentor}
              onClick={() => openSession({ mode: 'log' })}
            >
              Log a session
            </Button>
          }
        />
      </Stack>
      {canLoadSample && (
        <>
          <Divider my="lg" label="Or just look around" labelPosition="center" />
          <Group justify="space-between" wrap="nowrap" gap="md">
            <Text size="sm" c="dimmed">
              Load five made-up mentors with a few months of sessions, action items and goals. You can remove them again
              in one step; anything of your own stays.
            </Text>
            <Button
              variant="light"
              leftSection={<IconDatabaseImport size={16} />}
              loading={loadingSample}
              onClick={onLoadSample}
              style={{ flex: 'none' }}
            >
              Load sample data
            </Button>
          </Group>
        </>
      )}
    </Card>
  )
}
