import type { Mentor, MentorDraft } from '../../../shared/model'
import { send } from '../data/api'
import { FormModal } from './FormModal'
import { MentorForm } from './MentorForm'
import { useWrapUpDialog } from './wrap-up-offer'

interface Props {
  opened: boolean
  /** The mentor to edit; without it the dialog adds a new one. */
  mentor?: Mentor
  knownTags: string[]
  onClose: () => void
  onSaved?: (mentor: Mentor) => void
}

/**
 * Adds or edits a mentor in a dialog that will not close over unsaved changes without asking. Saving a move to
 * Alumni then offers the wrap-up, as the stage menu does (the move itself is already saved).
 */
export function MentorFormModal({ opened, mentor, knownTags, onClose, onSaved }: Props) {
  const wrapUp = useWrapUpDialog()
  const saved = (next: Mentor) => {
    onSaved?.(next)
    if (wrapUp && mentor && mentor.stage !== 'alumni' && next.stage === 'alumni') wrapUp.edit(next)
  }
  return (
    <FormModal
      opened={opened}
      size="xl"
      noun="mentor"
      addTitle="Add a mentor"
      record={mentor}
      editTitle={mentor && `Edit ${mentor.name}`}
      save={(draft: MentorDraft) =>
        mentor ? send('mentors:update', { id: mentor.id, changes: draft }) : send('mentors:create', draft)
      }
      savedMessage={(saved) => (mentor ? `${saved.name} is up to date.` : `${saved.name} is on your roster.`)}
      onSaved={saved}
      onClose={onClose}
    >
      {(form) => <MentorForm mentor={mentor} knownTags={knownTags} {...form} />}
    </FormModal>
  )
}
