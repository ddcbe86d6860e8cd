import type { ActionItem, Mentor } from '../../../../shared/model'
import { FormModal } from '../../components/FormModal'
import { send } from '../../data/api'
import type { ActionFormValues } from './ActionItemForm'
import { ActionItemForm } from './ActionItemForm'

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
  return (
    <FormModal
      opened={opened}
      noun="action item"
      addTitle="Add an action item"
      record={item}
      save={(values: ActionFormValues) =>
        item ? send('actions:update', { id: item.id, changes: values }) : send('actions:create', values)
      }
      savedMessage={(saved) => saved.title}
      onClose={onClose}
    >
      {(form) => (
        <ActionItemForm item={item} mentors={mentors} defaultMentorId={defaultMentorId} today={today} {...form} />
      )}
    </FormModal>
  )
}
