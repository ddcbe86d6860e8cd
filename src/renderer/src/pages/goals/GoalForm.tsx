import { Group, MultiSelect, Select, SimpleGrid, Slider, Stack, Switch, Text } from '@mantine/core'
import { useForm } from '@mantine/form'
import { useMemo } from 'react'
import { goalStatuses, mentorStageLabels } from '../../../../shared/model'
import type { Goal, Mentor } from '../../../../shared/model'
import { GoalDraft } from '../../../../shared/requests/goals'
import { DateField } from '../../components/DateField'
import { MentorAvatar } from '../../components/MentorAvatar'
import { validateWith } from '../../lib/form'
import { nameCollator } from '../../lib/name-collator'
import type { GoalFormValues } from './goal-form'
import { goalFormValues, toGoalDraft } from './goal-form'
import { goalStatusLabels } from './goal-view'
import { DialogForm } from '../../components/DialogForm'
import { GrowingTextarea, LeadField } from '../../components/TextFields'
import type { ModalFormProps } from '../../components/FormModal'

const validate = validateWith<GoalFormValues>(GoalDraft, toGoalDraft)
const statusOptions = goalStatuses.map((value) => ({ value, label: goalStatusLabels[value] }))

/** The mentors to choose from: everyone on the roster, plus archived ones this goal already names. */
function mentorOptions(mentors: readonly Mentor[], linked: readonly string[]) {
  const collator = nameCollator()
  return mentors
    .filter((m) => m.archivedAt === null || linked.includes(m.id))
    .sort((a, b) => collator.compare(a.name, b.name))
    .map((m) => ({ value: m.id, label: m.archivedAt ? `${m.name} (archived)` : m.name }))
}

interface Props extends ModalFormProps<GoalFormValues> {
  goal?: Goal
  /** The share of linked action items done, where the slider starts when switched on. */
  derivedProgress?: number | null
  mentors: readonly Mentor[]
}

/** A goal's title, why it matters, target, status, mentors and progress, checked with core's rules. */
export function GoalForm(props: Props) {
  const { goal, derivedProgress, mentors, onSubmit, onDirtyChange } = props
  const form = useForm<GoalFormValues>({
    mode: 'controlled',
    initialValues: goalFormValues(goal, derivedProgress),
    validate,
    validateInputOnBlur: ['title', 'why'],
    onValuesChange: () => onDirtyChange(form.isDirty()),
  })
  const byId = useMemo(() => new Map(mentors.map((m) => [m.id, m])), [mentors])
  const options = useMemo(() => mentorOptions(mentors, goal?.mentorIds ?? []), [mentors, goal])
  const derived =
    derivedProgress === null || derivedProgress === undefined
      ? 'No action items are linked yet, so there is nothing to count.'
      : `From its action items it would be ${derivedProgress}%.`

  return (
    <DialogForm onSubmit={form.onSubmit((values) => onSubmit(values, form))} actions={props}>
      <LeadField label="Goal" placeholder="e.g. Lead a cross-team project" {...form.getInputProps('title')} />
      <GrowingTextarea
        label="Why it matters"
        description="A sentence for the days when it feels far away."
        {...form.getInputProps('why')}
      />
      <SimpleGrid cols={2}>
        <DateField label="Target date" placeholder="No target date" {...form.getInputProps('targetOn')} />
        <Select label="Status" data={statusOptions} allowDeselect={false} {...form.getInputProps('status')} />
      </SimpleGrid>
      <MultiSelect
        label="Mentors helping"
        description="Only mentors in the Active stage count as covering this goal."
        placeholder={form.values.mentorIds.length ? undefined : 'Choose mentors'}
        data={options}
        searchable
        clearable
        nothingFoundMessage={options.length > 0 ? 'No mentor by that name' : 'Add mentors on the Mentors page first'}
        renderOption={({ option }) => {
          const mentor = byId.get(option.value)
          return (
            <Group gap="xs" wrap="nowrap">
              <span aria-hidden style={{ display: 'flex' }}>
                <MentorAvatar id={option.value} name={mentor?.name ?? option.label} src={mentor?.avatar} size="sm" />
              </span>
              <Text size="sm" dir="auto">
                {option.label}
              </Text>
              {mentor && (
                <Text size="xs" c="dimmed">
                  {mentorStageLabels[mentor.stage]}
                </Text>
              )}
            </Group>
          )
        }}
        {...form.getInputProps('mentorIds')}
      />
      <Stack gap="xs">
        <Switch
          label="Set progress by hand"
          description={
            form.values.manualProgress ? derived : 'Off: progress is the share of its action items that are done.'
          }
          {...form.getInputProps('manualProgress', { type: 'checkbox' })}
        />
        {form.values.manualProgress && (
          <Group gap="md" wrap="nowrap" pl={4} pr="xs" pb="md">
            <Slider
              style={{ flex: 1 }}
              thumbLabel="Progress"
              min={0}
              max={100}
              step={1}
              label={(value) => `${value}%`}
              marks={[
                { value: 0, label: '0%' },
                { value: 50, label: '50%' },
                { value: 100, label: '100%' },
              ]}
              {...form.getInputProps('progress')}
            />
            <Text fw={600} w={44} ta="right" aria-hidden>
              {form.values.progress}%
            </Text>
          </Group>
        )}
      </Stack>
    </DialogForm>
  )
}
