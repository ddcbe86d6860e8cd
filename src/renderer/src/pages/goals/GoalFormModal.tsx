import type { Goal, Mentor } from '../../../../shared/model'
import { FormModal } from '../../components/FormModal'
import { send } from '../../data/api'
import { GoalForm } from './GoalForm'
import type { GoalFormValues } from './goal-form'
import { goalChanges, toGoalDraft } from './goal-form'

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
  return (
    <FormModal
      opened={opened}
      noun="goal"
      record={goal}
      addTitle="New goal"
      save={(values: GoalFormValues) => {
        const draft = toGoalDraft(values)
        return goal
          ? send('goals:update', { id: goal.id, changes: goalChanges(goal, draft) })
          : send('goals:create', draft)
      }}
      // An edit that changes nothing closes the dialog without saving.
      unchanged={(values) => goal !== undefined && Object.keys(goalChanges(goal, toGoalDraft(values))).length === 0}
      addedTitle="Goal set"
      savedMessage={(saved) => (goal ? `“${saved.title}” is up to date.` : `“${saved.title}” is on your goals.`)}
      onClose={onClose}
    >
      {(form) => <GoalForm goal={goal} derivedProgress={derivedProgress} mentors={mentors} {...form} />}
    </FormModal>
  )
}
