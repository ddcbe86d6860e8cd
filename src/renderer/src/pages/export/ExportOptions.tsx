import {
  Checkbox,
  Chip,
  Group,
  MultiSelect,
  Radio,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  Switch,
  Text,
} from '@mantine/core'
import type { UseFormReturnType } from '@mantine/form'
import type { Mentor } from '../../../../shared/model'
import {
  pageSizes,
  reportKindLabels,
  reportKinds,
  reportSectionLabels,
  reportSections,
} from '../../../../shared/requests/reports'
import type { ReportKind } from '../../../../shared/requests/reports'
import { DateField } from '../../components/DateField'
import type { ExportFormValues, RangePreset } from './export-form'
import { rangePresetLabels, rangePresets } from './export-form'

const kindDescriptions: Record<ReportKind, string> = {
  full: 'Everything, your private reflections included. For you to keep.',
  recap: 'One mentor’s sessions, without private reflections or other mentors. To share with them.',
}

/** A group's title above its fields. */
function Legend({ children }: { children: string }) {
  return (
    <Text size="sm" fw={600}>
      {children}
    </Text>
  )
}

interface Props {
  form: UseFormReturnType<ExportFormValues>
  mentors: readonly Mentor[]
  disabled: boolean
}

/** What goes into the PDF: which kind, whose sessions, when, which parts, on what paper. */
export function ExportOptions({ form, mentors, disabled }: Props) {
  const { values } = form
  const options = mentors.map((m) => ({ value: m.id, label: m.archivedAt ? `${m.name} (archived)` : m.name }))
  return (
    <Stack gap="lg">
      <Radio.Group
        label="Kind"
        value={values.kind}
        onChange={(value) => form.setFieldValue('kind', value as ReportKind)}
      >
        <Stack gap="xs" mt={6}>
          {reportKinds.map((kind) => (
            <Radio.Card key={kind} value={kind} p="sm" radius="md" disabled={disabled}>
              <Group wrap="nowrap" align="flex-start" gap="sm">
                <Radio.Indicator mt={2} />
                <div>
                  <Text size="sm" fw={600}>
                    {reportKindLabels[kind]}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {kindDescriptions[kind]}
                  </Text>
                </div>
              </Group>
            </Radio.Card>
          ))}
        </Stack>
      </Radio.Group>

      {values.kind === 'recap' ? (
        <Select
          label="Mentor"
          placeholder="Choose the mentor"
          data={options}
          searchable
          allowDeselect={false}
          nothingFoundMessage="No mentor by that name"
          disabled={disabled}
          {...form.getInputProps('recapMentorId')}
        />
      ) : (
        <Stack gap="xs">
          <Switch
            label="All mentors"
            description="Everyone you had a session with in the period"
            disabled={disabled}
            {...form.getInputProps('allMentors', { type: 'checkbox' })}
          />
          {!values.allMentors && (
            <MultiSelect
              label="Mentors"
              placeholder={values.mentorIds.length ? undefined : 'Choose mentors'}
              data={options}
              searchable
              clearable
              nothingFoundMessage="No mentor by that name"
              disabled={disabled}
              {...form.getInputProps('mentorIds')}
            />
          )}
        </Stack>
      )}

      <Stack gap={6}>
        <Legend>Dates</Legend>
        <Chip.Group value={values.range} onChange={(value) => form.setFieldValue('range', value as RangePreset)}>
          <Group gap={6} role="radiogroup" aria-label="Dates">
            {rangePresets.map((value) => (
              <Chip key={value} value={value} type="radio" size="sm" disabled={disabled}>
                {rangePresetLabels[value]}
              </Chip>
            ))}
          </Group>
        </Chip.Group>
        {values.range === 'custom' && (
          <SimpleGrid cols={2}>
            <DateField label="From" placeholder="First session" disabled={disabled} {...form.getInputProps('from')} />
            <DateField label="To" placeholder="Today" disabled={disabled} {...form.getInputProps('to')} />
          </SimpleGrid>
        )}
        <Checkbox
          mt={4}
          label="Also planned and cancelled sessions"
          disabled={disabled}
          {...form.getInputProps('allStatuses', { type: 'checkbox' })}
        />
      </Stack>

      <Stack gap={8}>
        <Legend>Include</Legend>
        {reportSections.map((section) => (
          <Checkbox
            key={section}
            label={reportSectionLabels[section]}
            disabled={disabled}
            {...form.getInputProps(`include.${section}`, { type: 'checkbox' })}
          />
        ))}
      </Stack>

      <Stack gap={6}>
        <Legend>Paper</Legend>
        <SegmentedControl
          aria-label="Paper"
          size="xs"
          disabled={disabled}
          data={pageSizes.map((size) => ({ value: size, label: size }))}
          value={values.pageSize}
          onChange={(value) => form.setFieldValue('pageSize', value as ExportFormValues['pageSize'])}
        />
      </Stack>
    </Stack>
  )
}
