import { Button, Group, Select, SimpleGrid, Stack, TextInput } from '@mantine/core'
import { schemaResolver, useForm } from '@mantine/form'
import { notifications } from '@mantine/notifications'
import { MentorDraft, mentorStageLabels, mentorStages } from '../../../shared/model'
import type { Mentor, MentorStage } from '../../../shared/model'
import { fieldErrors } from '../../../shared/result'
import { ApiError, useApiMutation } from '../lib/api'

interface Values {
  name: string
  role: string
  organization: string
  email: string
  stage: MentorStage
}

const stageOptions = mentorStages.map((value) => ({ value, label: mentorStageLabels[value] }))

/** Creates a mentor: the same schema checks each field as the user types and again in core. */
export function MentorForm({ onCreated, onCancel }: { onCreated: (mentor: Mentor) => void; onCancel: () => void }) {
  const form = useForm<Values>({
    mode: 'controlled',
    initialValues: { name: '', role: '', organization: '', email: '', stage: 'prospect' },
    validate: schemaResolver(MentorDraft, { sync: true }),
    validateInputOnBlur: true,
  })
  const create = useApiMutation((api, draft: Values) => api.mentors.create(draft))

  const submit = form.onSubmit(async (values) => {
    try {
      const mentor = await create.mutateAsync(values)
      notifications.show({ color: 'teal', title: 'Mentor added', message: `${mentor.name} is on your roster.` })
      onCreated(mentor)
    } catch (error) {
      if (error instanceof ApiError && error.error.code === 'invalid-input') form.setErrors(fieldErrors(error.error))
      else notifications.show({ color: 'red', title: 'Not saved', message: (error as Error).message })
    }
  })

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <TextInput dir="auto" label="Name" placeholder="Who guides you?" required data-autofocus {...form.getInputProps('name')} />
        <SimpleGrid cols={2}>
          <TextInput dir="auto" label="Role" placeholder="Staff engineer" {...form.getInputProps('role')} />
          <TextInput dir="auto" label="Organization" placeholder="Where they work" {...form.getInputProps('organization')} />
        </SimpleGrid>
        <TextInput label="Email" type="email" placeholder="name@example.com" {...form.getInputProps('email')} />
        <Select label="Stage" data={stageOptions} allowDeselect={false} {...form.getInputProps('stage')} />
        <Group justify="flex-end" mt="sm">
          <Button variant="default" onClick={onCancel}>
            Cancel
          </Button>
          <Button type="submit" loading={create.isPending}>
            Add mentor
          </Button>
        </Group>
      </Stack>
    </form>
  )
}
