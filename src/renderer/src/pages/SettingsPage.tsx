import { Button, Card, Group, SegmentedControl, Stack, Text, TextInput, Title } from '@mantine/core'
import { schemaResolver, useForm } from '@mantine/form'
import { notifications } from '@mantine/notifications'
import { useEffect } from 'react'
import { ProfileUpdate, themes } from '../../../shared/model'
import type { Theme } from '../../../shared/model'
import { fieldErrors } from '../../../shared/result'
import { Page } from '../components/Page'
import { DataSettings } from './settings/DataSettings'
import { ReminderSettings } from './settings/ReminderSettings'

import { PageHeader } from '../components/PageHeader'
import { ApiError, send } from '../data/api'
import { useChange, useProfile, useSettings } from '../data/queries'

const themeLabels: Record<Theme, string> = { light: 'Light', dark: 'Dark', system: 'Follow system' }

function Section({ title, description, children }: { title: string; description: string; children: React.ReactNode }) {
  return (
    <Card withBorder radius="md" padding="lg" component="section" aria-label={title}>
      <Title order={2} size="h4">
        {title}
      </Title>
      <Text size="sm" c="dimmed" mb="md">
        {description}
      </Text>
      {children}
    </Card>
  )
}

function ProfileForm() {
  const profile = useProfile()
  const update = useChange((changes: { name: string; role: string }) => send('profile:update', changes))
  const form = useForm({
    mode: 'controlled',
    initialValues: { name: '', role: '' },
    validate: schemaResolver(ProfileUpdate, { sync: true }),
  })
  const loaded = profile.data
  useEffect(() => {
    if (loaded) {
      form.setInitialValues({ name: loaded.name, role: loaded.role })
      form.reset()
    }
    // Only when the stored profile changes; `form` is a new object every render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [loaded])

  const submit = form.onSubmit(async (values) => {
    try {
      await update.mutateAsync(values)
      notifications.show({ color: 'teal', message: 'Your profile is saved.' })
    } catch (error) {
      if (error instanceof ApiError && error.error.code === 'invalid-input') form.setErrors(fieldErrors(error.error))
      else notifications.show({ color: 'red', title: 'Not saved', message: (error as Error).message })
    }
  })

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm" maw={420}>
        <TextInput
          dir="auto"
          label="Your name"
          description="Shown on the dashboard and on exported reports."
          {...form.getInputProps('name')}
        />
        <TextInput dir="auto" label="Your role" placeholder="e.g. Software engineer" {...form.getInputProps('role')} />
        <Group>
          <Button type="submit" loading={update.isPending} disabled={!form.isDirty()}>
            Save profile
          </Button>
        </Group>
      </Stack>
    </form>
  )
}

function ThemeControl() {
  const settings = useSettings()
  const update = useChange((theme: Theme) => send('settings:update', { theme }))
  return (
    <SegmentedControl
      aria-label="Theme"
      value={update.isPending ? update.variables : (settings.data?.theme ?? 'system')}
      onChange={(value) => update.mutate(value as Theme)}
      data={themes.map((value) => ({ value, label: themeLabels[value] }))}
    />
  )
}

/** Preferences and where the data lives. */
export function SettingsPage() {
  return (
    <Page>
      <PageHeader title="Settings" />
      <Stack gap="lg">
        <Section title="Appearance" description="Light, dark, or whatever your system uses.">
          <ThemeControl />
        </Section>
        <Section title="Your profile" description="About you, the mentee.">
          <ProfileForm />
        </Section>
        <Section
          title="Reminders"
          description="Before sessions, when it is time to get in touch, when action items fall due."
        >
          <ReminderSettings />
        </Section>
        <Section
          title="Your data"
          description="Everything is kept in one file on this computer. Nothing is sent anywhere."
        >
          <DataSettings />
        </Section>
      </Stack>
    </Page>
  )
}
