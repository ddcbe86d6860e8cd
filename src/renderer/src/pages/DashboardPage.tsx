import { Button, Card, Group, SimpleGrid, Stack, Text, ThemeIcon, Title } from '@mantine/core'
import { IconArrowRight, IconUserPlus, IconUsers, IconUserCheck } from '@tabler/icons-react'
import { Link } from 'react-router'
import { Page } from '../components/Page'
import { useApiQuery } from '../lib/api'

function greeting(hour: number): string {
  if (hour < 12) return 'Good morning'
  if (hour < 18) return 'Good afternoon'
  return 'Good evening'
}

function Stat({ label, value, icon }: { label: string; value: number; icon: React.ReactNode }) {
  return (
    <Card withBorder radius="md" padding="lg">
      <Group justify="space-between">
        <Stack gap={0}>
          <Text size="xs" tt="uppercase" fw={600} c="dimmed">
            {label}
          </Text>
          <Text fz={28} fw={700}>
            {value}
          </Text>
        </Stack>
        <ThemeIcon variant="light" size={42} radius="md">
          {icon}
        </ThemeIcon>
      </Group>
    </Card>
  )
}

/** Home: a greeting, the roster at a glance, and the next step for a new user. */
export function DashboardPage() {
  const profile = useApiQuery(['profile'], (api) => api.profile.get())
  const mentors = useApiQuery(['mentors', 'list'], (api) => api.mentors.list({}))
  const all = mentors.data ?? []
  const active = all.filter((m) => m.stage === 'active').length
  const name = profile.data?.name

  return (
    <Page>
      <Title order={1} size="h2" mb={4}>
        {greeting(new Date().getHours())}
        {name ? `, ${name}` : ''}
      </Title>
      <Text c="dimmed" mb="xl">
        Here is where your mentoring stands.
      </Text>
      {!mentors.isSuccess ? null : all.length === 0 ? (
        <Card withBorder radius="md" padding="xl">
          <Group justify="space-between" wrap="nowrap">
            <Stack gap={4}>
              <Title order={2} size="h4">
                Start with the people who guide you
              </Title>
              <Text size="sm" c="dimmed">
                Add a mentor, then keep notes on what you learn from them.
              </Text>
            </Stack>
            <Button component={Link} to="/mentors?new=1" leftSection={<IconUserPlus size={16} />}>
              Add your first mentor
            </Button>
          </Group>
        </Card>
      ) : (
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <Stat label="Mentors" value={all.length} icon={<IconUsers size={22} />} />
          <Stat label="Active" value={active} icon={<IconUserCheck size={22} />} />
          <Button
            component={Link}
            to="/mentors"
            variant="subtle"
            rightSection={<IconArrowRight size={16} />}
            justify="flex-start"
          >
            See all mentors
          </Button>
        </SimpleGrid>
      )}
    </Page>
  )
}
