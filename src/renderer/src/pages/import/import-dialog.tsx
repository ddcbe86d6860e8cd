// What the contacts and the calendar import dialogs share: running a step, their footer, and opening them.
import { Alert, Button, Group } from '@mantine/core'
import { modals } from '@mantine/modals'
import { notifications } from '@mantine/notifications'
import type { ReactNode } from 'react'
import { useState } from 'react'
import type { Result } from '../../../../shared/result'
import type { SkippedEntry } from '../../../../shared/requests/contacts-import'
import { call, messageOf } from '../../lib/api'
import { SkippedList } from './SkippedList'

/** A count and its noun: "1 contact", "2,000 sessions". */
export const plural = (n: number, one: string) => `${n.toLocaleString()} ${one}${n === 1 ? '' : 's'}`

/** Runs one step of a dialog at a time (`busy` names it); a failure is kept as the sentence to show. */
export function useImportSteps<Step extends string>() {
  const [busy, setBusy] = useState<Step | null>(null)
  const [error, setError] = useState<string | null>(null)
  const run = async (step: Step, task: () => Promise<void>) => {
    setBusy(step)
    setError(null)
    try {
      await task()
    } catch (failure) {
      setError(messageOf(failure))
    } finally {
      setBusy(null)
    }
  }
  return { busy, error, run }
}

/** The end of an import dialog: what could not be used, what went wrong, Cancel and Import. */
export function ImportFooter(props: {
  skipped: SkippedEntry[]
  what: 'contact' | 'event'
  error: string | null
  importing: boolean
  count: number
  noun: string
  onCancel: () => void
  onImport: () => void
}) {
  return (
    <>
      <SkippedList skipped={props.skipped} what={props.what} />
      {props.error && (
        <Alert color="red" title="Nothing was imported">
          {props.error}
        </Alert>
      )}
      <Group justify="flex-end">
        <Button variant="default" onClick={props.onCancel} disabled={props.importing}>
          Cancel
        </Button>
        <Button loading={props.importing} disabled={props.count === 0} onClick={props.onImport}>
          {props.count === 0 ? 'Import' : `Import ${plural(props.count, props.noun)}`}
        </Button>
      </Group>
    </>
  )
}

/** Asks core for a preview (the open dialog first), then shows it; a refused file is said in a red toast. */
export async function openImportDialog<T>(
  title: string,
  request: () => Promise<Result<T | null>>,
  body: (preview: T, close: () => void) => ReactNode,
): Promise<void> {
  let preview: T | null
  try {
    preview = await call(request())
  } catch (error) {
    notifications.show({ color: 'red', title: 'Nothing was imported', message: messageOf(error), autoClose: 20_000 })
    return
  }
  if (!preview) return
  // Earlier toasts would cover the preview's buttons.
  notifications.clean()
  const modalId = modals.open({ title, size: 'xl', children: body(preview, () => modals.close(modalId)) })
}
