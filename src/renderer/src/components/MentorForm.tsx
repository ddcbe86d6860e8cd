import { Button, Group, NumberInput, Select, SimpleGrid, Stack, TagsInput, Text, TextInput } from '@mantine/core'
import { useForm } from '@mantine/form'
import { IconPlus } from '@tabler/icons-react'
import dayjs from 'dayjs'
import { useId, useMemo } from 'react'
import { MentorFields, WebUrl, mentorStageLabels, mentorStages } from '../../../shared/model'
import type { Mentor, MentorDraft, MentorStage } from '../../../shared/model'
import { validateWith } from '../lib/form'
import { timeZoneOptions } from '../lib/time-zones'
import { useTypedDate } from '../lib/use-typed-date'
import { MentorPictureField } from './MentorPictureField'
import { DateField } from './DateField'
import { DialogForm } from './DialogForm'
import { GrowingTextarea, LeadField } from './TextFields'
import type { ModalFormProps } from './FormModal'
import { RemoveRowButton } from './ListField'

/** The form's values: like a draft, but with the link being typed and the cadence as typed. */
export interface MentorFormValues {
  name: string
  role: string
  organization: string
  email: string
  phone: string
  links: string[]
  newLink: string
  location: string
  timeZone: string
  expertise: string[]
  howWeMet: string
  metOn: string | null
  cadenceWeeks: number | string
  stage: MentorStage
  avatar: string | null
}

/** The form's starting values: empty, or the mentor being edited. */
export function mentorFormValues(mentor?: Mentor): MentorFormValues {
  return {
    name: mentor?.name ?? '',
    role: mentor?.role ?? '',
    organization: mentor?.organization ?? '',
    email: mentor?.email ?? '',
    phone: mentor?.phone ?? '',
    links: mentor?.links ?? [],
    newLink: '',
    location: mentor?.location ?? '',
    timeZone: mentor?.timeZone ?? '',
    expertise: mentor?.expertise ?? [],
    howWeMet: mentor?.howWeMet ?? '',
    metOn: mentor?.metOn ?? null,
    cadenceWeeks: mentor?.cadenceWeeks ?? '',
    stage: mentor?.stage ?? 'prospect',
    avatar: mentor?.avatar ?? null,
  }
}

/** What the form sends to core: a link still being typed is included, an empty cadence means none. */
export function toMentorDraft({ newLink, ...values }: MentorFormValues): MentorDraft {
  const typed = newLink.trim()
  return {
    ...values,
    links: typed ? [...values.links, typed] : values.links,
    cadenceWeeks: values.cadenceWeeks === '' ? null : Number(values.cadenceWeeks),
  }
}

const validateDraft = validateWith<MentorFormValues>(MentorFields, toMentorDraft)

/** Core's rules, with an error on the link being typed shown on its own field. */
function validate(values: MentorFormValues): Record<string, string> {
  const errors = validateDraft(values)
  const typedIndex = `links.${values.links.length}`
  if (values.newLink.trim() && errors[typedIndex]) {
    errors.newLink = errors[typedIndex]
    delete errors[typedIndex]
  }
  return errors
}

const stageOptions = mentorStages.map((value) => ({ value, label: mentorStageLabels[value] }))

interface Props extends ModalFormProps<MentorDraft> {
  mentor?: Mentor
  knownTags: string[]
}

