import { Button, Menu, Stack, Text } from '@mantine/core'
import { IconArchive, IconArchiveOff, IconTrash } from '@tabler/icons-react'
import { modals } from '@mantine/modals'
import { notifications } from '@mantine/notifications'
import { useState } from 'react'
import type { Mentor } from '../../../shared/model'
import type { RosterEntry } from '../../../shared/requests/mentors'
import { send, messageOf } from '../data/api'
import { deleteWithUndo } from '../lib/undo'
import { plural } from '../../../shared/text'
import { DialogActions } from './DialogForm'
import type { KeepOrDelete } from './KeepOrDeleteChoice'
import { KeepOrDeleteChoice } from './KeepOrDeleteChoice'

/** What would go with a mentor: the records core counts before it deletes one. */
interface History {
  notes: number
  sessions: number
  actionItems: number
  openActionItems: number
}

/** Asks core for the mentor's action items, finished ones too, since core counts them all. */
async function historyOf(entry: RosterEntry): Promise<History> {
  const items = await send('actions:list', { mentorId: entry.mentor.id, includeDone: true })
  return {
    notes: entry.noteCount,
    sessions: entry.sessionCount,
    actionItems: items.length,
    openActionItems: items.filter((item) => item.doneAt === null).length,
  }
}

/** What a mentor's action items amount to: "2 open action items", "1 finished action item", "3 action items (1 open)". */
function actionItemsText({ actionItems, openActionItems }: History): string | false {
  if (actionItems === 0) return false
  if (openActionItems === actionItems) return plural(actionItems, 'open action item')
  if (openActionItems === 0) return plural(actionItems, 'finished action item')
  return `${plural(actionItems, 'action item')} (${openActionItems} open)`
}

/** What a mentor's history amounts to, for the delete dialog. */
function historyText(history: History): string {
  const parts = [
    history.notes > 0 && plural(history.notes, 'note'),
    history.sessions > 0 && plural(history.sessions, 'session'),
    actionItemsText(history),
  ].filter(Boolean)
  return parts.join(', ')
}

function HistoryChoice({
  name,
  history: counts,
  onConfirm,
}: {
  name: string
  history: History
  onConfirm: (history: 'keep' | 'delete') => void
}) {
  const [history, setHistory] = useState<KeepOrDelete>('keep')
  return (
    <Stack>
      <Text size="sm">
        {name} has {historyText(counts)}. What should happen to them?
      </Text>
      <KeepOrDeleteChoice
        value={history}
        onChange={setHistory}
        aria-label="Their history"
        keepLabel='Keep them, under "Unknown mentor"'
        deleteLabel="Delete them too"
      />
      <DialogActions onCancel={() => modals.closeAll()}>
        <Button color="red" onClick={() => onConfirm(history)}>
          Delete mentor
        </Button>
      </DialogActions>
    </Stack>
  )
}

/** Deletes a mentor after asking; offers undo for a few seconds afterwards. */
async function deleteMentor(mentor: Mentor, history: 'keep' | 'delete' | undefined, onDeleted?: () => void) {
  const done = await deleteWithUndo({
    id: mentor.id,
    remove: () => send('mentors:delete', { id: mentor.id, history }),
    undo: () => send('mentors:undelete', { id: mentor.id }),
    title: `${mentor.name} deleted`,
    message: history === 'keep' ? 'Their notes are kept under "Unknown mentor".' : 'Removed from your roster.',
    restored: `${mentor.name} is back.`,
  })
  if (done) onDeleted?.()
}

/** Asks how to delete a mentor (and their history, if core holds any), then deletes with undo. */
export async function confirmDeleteMentor(entry: RosterEntry, onDeleted?: () => void): Promise<void> {
  let history: History
  try {
    history = await historyOf(entry)
  } catch (error) {
    notifications.show({ color: 'red', title: 'Nothing changed', message: messageOf(error) })
    return
  }
  if (history.notes + history.sessions + history.actionItems > 0) {
    const modalId = modals.open({
      title: `Delete ${entry.mentor.name}?`,
      children: (
        <HistoryChoice
          name={entry.mentor.name}
          history={history}
          onConfirm={(choice) => {
            modals.close(modalId)
            void deleteMentor(entry.mentor, choice, onDeleted)
          }}
        />
      ),
    })
    return
  }
  modals.openConfirmModal({
    title: `Delete ${entry.mentor.name}?`,
    children: <Text size="sm">They will be removed from your roster. You can undo this for a few seconds.</Text>,
    labels: { confirm: 'Delete mentor', cancel: 'Cancel' },
    confirmProps: { color: 'red' },
    onConfirm: () => void deleteMentor(entry.mentor, undefined, onDeleted),
  })
}

/** Archives or restores a mentor, saying what happened. */
export async function toggleArchived(mentor: Mentor): Promise<void> {
  try {
    if (mentor.archivedAt) {
      await send('mentors:restore', { id: mentor.id })
      notifications.show({ color: 'teal', message: `${mentor.name} is back on your roster.` })
    } else {
      await send('mentors:archive', { id: mentor.id })
      notifications.show({ message: `${mentor.name} is archived. Show archived mentors to find them again.` })
    }
  } catch (error) {
    notifications.show({ color: 'red', title: 'Nothing changed', message: messageOf(error) })
  }
}

/** The menu items every mentor menu ends with: archive (or restore), then delete. */
export function ArchiveAndDeleteItems({ entry, onDeleted }: { entry: RosterEntry; onDeleted?: () => void }) {
  const { mentor } = entry
  return (
    <>
      <Menu.Item
        leftSection={mentor.archivedAt ? <IconArchiveOff size={14} /> : <IconArchive size={14} />}
        onClick={() => void toggleArchived(mentor)}
      >
        {mentor.archivedAt ? 'Restore' : 'Archive'}
      </Menu.Item>
      <Menu.Divider />
      <Menu.Item
        c="red"
        leftSection={<IconTrash size={14} />}
        onClick={() => void confirmDeleteMentor(entry, onDeleted)}
      >
        Delete…
      </Menu.Item>
    </>
  )
}
