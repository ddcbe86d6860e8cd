// What the contacts and the calendar import dialogs share: running a step, their footer, and opening them.
import { Button, ScrollArea, Table, Text } from '@mantine/core'
import { modals } from '@mantine/modals'
import { notifications } from '@mantine/notifications'
import type { ComponentType, ReactNode } from 'react'
import { useState } from 'react'
import type { SkippedEntry } from '../../../../shared/requests/contacts-import'
import { messageOf } from '../../data/api'
import { SkippedList } from './SkippedList'
import { plural } from '../../../../shared/text'
import { DialogActions } from '../../components/DialogForm'
import { useBusy } from '../../lib/use-busy'

/** Runs one step of a dialog at a time (`busy` names it); a failure is kept, with its step, as the sentence to show. */
export function useImportSteps<Step extends string>() {
  const steps = useBusy<Step>()
  const [failure, setFailure] = useState<{ step: Step; message: string } | null>(null)
  const run = (step: Step, task: () => Promise<void>) =>
    steps.run(step, async () => {
      setFailure(null)
      try {
        await task()
      } catch (error) {
        setFailure({ step, message: messageOf(error) })
      }
    })
  /** The sentence of the last failure when it happened in one of `steps`, to show next to what it is about. */
  const errorOf = (...steps: Step[]) => (failure && steps.includes(failure.step) ? failure.message : null)
  return { busy: steps.busy, errorOf, clearError: () => setFailure(null), run }
}

/** The rows of a preview in a table that scrolls within the dialog, leaving `reserve` of the window to the rest. */
export function PreviewTable(props: {
  label: string
  count: number
  empty: string
  reserve: number
  children: ReactNode
}) {
  if (props.count === 0) {
    return (
      <Text size="sm" c="dimmed">
        {props.empty}
      </Text>
    )
  }
  return (
    <ScrollArea.Autosize mah={`calc(100vh - ${props.reserve}px)`} type="auto" offsetScrollbars>
      <Table verticalSpacing="xs" aria-label={props.label}>
        <Table.Tbody>{props.children}</Table.Tbody>
      </Table>
    </ScrollArea.Autosize>
  )
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
      <DialogActions
        onCancel={props.onCancel}
        busy={props.importing}
        error={props.error}
        errorTitle="Nothing was imported"
      >
        <Button loading={props.importing} disabled={props.count === 0} onClick={props.onImport}>
          {props.count === 0 ? 'Import' : `Import ${plural(props.count, props.noun, { grouped: true })}`}
        </Button>
      </DialogActions>
    </>
  )
}

/** Asks core for a preview (the open dialog first), then shows it in `Body`; a refused file is said in a red toast. */
export async function openImportDialog<T>(
  title: string,
  request: () => Promise<T | null>,
  Body: ComponentType<{ initial: T; onClose: () => void }>,
): Promise<void> {
  let preview: T | null
  try {
    preview = await request()
  } catch (error) {
    notifications.show({ color: 'red', title: 'Nothing was imported', message: messageOf(error), autoClose: 20_000 })
    return
  }
  if (!preview) return
  // Earlier toasts would cover the preview's buttons.
  notifications.clean()
  const modalId = modals.open({
    title,
    size: 'xl',
    children: <Body initial={preview} onClose={() => modals.close(modalId)} />,
  })
}