/** Every detail of a mentor. Each field is checked with core's own rules as the user leaves it. */
export function MentorForm(props: Props) {
  const { mentor, knownTags, onSubmit, onDirtyChange } = props
  const form = useForm<MentorFormValues>({
    mode: 'controlled',
    initialValues: mentorFormValues(mentor),
    validate,
    validateInputOnBlur: true,
    onValuesChange: () => onDirtyChange(form.isDirty()),
  })
  const id = useId()
  const metOn = useTypedDate({ max: dayjs().format('YYYY-MM-DD'), tooLate: 'You cannot have met in the future' })
  const metOnInput = form.getInputProps('metOn')
  const tagOptions = useMemo(() => [...new Set(knownTags)].sort(), [knownTags])

  const addTypedLink = () => {
    const typed = form.values.newLink.trim()
    if (!typed) return
    const result = WebUrl.safeParse(typed)
    if (!result.success) {
      form.setFieldError('newLink', result.error.issues[0]?.message ?? 'Enter a web address')
      return
    }
    form.setFieldValue('links', [...form.values.links, result.data])
    form.setFieldValue('newLink', '')
  }

  const name = form.values.name.trim() || 'New mentor'
  return (
    <DialogForm
      onSubmit={form.onSubmit(
        (values) => {
          if (!metOn.blocksSaving()) onSubmit(toMentorDraft(values), form)
        },
        () => metOn.blocksSaving(),
      )}
      actions={props}
    >
      <Group align="flex-start" wrap="nowrap">
        <MentorPictureField
          id={mentor?.id ?? id}
          name={name}
          value={form.values.avatar}
          onChange={(picture) => form.setFieldValue('avatar', picture)}
          error={form.errors.avatar}
          onError={(error) => (error ? form.setFieldError('avatar', error) : form.clearFieldError('avatar'))}
        />
        <Stack gap="sm" style={{ flex: 1 }}>
          <LeadField label="Name" placeholder="Who guides you?" {...form.getInputProps('name')} />
          <SimpleGrid cols={2}>
            <TextInput dir="auto" label="Role" placeholder="Staff engineer" {...form.getInputProps('role')} />
            <TextInput
              dir="auto"
              label="Organization"
              placeholder="Where they work"
              {...form.getInputProps('organization')}
            />
          </SimpleGrid>
        </Stack>
      </Group>

      <SimpleGrid cols={2}>
        <TextInput label="Email" type="email" placeholder="name@example.com" {...form.getInputProps('email')} />
        <TextInput label="Phone" type="tel" placeholder="+49 30 1234567" {...form.getInputProps('phone')} />
        <TextInput dir="auto" label="Location" placeholder="City, country" {...form.getInputProps('location')} />
        <Select
          label="Time zone"
          placeholder="Their time zone"
          data={timeZoneOptions()}
          searchable
          clearable
          limit={50}
          nothingFoundMessage="No time zone by that name"
          {...form.getInputProps('timeZone')}
          value={form.values.timeZone || null}
          onChange={(value) => form.setFieldValue('timeZone', value ?? '')}
        />
      </SimpleGrid>

      <Stack gap={6} role="group" aria-labelledby={`${id}-links`}>
        <Text size="sm" fw={500} id={`${id}-links`}>
          Links
        </Text>
        {form.values.links.map((link, index) => (
          <Group key={`${link}-${index}`} gap="xs" wrap="nowrap">
            <TextInput style={{ flex: 1 }} aria-label={`Link ${index + 1}`} {...form.getInputProps(`links.${index}`)} />
            <RemoveRowButton label={`Remove link ${link}`} onClick={() => form.removeListItem('links', index)} />
          </Group>
        ))}
        <Group gap="xs" wrap="nowrap" align="flex-start">
          <TextInput
            style={{ flex: 1 }}
            aria-label="New link"
            placeholder="https://their-site.example"
            {...form.getInputProps('newLink')}
            onKeyDown={(event) => {
              if (event.key === 'Enter') {
                event.preventDefault()
                addTypedLink()
              }
            }}
          />
          <Button variant="default" leftSection={<IconPlus size={14} />} onClick={addTypedLink}>
            Add link
          </Button>
        </Group>
      </Stack>

      <TagsInput
        label="Expertise"
        description="Press Enter to add a tag; new tags are created as you type them."
        placeholder="e.g. System design"
        data={tagOptions}
        clearable
        {...form.getInputProps('expertise')}
      />

      <SimpleGrid cols={3}>
        <Select label="Stage" data={stageOptions} allowDeselect={false} {...form.getInputProps('stage')} />
        <DateField
          label="Date met"
          placeholder="When you met"
          clearable
          maxDate={new Date()}
          {...metOnInput}
          {...metOn.fieldProps}
          onBlur={(event) => {
            metOnInput.onBlur?.(event)
            metOn.fieldProps.onBlur()
          }}
          onChange={(value) => {
            metOn.accepted()
            metOnInput.onChange(value)
          }}
          error={metOn.error ?? metOnInput.error}
        />
        <NumberInput
          label="Keep in touch every"
          placeholder="No cadence"
          suffix={Number(form.values.cadenceWeeks) === 1 ? ' week' : ' weeks'}
          min={1}
          max={104}
          clampBehavior="none"
          allowDecimal={false}
          {...form.getInputProps('cadenceWeeks')}
        />
      </SimpleGrid>

      <GrowingTextarea label="How we met" {...form.getInputProps('howWeMet')} />
    </DialogForm>
  )
}
