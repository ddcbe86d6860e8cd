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
  size?: MantineSize
  /**
   * What the dialog saves, in words: "action item" makes the title "Edit action item", the button "Add action
   * item", the question about "this action item" and the notice "Action item added".
   */
  noun: string
  /** The title when adding ("Add an action item", "New goal"): spelled out, since an article cannot be guessed. */
  addTitle: string
  /** The title when editing, where "Edit <noun>" is not the right words ("Edit Zoë"). */
  editTitle?: string
  /** The record being edited; without it the dialog adds one. */
  record: object | undefined
  /** Saves what the form holds (through `send`). */
  save: (values: Values) => Promise<Saved>
  /** True when saving would change nothing: the dialog just closes. */
  unchanged?: (values: Values) => boolean
  /** The notice's title when a record was added, if not "<Noun> added". */
  addedTitle?: string
  /** The notice's sentence once saved. */
  savedMessage: (saved: Saved) => string
  onSaved?: (saved: Saved) => void
  onClose: () => void
  /** The form, given what it needs to save, cancel and say when it holds unsaved changes. */
  children: (form: ModalFormProps<Values>) => ReactNode
}

/** Adds or edits a record in a dialog that will not close over unsaved changes without asking. */
export function FormModal<Values, Saved>(props: Props<Values, Saved>) {
  const { opened, noun, onClose } = props
  const editing = props.record !== undefined
  const what = `this ${noun}`
  const title = editing ? (props.editTitle ?? `Edit ${noun}`) : props.addTitle
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
        notifications.show({
          color: 'teal',
          title: editing
            ? 'Changes saved'
            : (props.addedTitle ?? `${noun.charAt(0).toUpperCase()}${noun.slice(1)} added`),
          message: props.savedMessage(saved),
        })
        props.onSaved?.(saved)
        onClose()
      },
      onError: (error) => showSaveError(form, error, editing ? 'changes.' : ''),
    })
  }

  return (
    <Modal opened={opened} onClose={() => void close()} title={title} size={props.size ?? 'lg'}>
      {props.children({
        submitLabel: editing ? 'Save changes' : `Add ${noun}`,
        saving: save.isPending,
        onSubmit: submit,
        onCancel: () => void close(),
        onDirtyChange: setDirty,
      })}
    </Modal>
  )
}
