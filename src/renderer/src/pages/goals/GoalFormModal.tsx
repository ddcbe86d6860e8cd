import { Modal } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { useState } from 'react'
import type { Goal, Mentor } from '../../../../shared/model'
import type { ErrorTarget } from '../../lib/form'
import { showSaveError } from '../../lib/form'
import { confirmDiscard, useUnsavedGuard } from '../../lib/use-unsaved-guard'
import { useFocusReturn } from '../../a11y/use-focus-return'
import { GoalForm } from './GoalForm'
import type { GoalFormValues } from './goal-form'
import { goalChanges, toGoalDraft } from './goal-form'
import { send } from '../../data/api'
import { useChange } from '../../data/queries'

interface Props {
  opened: boolean
  /** The goal to edit; without it the dialog sets a new one. */
  goal?: Goal
  derivedProgress?: number | null
  mentors: readonly Mentor[]
  onClose: () => void
}

/** Sets or edits a goal in a dialog that will not close over unsaved changes without asking. */
export function GoalFormModal({ opened, goal, derivedProgress, mentors, onClose }: Props) {
  const [dirty, setDirty] = useState(false)
  useUnsavedGuard(opened && dirty, 'this goal')
  useFocusReturn(opened)
  const save = useChange((values: GoalFormValues) => {
    const draft = toGoalDraft(values)
    return goal ? send('goals:update', { id: goal.id, changes: goalChanges(goal, draft) }) : send('goals:create', draft)
  })

  const close = async () => {
    if (dirty && !(await confirmDiscard('this goal'))) return
    setDirty(false)
    onClose()
  }

  const submit = (values: GoalFormValues, form: ErrorTarget) => {
    if (goal && Object.keys(goalChanges(goal, toGoalDraft(values))).length === 0) {
      setDirty(false)
      onClose()
      return
    }
    save.mutate(values, {
      onSuccess: (saved) => {
        setDirty(false)
        notifications.show({
          color: 'teal',
          title: goal ? 'Changes saved' : 'Goal set',
          message: goal ? `“${saved.title}” is up to date.` : `“${saved.title}” is on your goals.`,
        })
        onClose()
      },
      onError: (error) => showSaveError(form, error, goal ? 'changes.' : ''),
    })
  }

  return (
    <Modal opened={opened} onClose={() => void close()} title={goal ? 'Edit goal' : 'New goal'} size="lg">
      <GoalForm
        goal={goal}
        derivedProgress={derivedProgress}
        mentors={mentors}
        submitLabel={goal ? 'Save changes' : 'Add goal'}
        saving={save.isPending}
        onSubmit={submit}
        onCancel={() => void close()}
        onDirtyChange={setDirty}
      />
    </Modal>
  )
}
