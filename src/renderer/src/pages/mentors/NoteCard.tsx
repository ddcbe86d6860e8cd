import { Badge, Card, Group, Stack, Text, Title } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { IconEdit, IconPin, IconPinnedOff, IconTrash } from '@tabler/icons-react'
import type { Draft, Note } from '../../../../shared/model'
import { Markdown } from '../../components/Markdown'
import { send, messageOf } from '../../data/api'
import { deleteWithUndo } from '../../lib/undo'
import { formatDateTime, formatLocalDate } from '../../lib/dates'
import { ToolButton } from '../../components/ToolButton'

/** Deletes a note at once and offers undo for a few seconds. */
const deleteNote = (note: Note) =>
  deleteWithUndo({
    id: note.id,
    remove: () => send('notes:delete', { id: note.id }),
    undo: () => send('notes:undelete', { id: note.id }),
    message: 'Note deleted.',
  })

/** When a note's words last changed; notes kept before edits were timed fall back to their last change of any kind. */
const whenEdited = (note: Note): string | null =>
  note.editedAt !== undefined ? note.editedAt : note.updatedAt !== note.createdAt ? note.updatedAt : null

interface Props {
  note: Note
  /** Unsaved edits to this note, if any. */
  draft?: Draft
  onEdit: () => void
}

/** One note: its title and date, its Markdown, when it was written and edited, and what can be done with it. */
export function NoteCard({ note, draft, onEdit }: Props) {
  const editedAt = whenEdited(note)
  const togglePin = () =>
    void send('notes:update', { id: note.id, changes: { pinned: !note.pinned } }).catch((error: unknown) =>
      notifications.show({ color: 'red', title: 'Nothing changed', message: messageOf(error) }),
    )
  return (
    <Card withBorder radius="md" padding="md" component="article" aria-label={note.title || 'Note'}>
      <Group justify="space-between" align="flex-start" wrap="nowrap" mb={note.title || note.happenedOn ? 'xs' : 0}>
        <Stack gap={2} style={{ minWidth: 0 }}>
          {note.title && (
            <Title order={3} size="h5" dir="auto">
              {note.title}
            </Title>
          )}
          {note.happenedOn && (
            <Text size="xs" c="dimmed" fw={500}>
              {formatLocalDate(note.happenedOn)}
            </Text>
          )}
        </Stack>
        <Group gap={4} wrap="nowrap">
          {note.pinned && (
            <Badge size="xs" variant="light" leftSection={<IconPin size={10} />}>
              Pinned
            </Badge>
          )}
          {draft && (
            <Badge size="xs" variant="light" color="orange">
              Unsaved edits
            </Badge>
          )}
          <ToolButton
            tip={note.pinned ? 'Unpin' : 'Pin to the top'}
            label={note.pinned ? 'Unpin note' : 'Pin note'}
            icon={note.pinned ? IconPinnedOff : IconPin}
            onClick={togglePin}
          />
          <ToolButton tip="Edit" label="Edit note" icon={IconEdit} onClick={onEdit} />
          <ToolButton
            tip="Delete"
            label="Delete note"
            icon={IconTrash}
            color="red"
            onClick={() => void deleteNote(note)}
          />
        </Group>
      </Group>
      {note.body && <Markdown>{note.body}</Markdown>}
      <Text size="xs" c="dimmed" mt="sm">
        Written {formatDateTime(note.createdAt)}
        {editedAt && ` · edited ${formatDateTime(editedAt)}`}
      </Text>
    </Card>
  )
}
