import { notifications } from '@mantine/notifications'
import type { ActionItem } from '../../../../shared/model'
import { send, messageOf } from '../../data/api'
import { formatLocalDate } from '../../lib/dates'
import { deleteWithUndo, offerUndo } from '../../lib/undo'
import { askHowItWent, dismissHowItWent } from './how-did-it-go'

/**
 * Completes an item (core records when) or opens it again; completing offers undo, since the item leaves the list,
 * and asks how it went when there is a mentor to tell (`next`: where the focus goes after). False when it failed.
 */
export async function setDone(
  item: ActionItem,
  done: boolean,
  next?: () => HTMLElement | null | undefined,
): Promise<boolean> {
  try {
    await send('actions:setDone', { id: item.id, done })
  } catch (error) {
    notifications.show({ color: 'red', title: 'Nothing changed', message: messageOf(error) })
    return false
  }
  if (done) {
    offerUndo({
      id: item.id,
      // The title wraps; the message shares its line with the Undo button, so it stays short.
      title: `Done: ${item.title}`,
      message: 'Marked done just now.',
      undo: () => {
        dismissHowItWent(item)
        return send('actions:setDone', { id: item.id, done: false })
      },
      restored: `Open again: ${item.title}`,
    })
    askHowItWent(item, next)
  } else dismissHowItWent(item)
  return true
}

/** Moves an item's due date (null removes it) and says where it went; false when it could not. */
export async function reschedule(item: ActionItem, dueOn: string | null): Promise<boolean> {
  if (dueOn === item.dueOn) return true
  try {
    await send('actions:update', { id: item.id, changes: { dueOn } })
    notifications.show({
      color: 'teal',
      message: dueOn ? `Now due ${formatLocalDate(dueOn)}.` : 'No due date any more.',
    })
    return true
  } catch (error) {
    notifications.show({ color: 'red', title: 'Not rescheduled', message: messageOf(error) })
    return false
  }
}

/** Deletes an item at once and offers undo for a few seconds. */
export const deleteActionItem = (item: ActionItem) =>
  deleteWithUndo({
    id: item.id,
    remove: () => send('actions:delete', { id: item.id }),
    undo: () => send('actions:undelete', { id: item.id }),
    title: `Deleted: ${item.title}`,
    message: 'You can undo this for a few seconds.',
    restored: `Back: ${item.title}`,
  })
