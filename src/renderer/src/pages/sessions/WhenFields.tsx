import { Group, NumberInput, Select, SimpleGrid } from '@mantine/core'
import { TimeInput } from '@mantine/dates'
import type { UseFormReturnType } from '@mantine/form'
import { timeZoneOptions } from '../../lib/time-zones'
import type { SessionFormValues } from './session-form'
import { formatOptions } from './session-labels'
import { DateField } from '../../components/DateField'

/** When and how a session happens: date, time, zone, duration, format. */
export function WhenFields({ form }: { form: UseFormReturnType<SessionFormValues> }) {
  return (
    <SimpleGrid cols={{ base: 2, sm: 3 }}>
      <DateField label="Date" required {...form.getInputProps('date')} />
      <TimeInput label="Start time" required {...form.getInputProps('time')} />
      <Select
        label="Time zone"
        data={timeZoneOptions()}
        searchable
        allowDeselect={false}
        limit={50}
        {...form.getInputProps('timeZone')}
      />
      <NumberInput
        label="Duration"
        suffix=" min"
        min={1}
        max={1440}
        step={15}
        allowDecimal={false}
        clampBehavior="none"
        {...form.getInputProps('durationMinutes')}
      />
      <Group grow style={{ gridColumn: 'span 2' }}>
        <Select label="Format" data={formatOptions} allowDeselect={false} {...form.getInputProps('format')} />
      </Group>
    </SimpleGrid>
  )
}
