import { ActionIcon, Badge, Card, Group, Stack, Text, Title, Tooltip } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { IconEdit, IconPin, IconPinnedOff, IconTrash } from '@tabler/icons-react'
import type { Draft, Note } from '../../../../shared/model'
import { Markdown } from '../../components/Markdown'
import { api, call, messageOf } from '../../lib/api'
import { formatDateTime, formatLocalDate } from '../../lib/dates'

/** Deletes a note at once and offers undo for a few seconds. */
async function deleteNote(note: Note) {
  try {
    await call(api().notes.delete({ id: note.id }))
  } catch (error) {
    notifications.show({ color: 'red', title: 'Not deleted', message: messageOf(error) })
    return
  }
  const id = `note-deleted-${note.id}`
  notifications.show({
    id,
    autoClose: 8000,
    message: (
      <Group justify="space-between" wrap="nowrap">
        <Text size="sm">Note deleted.</Text>
        <ActionIcon.Group>
          <Text
            component="button"
            type="button"
            size="sm"
            fw={600}
            c="teal"
            style={{ background: 'none', border: 0, cursor: 'pointer' }}
            onClick={() => {
              notifications.hide(id)
              void call(api().notes.undelete({ id: note.id })).catch((error: unknown) =>
                notifications.show({ color: 'red', title: 'Could not undo', message: messageOf(error) }),
              )
            }}
          >
            Undo
          </Text>
        </ActionIcon.Group>
      </Group>
    ),
  })
}

interface Props {
  note: Note
  /** Unsaved edits to this note, if any. */
  draft?: Draft
  onEdit: () => void
}

/** One note: its title and date, its Markdown, when it was written and edited, and what can be done with it. */
export function NoteCard({ note, draft, onEdit }: Props) {
  const edited = note.updatedAt !== note.createdAt
  const togglePin = () =>
    void call(api().notes.update({ id: note.id, changes: { pinned: !note.pinned } })).catch((error: unknown) =>
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
          <Tooltip label={note.pinned ? 'Unpin' : 'Pin to the top'}>
            <ActionIcon
              variant="subtle"
              color="gray"
              aria-label={note.pinned ? 'Unpin note' : 'Pin note'}
              onClick={togglePin}
            >
              {note.pinned ? <IconPinnedOff size={16} /> : <IconPin size={16} />}
            </ActionIcon>
          </Tooltip>
          <Tooltip label="Edit">
            <ActionIcon variant="subtle" color="gray" aria-label="Edit note" onClick={onEdit}>
              <IconEdit size={16} />
            </ActionIcon>
          </Tooltip>
          <Tooltip label="Delete">
            <ActionIcon variant="subtle" color="red" aria-label="Delete note" onClick={() => void deleteNote(note)}>
              <IconTrash size={16} />
            </ActionIcon>
          </Tooltip>
        </Group>
      </Group>
      {note.body && <Markdown>{note.body}</Markdown>}
      <Text size="xs" c="dimmed" mt="sm">
        Written {formatDateTime(note.createdAt)}
        {edited && ` · edited ${formatDateTime(note.updatedAt)}`}
      </Text>
    </Card>
  )
}
