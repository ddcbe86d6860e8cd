import type { Mentor, MentorDraft } from '../../../shared/model'
import { send } from '../data/api'
import { FormModal } from './FormModal'
import { MentorForm } from './MentorForm'

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
  return (
    <FormModal
      opened={opened}
      title={mentor ? `Edit ${mentor.name}` : 'Add a mentor'}
      size="xl"
      editing={mentor !== undefined}
      what="this mentor"
      submitLabel={mentor ? 'Save changes' : 'Add mentor'}
      save={(draft: MentorDraft) =>
        mentor ? send('mentors:update', { id: mentor.id, changes: draft }) : send('mentors:create', draft)
      }
      savedNotice={(saved) => ({
        title: mentor ? 'Changes saved' : 'Mentor added',
        message: mentor ? `${saved.name} is up to date.` : `${saved.name} is on your roster.`,
      })}
      onSaved={onSaved}
      onClose={onClose}
    >
      {(form) => <MentorForm mentor={mentor} knownTags={knownTags} {...form} />}
    </FormModal>
  )
}
