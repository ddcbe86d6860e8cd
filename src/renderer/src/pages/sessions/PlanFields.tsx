import { Group, MultiSelect, NumberInput, Select } from '@mantine/core'
import type { UseFormReturnType } from '@mantine/form'
import { useMemo } from 'react'
import { leadTimeLabel, leadTimesText, sessionLeadMinutes } from '../../lib/lead-times'
import type { RepeatChoice, SessionFormValues } from './session-form'
import { useSettings } from '../../data/queries'

const repeatOptions: Array<{ value: RepeatChoice; label: string }> = [
  { value: 'none', label: 'Does not repeat' },
  { value: 'weeks', label: 'Every N weeks' },
  { value: 'monthly-day', label: 'Monthly, on the same day' },
  { value: 'monthly-weekday', label: 'Monthly, on the same weekday' },
]

/** How a new planned session repeats: every 1 to 12 weeks, or monthly. */
export function RepeatFields({ form }: { form: UseFormReturnType<SessionFormValues> }) {
  return (
    <Group align="flex-start" grow>
      <Select label="Repeat" data={repeatOptions} allowDeselect={false} {...form.getInputProps('repeat')} />
      {form.values.repeat === 'weeks' && (
        <NumberInput
          label="Weeks between sessions"
          description="From 1 (every week) to 12"
          min={1}
          max={12}
          allowDecimal={false}
          clampBehavior="none"
          {...form.getInputProps('repeatWeeks')}
        />
      )}
    </Group>
  )
}

/** When to be reminded before this planned session; left empty, the lead times from Settings apply. */
export function LeadTimesField({ form }: { form: UseFormReturnType<SessionFormValues> }) {
  const settings = useSettings()
  const chosen = form.values.reminderLeadMinutes
  // A lead time set elsewhere (not one of the choices) is still shown, and can be removed.
  const data = useMemo(() => {
    const minutes = new Set([...sessionLeadMinutes, ...chosen.map(Number)])
    return [...minutes].sort((a, b) => a - b).map((m) => ({ value: String(m), label: `${leadTimeLabel(m)} before` }))
  }, [chosen])
  const defaults = settings.data?.reminders.sessionLeadMinutes
  const fromSettings =
    defaults === undefined
      ? 'As in Settings'
      : defaults.length === 0
        ? 'As in Settings: no reminders'
        : `As in Settings: ${leadTimesText(defaults)} before`
  return (
    <MultiSelect
      label="Remind me"
      description="Leave empty to use the reminders from Settings."
      placeholder={chosen.length === 0 ? fromSettings : undefined}
      data={data}
      maxValues={5}
      clearable
      {...form.getInputProps('reminderLeadMinutes')}
    />
  )
}
