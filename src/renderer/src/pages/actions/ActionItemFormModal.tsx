import { Modal } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { useState } from 'react'
import type { ActionItem, Mentor } from '../../../../shared/model'
import type { ErrorTarget } from '../../lib/form'
import { showSaveError } from '../../lib/form'
import { confirmDiscard, useUnsavedGuard } from '../../lib/use-unsaved-guard'
import { useFocusReturn } from '../../a11y/use-focus-return'
import type { ActionFormValues } from './ActionItemForm'
import { ActionItemForm } from './ActionItemForm'
import { send } from '../../data/api'
import { useChange } from '../../data/queries'

interface Props {
  opened: boolean
  /** The item to edit; without it the dialog adds a new one. */
  item?: ActionItem
  mentors: Mentor[]
  /** The mentor a new item is for, when the list is showing one mentor. */
  defaultMentorId: string | null
  today: string
  onClose: () => void
}

/** Adds or edits an action item in a dialog that will not close over unsaved changes without asking. */
export function ActionItemFormModal({ opened, item, mentors, defaultMentorId, today, onClose }: Props) {
  const [dirty, setDirty] = useState(false)
  useUnsavedGuard(opened && dirty, 'this action item')
  useFocusReturn(opened)
  const save = useChange((values: ActionFormValues) =>
    item ? send('actions:update', { id: item.id, changes: values }) : send('actions:create', values),
  )

  const close = async () => {
    if (dirty && !(await confirmDiscard('this action item'))) return
    setDirty(false)
    onClose()
  }

  const submit = (values: ActionFormValues, form: ErrorTarget) => {
    save.mutate(values, {
      onSuccess: (saved) => {
        setDirty(false)
        notifications.show({
          color: 'teal',
          title: item ? 'Changes saved' : 'Action item added',
          message: saved.title,
        })
        onClose()
      },
      onError: (error) => showSaveError(form, error, item ? 'changes.' : ''),
    })
  }

  return (
    <Modal
      opened={opened}
      onClose={() => void close()}
      title={item ? 'Edit action item' : 'Add an action item'}
      size="lg"
    >
      <ActionItemForm
        item={item}
        mentors={mentors}
        defaultMentorId={defaultMentorId}
        today={today}
        submitLabel={item ? 'Save changes' : 'Add action item'}
        saving={save.isPending}
        onSubmit={submit}
        onCancel={() => void close()}
        onDirtyChange={setDirty}
      />
    </Modal>
  )
}
