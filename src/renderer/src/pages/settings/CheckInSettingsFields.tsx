import { Group, NumberInput, Stack, Text } from '@mantine/core'
import { useForm } from '@mantine/form'
import { notifications } from '@mantine/notifications'
import { useEffect } from 'react'
import { CheckInSettings } from '../../../../shared/model'
import { send } from '../../data/api'
import { useChange, useSettings } from '../../data/queries'
import { showSaveError, validateWith } from '../../lib/form'

interface Values {
  everySessions: number | string
  everyDays: number | string
}

const validate = validateWith<Values>(CheckInSettings, (v) => ({
  everySessions: v.everySessions === '' ? Number.NaN : Number(v.everySessions),
  everyDays: v.everyDays === '' ? Number.NaN : Number(v.everyDays),
}))

/** When to ask "How is this mentorship going?": every so many sessions or days; each saved when its field is left valid. */
export function CheckInSettingsFields() {
  const settings = useSettings()
  const update = useChange((changes: { everySessions?: number; everyDays?: number }) =>
    send('settings:update', { checkIns: changes }),
  )
  const stored = settings.data?.checkIns
  const form = useForm<Values>({
    mode: 'controlled',
    initialValues: { everySessions: stored?.everySessions ?? 3, everyDays: stored?.everyDays ?? 60 },
    validate,
    validateInputOnChange: true,
  })
  useEffect(() => {
    if (stored) {
      form.setInitialValues(stored)
      form.setValues(stored)
    }
    // Only when the stored settings change; `form` is a new object every render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [stored?.everySessions, stored?.everyDays])

  const saveField = (field: keyof Values) => {
    const { hasError } = form.validateField(field)
    const value = Number(form.values[field])
    if (hasError || value === stored?.[field]) return
    update.mutate(
      { [field]: value },
      {
        onSuccess: () => notifications.show({ color: 'teal', message: 'Check-ins will be asked on the new rhythm.' }),
        onError: (error) => showSaveError(form, error, 'checkIns.'),
      },
    )
  }

  return (
    <Stack gap={6}>
      <Text size="sm" fw={500}>
        Ask “How is this mentorship going?” after
      </Text>
      <Group align="flex-start" gap="md">
        <NumberInput
          label="Sessions held"
          description="With an active mentor"
          w={180}
          min={1}
          max={50}
          allowDecimal={false}
          {...form.getInputProps('everySessions')}
          onBlur={() => saveField('everySessions')}
        />
        <NumberInput
          label="Or days"
          description="Whichever comes first"
          w={180}
          min={7}
          max={365}
          allowDecimal={false}
          {...form.getInputProps('everyDays')}
          onBlur={() => saveField('everyDays')}
        />
      </Group>
    </Stack>
  )
}
