import { Modal } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { useState } from 'react'
import type { Mentor, MentorDraft } from '../../../shared/model'
import type { ErrorTarget } from '../lib/form'
import { showSaveError } from '../lib/form'
import { confirmDiscard, useUnsavedGuard } from '../lib/use-unsaved-guard'
import { MentorForm } from './MentorForm'
import { useFocusReturn } from '../a11y/use-focus-return'
import { send } from '../data/api'
import { useChange } from '../data/queries'

interface Props {
  opened: boolean
  /** The mentor to edit; without it the dialog adds a new one. */
  mentor?: Mentor
  knownTags: string[]
  onClose: () => void
  onSaved?: (mentor: Mentor) => void
}

/** Adds or edits a mentor in a dialog that will not close over unsaved changes without asking. */
export function MentorFormModal({ opened, mentor, knownTags, onClose, onSaved }: Props) {
  const [dirty, setDirty] = useState(false)
  useUnsavedGuard(opened && dirty, 'this mentor')
  useFocusReturn(opened)
  const save = useChange((draft: MentorDraft) =>
    mentor ? send('mentors:update', { id: mentor.id, changes: draft }) : send('mentors:create', draft),
  )

  const close = async () => {
    if (dirty && !(await confirmDiscard('this mentor'))) return
    setDirty(false)
    onClose()
  }

  const submit = (draft: MentorDraft, form: ErrorTarget) => {
    save.mutate(draft, {
      onSuccess: (saved) => {
        setDirty(false)
        notifications.show({
          color: 'teal',
          title: mentor ? 'Changes saved' : 'Mentor added',
          message: mentor ? `${saved.name} is up to date.` : `${saved.name} is on your roster.`,
        })
        onSaved?.(saved)
        onClose()
      },
      onError: (error) => showSaveError(form, error, mentor ? 'changes.' : ''),
    })
  }

  return (
    <Modal
      opened={opened}
      onClose={() => void close()}
      title={mentor ? `Edit ${mentor.name}` : 'Add a mentor'}
      size="xl"
    >
      <MentorForm
        mentor={mentor}
        knownTags={knownTags}
        submitLabel={mentor ? 'Save changes' : 'Add mentor'}
        saving={save.isPending}
        onSubmit={submit}
        onCancel={() => void close()}
        onDirtyChange={setDirty}
      />
    </Modal>
  )
}
