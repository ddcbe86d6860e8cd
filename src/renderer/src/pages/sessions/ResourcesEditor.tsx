import { Group, TextInput } from '@mantine/core'
import type { UseFormReturnType } from '@mantine/form'
import type { SessionFormValues } from './session-form'
import { ListField, RemoveRowButton } from '../../components/ListField'

/** Links kept with the session: articles, talks, books the mentor pointed to. */
export function ResourcesEditor({ form }: { form: UseFormReturnType<SessionFormValues> }) {
  return (
    <ListField
      label="Resources"
      addLabel="Add a link"
      onAdd={() => form.insertListItem('resources', { title: '', url: '' })}
    >
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
          <RemoveRowButton
            mt={4}
            label={`Remove resource ${index + 1}`}
            onClick={() => form.removeListItem('resources', index)}
          />
        </Group>
      ))}
    </ListField>
  )
}
