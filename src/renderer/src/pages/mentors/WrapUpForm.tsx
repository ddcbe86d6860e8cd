import { Button, Group, Radio, Select, Stack, Text, Title } from '@mantine/core'
import { useForm } from '@mantine/form'
import { useEffect, useRef } from 'react'
import type { Goal, Mentor } from '../../../../shared/model'
import { WrapUpSave } from '../../../../shared/requests/wrap-ups'
import { GrowingTextarea } from '../../components/TextFields'
import type { WrapUpFormValues } from './wrap-up-form'
import { formErrorsOf, stayInTouchChoices, toWrapUpSave } from './wrap-up-form'
import { ThankYouField } from './ThankYouField'

const ratingLabels = ['Not at all', 'A little', 'Partly', 'Mostly', 'Fully']

/** The same rules core applies, as the user types, on the fields they belong to. */
function validate(mentorId: string, moveToAlumni: boolean) {
  return (values: WrapUpFormValues): Record<string, string> => {
    const { input, formIndex } = toWrapUpSave(mentorId, values, moveToAlumni)
    const result = WrapUpSave.safeParse(input)
    if (result.success) return {}
    const errors: Record<string, string> = {}
    for (const issue of result.error.issues) errors[issue.path.map(String).join('.')] ??= issue.message
    return formErrorsOf(errors, formIndex)
  }
}

/** One goal rated 1 to 5 as a radio group: the goal is the group's name, each choice says what it means. */
function GoalRatingField({
  goal,
  ...props
}: {
  goal: Goal
  value: string
  onChange: (v: string) => void
  error?: unknown
}) {
  return (
    <Radio.Group
      label={goal.title}
      description="How far did this goal get?"
      value={props.value}
      onChange={props.onChange}
      error={props.error as string | undefined}
    >
      <Group gap="md" mt={6}>
        {ratingLabels.map((label, index) => (
          <Radio key={label} value={String(index + 1)} label={`${index + 1} · ${label}`} />
        ))}
      </Group>
    </Radio.Group>
  )
}

interface Props {
  mentor: Mentor
  goals: readonly Goal[]
  initialValues: WrapUpFormValues
  /** True when the mentor is moving to Alumni now: the button says so, and Skip is offered. */
  moving: boolean
  /** False for a mentor back from Alumni: no stay-in-touch choice, their stage stays. */
  moveToAlumni: boolean
  saving: boolean
  onSubmit: (values: WrapUpFormValues, setErrors: (errors: Record<string, string>) => void) => void
  onSkip?: (dirty: boolean) => void
  onCancel: () => void
  onDirtyChange: (dirty: boolean) => void
}

/** The closing reflection, the linked goals re-rated, the thank-you to send and how often to stay in touch. */
export function WrapUpForm({ mentor, goals, initialValues, moving, moveToAlumni, saving, ...props }: Props) {
  const form = useForm<WrapUpFormValues>({
    mode: 'controlled',
    initialValues,
    validate: validate(mentor.id, moveToAlumni),
    onValuesChange: () => props.onDirtyChange(form.isDirty()),
  })
  // The form comes in after the dialog opened (it waits for the drafted thank-you): its first field takes the focus then.
  const first = useRef<HTMLTextAreaElement>(null)
  useEffect(() => first.current?.focus(), [])
  return (
    <form onSubmit={form.onSubmit((values) => props.onSubmit(values, form.setErrors))} noValidate>
      <Stack gap="md">
        <Text size="sm">
          {moving
            ? `${mentor.name} moves to Alumni: the relationship changes rather than ends. `
            : `How your mentorship with ${mentor.name} closed. `}
          Your reflection and ratings stay private to you; only the thank-you is meant to be sent.
        </Text>
        <Title order={3} size="h5">
          Looking back
        </Title>
        <GrowingTextarea label="What I learned" ref={first} {...form.getInputProps('learned')} />
        <GrowingTextarea label="What I will carry on" {...form.getInputProps('carryOn')} />
        <GrowingTextarea label="What I would do differently" {...form.getInputProps('differently')} />
        {goals.length > 0 && (
          <>
            <Title order={3} size="h5">
              Goals we worked on
            </Title>
            {goals.map((goal, index) => (
              <GoalRatingField
                key={goal.id}
                goal={goal}
                {...form.getInputProps(`goalRatings.${index}.rating`)}
                value={form.values.goalRatings[index]?.rating ?? ''}
              />
            ))}
          </>
        )}
        <Title order={3} size="h5">
          Thank them
        </Title>
        <ThankYouField mentor={mentor} {...form.getInputProps('thankYou')} value={form.values.thankYou} />
        {moveToAlumni && (
          <Select
            label="Stay in touch"
            description="A reminder to get in touch, slower than while you met."
            data={stayInTouchChoices(form.values.stayInTouch)}
            allowDeselect={false}
            {...form.getInputProps('stayInTouch')}
          />
        )}
        <Group justify="space-between" mt="sm">
          {props.onSkip ? (
            <Button variant="subtle" onClick={() => props.onSkip?.(form.isDirty())} disabled={saving}>
              Skip: move without a wrap-up
            </Button>
          ) : (
            <span />
          )}
          <Group gap="sm">
            <Button variant="default" onClick={props.onCancel} disabled={saving}>
              Cancel
            </Button>
            <Button type="submit" loading={saving}>
              {moving ? 'Save and move to Alumni' : 'Save wrap-up'}
            </Button>
          </Group>
        </Group>
      </Stack>
    </form>
  )
}
