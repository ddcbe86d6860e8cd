import { Group, Input, SegmentedControl, Select, SimpleGrid } from '@mantine/core'
import { DateField } from '../../components/DateField'

import { useForm } from '@mantine/form'
import { useMemo } from 'react'
import type { ActionItem, Mentor } from '../../../../shared/model'
import { ActionDraft } from '../../../../shared/requests/actions'
import { MentorAvatar } from '../../components/MentorAvatar'
import { validateWith } from '../../lib/form'
import { nameCollator } from '../../lib/name-collator'
import type { ActionOwner } from './action-groups'
import { rescheduleDates } from './action-groups'
import { DialogForm } from '../../components/DialogForm'
import { LeadField } from '../../components/TextFields'
import type { ModalFormProps } from '../../components/FormModal'
import { GoalsField } from '../goals/GoalsField'

/** What the form edits: the fields of an action item a person chooses. */
export interface ActionFormValues {
  title: string
  owner: ActionOwner
  mentorId: string | null
  dueOn: string | null
  /** The goals this item moves forward: done items count towards their progress. */
  goalIds: string[]
}

/** The form's starting values: the item being edited, or an empty one (for a mentor, when given). */
export function actionFormValues(item?: ActionItem, mentorId: string | null = null): ActionFormValues {
  return {
    title: item?.title ?? '',
    owner: item?.owner ?? 'me',
    mentorId: item ? item.mentorId : mentorId,
    dueOn: item?.dueOn ?? null,
    goalIds: item?.goalIds ?? [],
  }
}

const validate = validateWith<ActionFormValues>(ActionDraft)

const ownerOptions = [
  { value: 'me', label: 'Me' },
  { value: 'mentor', label: 'Mentor' },
]

interface Props extends ModalFormProps<ActionFormValues> {
  item?: ActionItem
  /** Everyone on the roster; archived mentors are offered only when the item already has one. */
  mentors: Mentor[]
  defaultMentorId: string | null
  today: string
}

/** What needs doing, who does it, for which mentor, by when; checked with core's own rules. */
export function ActionItemForm(props: Props) {
  const { item, mentors, today, onSubmit, onDirtyChange } = props
  const form = useForm<ActionFormValues>({
    mode: 'controlled',
    initialValues: actionFormValues(item, props.defaultMentorId),
    validate,
    onValuesChange: () => onDirtyChange(form.isDirty()),
  })
  const byId = useMemo(() => new Map(mentors.map((m) => [m.id, m])), [mentors])
  const mentorOptions = useMemo(() => {
    const collator = nameCollator()
    return mentors
      .filter((m) => !m.archivedAt || m.id === item?.mentorId)
      .sort((a, b) => collator.compare(a.name, b.name))
      .map((m) => ({ value: m.id, label: m.name }))
  }, [mentors, item?.mentorId])
  const { tomorrow, nextWeek } = rescheduleDates(today)

  return (
    <DialogForm onSubmit={form.onSubmit((values) => onSubmit(values, form))} actions={props}>
      <LeadField
        label="What needs doing"
        placeholder="e.g. Send the design doc for review"
        {...form.getInputProps('title')}
        // Checked on leaving once typed in: an untouched field stays calm until the user saves.
        onBlur={() => form.isDirty('title') && form.validateField('title')}
      />
      <Input.Wrapper label="Who does it" labelElement="div" error={form.errors.owner}>
        <SegmentedControl
          aria-label="Who does it"
          fullWidth
          data={ownerOptions}
          value={form.values.owner}
          onChange={(value) => form.setFieldValue('owner', value as ActionOwner)}
          mt={4}
        />
      </Input.Wrapper>
      <SimpleGrid cols={2}>
        <Select
          label="Mentor"
          placeholder="Choose a mentor"
          data={mentorOptions}
          searchable
          clearable
          clearButtonProps={{ 'aria-label': 'Clear mentor' }}
          nothingFoundMessage="No mentor by that name"
          renderOption={({ option }) => {
            const mentor = byId.get(option.value)
            return (
              <Group gap="xs" wrap="nowrap">
                {mentor && (
                  <span aria-hidden>
                    <MentorAvatar id={mentor.id} name={mentor.name} src={mentor.avatar} size={22} />
                  </span>
                )}
                <span>{option.label}</span>
              </Group>
            )
          }}
          {...form.getInputProps('mentorId')}
        />
        <DateField
          label="Due"
          placeholder="No due date"
          clearButtonProps={{ 'aria-label': 'Clear due date' }}
          highlightToday
          presets={[
            { value: today, label: 'Today' },
            { value: tomorrow, label: 'Tomorrow' },
            { value: nextWeek, label: 'Next week' },
          ]}
          {...form.getInputProps('dueOn')}
        />
      </SimpleGrid>
      {/* A goal no longer active stays offered while the item is linked to it. */}
      <GoalsField
        linked={item?.goalIds}
        placeholder="Which goals does this move forward?"
        emptyPlaceholder="No active goals yet"
        description="Done items count towards a goal's progress."
        nothingFoundMessage="No active goal by that name"
        {...form.getInputProps('goalIds')}
      />
    </DialogForm>
  )
}
