import { MultiSelect, NumberInput, Select, SimpleGrid } from '@mantine/core'
import { useForm } from '@mantine/form'
import { useMemo } from 'react'
import type { Agreement, Goal } from '../../../../shared/model'
import { AgreementSave } from '../../../../shared/requests/agreements'
import { DateField } from '../../components/DateField'
import { DialogForm } from '../../components/DialogForm'
import type { ModalFormProps } from '../../components/FormModal'
import { GrowingTextarea } from '../../components/TextFields'
import { validateWith } from '../../lib/form'
import { formatOptions } from '../sessions/session-labels'
import type { AgreementFormValues } from './agreement-form'
import { agreementFormValues, toAgreementSave } from './agreement-form'

interface Props extends ModalFormProps<AgreementFormValues> {
  agreement: Agreement | null
  mentorId: string
  firstName: string
  goals: readonly Goal[]
}

/** The terms of a mentoring agreement, checked with core's rules; each field says what is wrong next to it. */
export function AgreementForm(props: Props) {
  const { agreement, mentorId, firstName, goals, onSubmit, onDirtyChange } = props
  const form = useForm<AgreementFormValues>({
    mode: 'controlled',
    initialValues: agreementFormValues(agreement),
    validate: validateWith<AgreementFormValues>(AgreementSave, (values) => toAgreementSave(values, mentorId)),
    onValuesChange: () => onDirtyChange(form.isDirty()),
  })
  const goalOptions = useMemo(
    () =>
      goals
        .filter((g) => g.status === 'active' || agreement?.goalIds.includes(g.id))
        .map((g) => ({ value: g.id, label: g.title })),
    [goals, agreement],
  )
  const weeks = Number(form.values.cadenceWeeks)

  return (
    <DialogForm onSubmit={form.onSubmit((values) => onSubmit(values, form))} actions={props}>
      <GrowingTextarea
        label="What we focus on"
        placeholder="e.g. Getting ready for a staff engineer role"
        data-autofocus
        {...form.getInputProps('focus')}
      />
      <MultiSelect
        label="Goals it serves"
        placeholder={form.values.goalIds.length ? undefined : 'Choose goals'}
        data={goalOptions}
        searchable
        clearable
        nothingFoundMessage={goalOptions.length > 0 ? 'No goal by that name' : 'Set goals on the Goals page first'}
        {...form.getInputProps('goalIds')}
      />
      <SimpleGrid cols={{ base: 1, xs: 2 }}>
        <NumberInput
          label="How often we meet"
          description={`Keep in touch with ${firstName} follows it.`}
          placeholder="Not agreed"
          min={1}
          max={104}
          allowDecimal={false}
          prefix="Every "
          suffix={weeks === 1 ? ' week' : ' weeks'}
          {...form.getInputProps('cadenceWeeks')}
        />
        <Select
          label="How we meet"
          description={`New sessions with ${firstName} start with it.`}
          placeholder="Not agreed"
          data={formatOptions}
          clearable
          {...form.getInputProps('format')}
        />
      </SimpleGrid>
      <GrowingTextarea
        label="What stays between us"
        placeholder="e.g. Names of colleagues and anything about my team"
        {...form.getInputProps('confidentiality')}
      />
      <GrowingTextarea
        label="How we give each other feedback"
        placeholder="e.g. Straight, in the session; I say when something does not help"
        {...form.getInputProps('feedback')}
      />
      <SimpleGrid cols={{ base: 1, xs: 2 }}>
        <DateField label="Starts on" placeholder="No start date" {...form.getInputProps('startsOn')} />
        <DateField
          label="Review on"
          description="You get a reminder that morning."
          placeholder="No review date"
          {...form.getInputProps('reviewOn')}
        />
      </SimpleGrid>
      <GrowingTextarea
        label="When or how it ends"
        placeholder="e.g. After six months, or when I have the new role"
        {...form.getInputProps('endsWhen')}
      />
    </DialogForm>
  )
}
