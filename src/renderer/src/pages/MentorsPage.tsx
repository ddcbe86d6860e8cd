import { Badge, Button, Card, EmptyState, Group, Loader, Modal, SimpleGrid, Stack, Text } from '@mantine/core'
import { IconPlus, IconUsers } from '@tabler/icons-react'
import { useMemo } from 'react'
import { useSearchParams } from 'react-router'
import { mentorStageLabels } from '../../../shared/model'
import type { Mentor } from '../../../shared/model'
import { MentorAvatar } from '../components/MentorAvatar'
import { MentorForm } from '../components/MentorForm'
import { Page } from '../components/Page'
import { PageHeader } from '../components/PageHeader'
import { useApiQuery } from '../lib/api'

const stageColors: Record<Mentor['stage'], string> = {
  prospect: 'gray',
  'reached-out': 'blue',
  active: 'teal',
  paused: 'yellow',
  alumni: 'grape',
}

function MentorCard({ mentor }: { mentor: Mentor }) {
  const subtitle = [mentor.role, mentor.organization].filter(Boolean).join(' · ')
  return (
    <Card withBorder padding="md" radius="md" component="article" aria-label={mentor.name}>
      <Group wrap="nowrap" align="flex-start">
        <MentorAvatar id={mentor.id} name={mentor.name} src={mentor.avatar} size="lg" />
        <Stack gap={4} style={{ minWidth: 0 }}>
          <Text fw={600} truncate="end" dir="auto">
            {mentor.name}
          </Text>
          {subtitle && (
            <Text size="sm" c="dimmed" truncate="end">
              {subtitle}
            </Text>
          )}
          <Group gap={6} mt={4}>
            <Badge variant="light" color={stageColors[mentor.stage]} size="sm">
              {mentorStageLabels[mentor.stage]}
            </Badge>
            {mentor.expertise.slice(0, 3).map((tag) => (
              <Badge key={tag} variant="outline" color="gray" size="sm">
                {tag}
              </Badge>
            ))}
          </Group>
        </Stack>
      </Group>
    </Card>
  )
}

/** The roster: everyone who guides the user, and the way to add someone. */
export function MentorsPage() {
  const [params, setParams] = useSearchParams()
  const creating = params.get('new') === '1'
  const setCreating = (open: boolean) => setParams(open ? { new: '1' } : {}, { replace: true })
  const mentors = useApiQuery(['mentors', 'list'], (api) => api.mentors.list({}))
  const sorted = useMemo(() => {
    const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true })
    return [...(mentors.data ?? [])].sort((a, b) => collator.compare(a.name, b.name))
  }, [mentors.data])

  return (
    <Page>
      <PageHeader
        title="Mentors"
        description="The people who guide you, or could."
        actions={
          <Button leftSection={<IconPlus size={16} />} onClick={() => setCreating(true)}>
            Add mentor
          </Button>
        }
      />
      {mentors.isPending ? (
        <Group justify="center" py="xl">
          <Loader aria-label="Loading mentors" />
        </Group>
      ) : mentors.isError ? (
        <Text c="red">{mentors.error.message}</Text>
      ) : sorted.length === 0 ? (
        <EmptyState
          mt="xl"
          variant="light"
          icon={<IconUsers />}
          title="Add the people who guide you"
          description="Start with one mentor: a manager, a former teacher, someone you admire. You can add their background, notes and sessions afterwards."
        >
          <EmptyState.Actions>
            <Button leftSection={<IconPlus size={16} />} onClick={() => setCreating(true)}>
              Add your first mentor
            </Button>
          </EmptyState.Actions>
        </EmptyState>
      ) : (
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="md" role="list" aria-label="Mentors">
          {sorted.map((mentor) => (
            <div role="listitem" key={mentor.id}>
              <MentorCard mentor={mentor} />
            </div>
          ))}
        </SimpleGrid>
      )}
      <Modal opened={creating} onClose={() => setCreating(false)} title="Add a mentor" size="lg">
        <MentorForm onCreated={() => setCreating(false)} onCancel={() => setCreating(false)} />
      </Modal>
    </Page>
  )
}
