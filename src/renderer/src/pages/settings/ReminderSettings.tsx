import { Chip, Group, Stack, Switch, Text } from '@mantine/core'
import { TimeInput } from '@mantine/dates'
import { notifications } from '@mantine/notifications'
import type { SettingsUpdate } from '../../../../shared/model'
import { messageOf, send } from '../../data/api'
import { useChange, useSettings } from '../../data/queries'
import { leadTimeLabel, settingsLeadMinutes } from '../../lib/lead-times'
import { CheckInSettingsFields } from './CheckInSettingsFields'

const validTime = (value: string) => /^([01]\d|2[0-3]):[0-5]\d$/.test(value)

/** A time of day in the settings, saved when the user leaves the field with a valid time (HH:MM). */
function TimeSetting({
  label,
  w,
  value,
  onSave,
}: {
  label: string
  w: number
  value: string
  onSave: (time: string) => void
}) {
  return (
    <TimeInput
      aria-label={label}
      w={w}
      defaultValue={value}
      onBlur={(e) => validTime(e.currentTarget.value) && onSave(e.currentTarget.value)}
    />
  )
}

/** Reminder preferences: lead times before sessions, the daily digest, quiet hours, the tray, start at login. */
export function ReminderSettings() {
  const settings = useSettings()
  const update = useChange((changes: SettingsUpdate) => send('settings:update', changes))
  const save = (changes: SettingsUpdate) =>
    update.mutate(changes, {
      onError: (error) => notifications.show({ color: 'red', title: 'Not saved', message: messageOf(error) }),
    })
  const current = settings.data
  if (!current) return null
  const { reminders } = current
  const quiet = reminders.quietHours

  return (
    <Stack gap="lg">
      <Stack gap={6}>
        <Text size="sm" fw={500} id="lead-label">
          Before a planned session, remind me
        </Text>
        <Chip.Group
          multiple
          value={reminders.sessionLeadMinutes.map(String)}
          onChange={(values) => save({ reminders: { sessionLeadMinutes: values.map(Number).sort((a, b) => b - a) } })}
        >
          <Group gap="xs" role="group" aria-labelledby="lead-label">
            {settingsLeadMinutes.map((minutes) => (
              <Chip key={minutes} value={String(minutes)} size="sm" variant="light">
                {leadTimeLabel(minutes)} before
              </Chip>
            ))}
          </Group>
        </Chip.Group>
      </Stack>

      <Group align="flex-end" gap="md">
        <Switch
          label="Daily digest"
          description="One summary of the day's sessions and due action items."
          checked={reminders.digestTime !== null}
          onChange={(e) => save({ reminders: { digestTime: e.currentTarget.checked ? '08:00' : null } })}
        />
        {reminders.digestTime !== null && (
          <TimeSetting
            label="Digest time"
            w={120}
            value={reminders.digestTime}
            onSave={(digestTime) => save({ reminders: { digestTime } })}
          />
        )}
      </Group>

      <Group align="flex-end" gap="md">
        <Switch
          label="Quiet hours"
          description="Reminders that can wait are held until quiet hours end; a session about to start still comes."
          checked={quiet !== null}
          onChange={(e) =>
            save({ reminders: { quietHours: e.currentTarget.checked ? { start: '22:00', end: '07:30' } : null } })
          }
        />
        {quiet && (
          <Group gap="xs" align="center">
            <TimeSetting
              label="Quiet from"
              w={110}
              value={quiet.start}
              onSave={(start) => save({ reminders: { quietHours: { ...quiet, start } } })}
            />
            <Text size="sm" c="dimmed">
              to
            </Text>
            <TimeSetting
              label="Quiet until"
              w={110}
              value={quiet.end}
              onSave={(end) => save({ reminders: { quietHours: { ...quiet, end } } })}
            />
          </Group>
        )}
      </Group>

      <CheckInSettingsFields />

      <Switch
        label="Keep running in the tray when the window is closed"
        description="Reminders reach you even with the window closed. Quit from the tray icon."
        checked={current.closeToTray}
        onChange={(e) => save({ closeToTray: e.currentTarget.checked })}
      />
      <Switch
        label="Start Mentor Tracker when I log in"
        description="It starts quietly in the tray."
        checked={current.startAtLogin}
        onChange={(e) => save({ startAtLogin: e.currentTarget.checked })}
      />
    </Stack>
  )
}
