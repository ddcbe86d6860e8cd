import { Alert, Group, Radio, Text } from '@mantine/core'
import { useForm } from '@mantine/form'
import { IconLock } from '@tabler/icons-react'
import type { CheckIn } from '../../../../shared/model'
import { checkInQuestionLabels, checkInQuestions } from '../../../../shared/model'
import type { CheckInDraft } from '../../../../shared/requests/check-ins'
import { CheckInDraft as CheckInDraftSchema } from '../../../../shared/requests/check-ins'
import { DialogForm } from '../../components/DialogForm'
import type { ModalFormProps } from '../../components/FormModal'
import { FormModal } from '../../components/FormModal'
import { GrowingTextarea } from '../../components/TextFields'
import { send } from '../../data/api'
import { validateWith } from '../../lib/form'

/** What the form holds: each rating as the chosen radio's value ('' before one is chosen), and the note. */
interface CheckInValues {
  ratings: Record<(typeof checkInQuestions)[number], string>
  note: string
}

const emptyValues: CheckInValues = { ratings: { value: '', frequency: '', action: '' }, note: '' }

/** The draft core checks, from what the form holds; an unchosen rating is 0, which core refuses by name. */
const toDraft = (mentorId: string, values: CheckInValues): CheckInDraft => ({
  mentorId,
  ratings: {
    value: Number(values.ratings.value),
    frequency: Number(values.ratings.frequency),
    action: Number(values.ratings.action),
  },
  note: values.note,
})

/** What each end of the scale means, read with every radio. */
export const ratingWords = ['not at all', 'not really', 'somewhat', 'mostly', 'fully'] as const

/** "Only you see this": said on the form and the section, since check-ins are private. */
export function PrivateNote() {
  return (
    <Alert variant="light" color="gray" icon={<IconLock size={18} />} p="xs">
      <Text size="sm">Only you see this; it is never in a PDF or anything you share with your mentor.</Text>
    </Alert>
  )
}

interface Props extends ModalFormProps<CheckInValues> {
  mentorId: string
}

/** Three 1-5 ratings, one radio group each with its question as its label, and a note. */
function CheckInForm({ mentorId, onSubmit, onDirtyChange, ...actions }: Props) {
  const form = useForm<CheckInValues>({
    mode: 'controlled',
    initialValues: emptyValues,
    validate: validateWith<CheckInValues>(CheckInDraftSchema, (values) => toDraft(mentorId, values)),
    onValuesChange: () => onDirtyChange(form.isDirty()),
  })
  return (
    <DialogForm
      onSubmit={form.onSubmit((values) => onSubmit(values, form))}
      actions={{ onCancel: actions.onCancel, saving: actions.saving, submitLabel: 'Save check-in' }}
    >
      <PrivateNote />
      <Text size="sm" c="dimmed">
        From 1 (not at all) to 5 (fully).
      </Text>
      {checkInQuestions.map((question) => (
        <Radio.Group
          key={question}
          label={checkInQuestionLabels[question]}
          withAsterisk
          {...form.getInputProps(`ratings.${question}`)}
        >
          <Group gap="lg" mt={6}>
            {ratingWords.map((words, i) => (
              <Radio
                key={words}
                value={String(i + 1)}
                label={String(i + 1)}
                aria-label={`${i + 1}, ${words}`}
                data-autofocus={question === 'value' && i === 0 ? true : undefined}
              />
            ))}
          </Group>
        </Radio.Group>
      ))}
      <GrowingTextarea
        label="Note"
        description="What is going well, what is not, what you want to change."
        {...form.getInputProps('note')}
      />
    </DialogForm>
  )
}

/** The check-in form in a dialog: "How is this mentorship going?". */
export function CheckInFormModal({
  opened,
  mentorId,
  mentorName,
  onClose,
}: {
  opened: boolean
  mentorId: string
  mentorName: string
  onClose: () => void
}) {
  return (
    <FormModal
      opened={opened}
      noun="check-in"
      record={undefined}
      addTitle={`How is your mentorship with ${mentorName} going?`}
      addedTitle="Check-in saved"
      save={(values: CheckInValues): Promise<CheckIn> => send('checkIns:create', toDraft(mentorId, values))}
      savedMessage={() => `Your check-in about ${mentorName} is kept, for you only.`}
      onClose={onClose}
    >
      {(form) => <CheckInForm key={mentorId} mentorId={mentorId} {...form} />}
    </FormModal>
  )
}
