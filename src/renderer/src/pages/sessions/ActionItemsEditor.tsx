import { Checkbox, Group, SegmentedControl, Text, TextInput } from '@mantine/core'
import type { UseFormReturnType } from '@mantine/form'
import { useRef } from 'react'
import type { SessionFormValues } from './session-form'
import { DateField } from '../../components/DateField'
import { ListField, RemoveRowButton } from '../../components/ListField'

/** The session's action items: what was promised, by whom, by when; done ones checked. */
export function ActionItemsEditor({ form }: { form: UseFormReturnType<SessionFormValues> }) {
  const items = form.values.actionItems
  // Keyboard users land in the field they just added, and back on "Add action item" after removing one.
  const focusNew = useRef<number | null>(null)
  const addButton = useRef<HTMLButtonElement>(null)
  return (
    <ListField
      label="Action items"
      addLabel="Add action item"
      addRef={addButton}
      onAdd={() => {
        focusNew.current = items.length
        form.insertListItem('actionItems', { title: '', owner: 'me', dueOn: null, done: false })
      }}
    >
      {items.length === 0 && (
        <Text size="sm" c="dimmed">
          What did you or your mentor promise to do?
        </Text>
      )}
      {items.map((item, index) => (
        <Group key={item.id ?? `new-${index}`} gap="xs" wrap="nowrap" align="flex-start">
          <Checkbox
            mt={8}
            aria-label={`Done: ${item.title || `action item ${index + 1}`}`}
            {...form.getInputProps(`actionItems.${index}.done`, { type: 'checkbox' })}
          />
          <TextInput
            style={{ flex: 1 }}
            dir="auto"
            aria-label={`Action item ${index + 1}`}
            placeholder="What needs doing"
            ref={(input) => {
              if (input && focusNew.current === index) {
                focusNew.current = null
                input.focus()
              }
            }}
            {...form.getInputProps(`actionItems.${index}.title`)}
          />
          <SegmentedControl
            aria-label={`Owner of action item ${index + 1}`}
            data={[
              { value: 'me', label: 'Me' },
              { value: 'mentor', label: 'Mentor' },
            ]}
            {...form.getInputProps(`actionItems.${index}.owner`)}
          />
          <DateField
            w={150}
            aria-label={`Due date of action item ${index + 1}`}
            placeholder="Due"
            clearable
            {...form.getInputProps(`actionItems.${index}.dueOn`)}
          />
          <RemoveRowButton
            mt={4}
            label={`Remove action item ${index + 1}`}
            onClick={() => {
              form.removeListItem('actionItems', index)
              addButton.current?.focus()
            }}
          />
        </Group>
      ))}
    </ListField>
  )
}
