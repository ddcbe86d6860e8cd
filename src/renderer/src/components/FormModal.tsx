import { Modal } from '@mantine/core'
import type { MantineSize } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import type { ReactNode } from 'react'
import { useState } from 'react'
import { useFocusReturn } from '../a11y/use-focus-return'
import { useChange } from '../data/queries'
import type { ErrorTarget } from '../lib/form'
import { showSaveError } from '../lib/form'
import { confirmDiscard, useUnsavedGuard } from '../lib/use-unsaved-guard'

/** What a FormModal hands the form inside it. */
export interface ModalFormProps<Values> {
  submitLabel: string
  saving: boolean
  onSubmit: (values: Values, form: ErrorTarget) => void
  onCancel: () => void
  onDirtyChange: (dirty: boolean) => void
}

interface Props<Values, Saved> {
  opened: boolean
  title: string
  size: MantineSize
  /** True when the dialog edits a record (errors then name its `changes.` fields); false when it adds one. */
  editing: boolean
  /** The record as the unsaved-changes question names it: "this goal". */
  what: string
  submitLabel: string
  /** Saves what the form holds (through `send`). */
  save: (values: Values) => Promise<Saved>
  /** True when saving would change nothing: the dialog just closes. */
  unchanged?: (values: Values) => boolean
  /** The notice that says it was saved. */
  savedNotice: (saved: Saved) => { title: string; message: string }
  onSaved?: (saved: Saved) => void
  onClose: () => void
  /** The form, given what it needs to save, cancel and say when it holds unsaved changes. */
  children: (form: ModalFormProps<Values>) => ReactNode
}

/** Adds or edits a record in a dialog that will not close over unsaved changes without asking. */
export function FormModal<Values, Saved>(props: Props<Values, Saved>) {
  const { opened, what, onClose } = props
  const [dirty, setDirty] = useState(false)
  useUnsavedGuard(opened && dirty, what)
  useFocusReturn(opened)
  const save = useChange(props.save)

  const close = async () => {
    if (dirty && !(await confirmDiscard(what))) return
    setDirty(false)
    onClose()
  }

  const submit = (values: Values, form: ErrorTarget) => {
    if (props.unchanged?.(values)) {
      setDirty(false)
      onClose()
      return
    }
    save.mutate(values, {
      onSuccess: (saved) => {
        setDirty(false)
        notifications.show({ color: 'teal', ...props.savedNotice(saved) })
        props.onSaved?.(saved)
        onClose()
      },
      onError: (error) => showSaveError(form, error, props.editing ? 'changes.' : ''),
    })
  }

  return (
    <Modal opened={opened} onClose={() => void close()} title={props.title} size={props.size}>
      {props.children({
        submitLabel: props.submitLabel,
        saving: save.isPending,
        onSubmit: submit,
        onCancel: () => void close(),
        onDirtyChange: setDirty,
      })}
    </Modal>
  )
}
