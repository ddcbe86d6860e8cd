import { Button, Group, Radio, Stack, Text } from '@mantine/core'
import { modals } from '@mantine/modals'
import { notifications } from '@mantine/notifications'
import { useState } from 'react'
import type { Mentor } from '../../../shared/model'
import type { RosterEntry } from '../../../shared/requests/mentors'
import { api, call, messageOf } from '../lib/api'
import { deleteWithUndo } from '../lib/undo'

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`

/** What a mentor's history amounts to, for the delete dialog. */
function historyText(entry: RosterEntry): string {
  const parts = [
    entry.noteCount > 0 && plural(entry.noteCount, 'note'),
    entry.sessionCount > 0 && plural(entry.sessionCount, 'session'),
    entry.openActionItems > 0 && plural(entry.openActionItems, 'open action item'),
  ].filter(Boolean)
  return parts.join(', ')
}

function HistoryChoice({ entry, onConfirm }: { entry: RosterEntry; onConfirm: (history: 'keep' | 'delete') => void }) {
  const [history, setHistory] = useState<'keep' | 'delete'>('keep')
  return (
    <Stack>
      <Text size="sm">
        {entry.mentor.name} has {historyText(entry)}. What should happen to them?
      </Text>
      <Radio.Group
        value={history}
        onChange={(value) => setHistory(value as 'keep' | 'delete')}
        aria-label="Their history"
      >
        <Stack gap="xs">
          <Radio value="keep" label='Keep them, under "Unknown mentor"' />
          <Radio value="delete" label="Delete them too" color="red" />
        </Stack>
      </Radio.Group>
      <Group justify="flex-end">
        <Button variant="default" onClick={() => modals.closeAll()}>
          Cancel
        </Button>
        <Button color="red" onClick={() => onConfirm(history)}>
          Delete mentor
        </Button>
      </Group>
    </Stack>
  )
}

/** Deletes a mentor after asking; offers undo for a few seconds afterwards. */
async function deleteMentor(mentor: Mentor, history: 'keep' | 'delete' | undefined, onDeleted?: () => void) {
  const done = await deleteWithUndo({
    id: mentor.id,
    remove: () => api().mentors.delete({ id: mentor.id, history }),
    undo: () => api().mentors.undelete({ id: mentor.id }),
    title: `${mentor.name} deleted`,
    message: history === 'keep' ? 'Their notes are kept under "Unknown mentor".' : 'Removed from your roster.',
    restored: `${mentor.name} is back.`,
  })
  if (done) onDeleted?.()
}

/** Asks how to delete a mentor (and their history, if any), then deletes with undo. */
export function confirmDeleteMentor(entry: RosterEntry, onDeleted?: () => void): void {
  const hasHistory = entry.noteCount + entry.sessionCount + entry.openActionItems > 0
  if (hasHistory) {
    const modalId = modals.open({
      title: `Delete ${entry.mentor.name}?`,
      children: (
        <HistoryChoice
          entry={entry}
          onConfirm={(history) => {
            modals.close(modalId)
            void deleteMentor(entry.mentor, history, onDeleted)
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
      await call(api().mentors.restore({ id: mentor.id }))
      notifications.show({ color: 'teal', message: `${mentor.name} is back on your roster.` })
    } else {
      await call(api().mentors.archive({ id: mentor.id }))
      notifications.show({ message: `${mentor.name} is archived. Show archived mentors to find them again.` })
    }
  } catch (error) {
    notifications.show({ color: 'red', title: 'Nothing changed', message: messageOf(error) })
  }
}
