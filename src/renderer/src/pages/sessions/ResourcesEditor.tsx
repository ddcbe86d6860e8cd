import { ActionIcon, Button, Group, Stack, Text, TextInput } from '@mantine/core'
import type { UseFormReturnType } from '@mantine/form'
import { IconPlus, IconX } from '@tabler/icons-react'
import type { SessionFormValues } from './session-form'

/** Links kept with the session: articles, talks, books the mentor pointed to. */
export function ResourcesEditor({ form }: { form: UseFormReturnType<SessionFormValues> }) {
  return (
    <Stack gap="xs">
      <Text size="sm" fw={500}>
        Resources
      </Text>
      {form.values.resources.map((_, index) => (
        <Group key={index} gap="xs" wrap="nowrap" align="flex-start">
          <TextInput
            w="35%"
            dir="auto"
            aria-label={`Resource ${index + 1} title`}
            placeholder="Title"
            {...form.getInputProps(`resources.${index}.title`)}
          />
          <TextInput
            style={{ flex: 1 }}
            aria-label={`Resource ${index + 1} link`}
            placeholder="https://…"
            {...form.getInputProps(`resources.${index}.url`)}
          />
          <ActionIcon
            mt={4}
            variant="subtle"
            color="gray"
            aria-label={`Remove resource ${index + 1}`}
            onClick={() => form.removeListItem('resources', index)}
          >
            <IconX size={16} />
          </ActionIcon>
        </Group>
      ))}
      <Group>
        <Button
          variant="subtle"
          size="compact-sm"
          leftSection={<IconPlus size={14} />}
          onClick={() => form.insertListItem('resources', { title: '', url: '' })}
        >
          Add a link
        </Button>
      </Group>
    </Stack>
  )
}
