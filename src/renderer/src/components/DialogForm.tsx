import { Alert, Button, Group, Stack } from '@mantine/core'
import type { MantineSpacing } from '@mantine/core'
import type { FormEventHandler, ReactNode } from 'react'

/** The end of a dialog: what went wrong (if anything), then Cancel and the button (`children`) that does the thing. */
export function DialogActions({
  onCancel,
  busy = false,
  error,
  errorTitle,
  mt,
  gap,
  children,
}: {
  onCancel: () => void
  /** True while the dialog's step runs: Cancel waits for it. */
  busy?: boolean
  /** The sentence saying what went wrong, under `errorTitle`. */
  error?: string | null
  errorTitle?: string
  mt?: MantineSpacing
  gap?: MantineSpacing
  children: ReactNode
}) {
  return (
    <>
      {error && (
        <Alert color="red" title={errorTitle}>
          {error}
        </Alert>
      )}
      <Group justify="flex-end" mt={mt} gap={gap}>
        <Button variant="default" onClick={onCancel} disabled={busy}>
          Cancel
        </Button>
        {children}
      </Group>
    </>
  )
}

interface Props {
  onSubmit: FormEventHandler<HTMLFormElement>
  /** What the submit button says, whether it is saving, and what Cancel does: the dialog's, passed on. */
  actions: { submitLabel: string; saving: boolean; onCancel: () => void }
  children: ReactNode
}

/** A form in a dialog: its fields one under another, then Cancel and the submit button saying what it does. */
export function DialogForm({ onSubmit, actions: { submitLabel, saving, onCancel }, children }: Props) {
  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack gap="md">
        {children}
        <DialogActions onCancel={onCancel} mt="sm">
          <Button type="submit" loading={saving}>
            {submitLabel}
          </Button>
        </DialogActions>
      </Stack>
    </form>
  )
}
