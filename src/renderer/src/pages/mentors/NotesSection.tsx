import { Button, EmptyState, Group, Stack } from '@mantine/core'
import { IconNotes, IconPlus } from '@tabler/icons-react'
import { useState } from 'react'
import type { Draft, Note, NoteSection } from '../../../../shared/model'
import { noteSectionLabels } from '../../../../shared/model'
import { noteDraftKey } from '../../../../shared/requests/notes'
import { NoteCard } from './NoteCard'
import { NoteEditor } from './NoteEditor'
import { sortNotes } from './note-order'

const emptyText: Record<NoteSection, string> = {
  background: 'Where they come from: career path, places, experiences that shaped them.',
  interests: 'What they care about and like to talk about.',
  achievements: 'What they built, won or led, with dates.',
  notes: 'Anything else worth remembering. Pin the important ones.',
}

interface Props {
  mentorId: string | null
  section: NoteSection
  notes: Note[]
  /** Drafts found for this mentor's notes, keyed by draft key. */
  drafts: Map<string, Draft>
  composing: boolean
  onComposingChange: (composing: boolean) => void
}

/** One section of a mentor page: its entries, newest first, and an editor for a new one. */
export function NotesSection({ mentorId, section, notes, drafts, composing, onComposingChange }: Props) {
  const newDraft = drafts.get(noteDraftKey(mentorId, section))
  // A draft left open (the window closed, the app crashed) reopens its editor.
  const [editing, setEditing] = useState<string | null>(
    () => notes.find((n) => drafts.has(noteDraftKey(mentorId, section, n.id)))?.id ?? null,
  )
  const showComposer = composing || newDraft !== undefined
  const sorted = sortNotes(notes, section)

  return (
    <Stack gap="sm">
      {mentorId && !showComposer && (
        <Group>
          <Button variant="light" leftSection={<IconPlus size={16} />} onClick={() => onComposingChange(true)}>
            Add to {noteSectionLabels[section]}
          </Button>
        </Group>
      )}
      {showComposer && mentorId && (
        <NoteEditor mentorId={mentorId} section={section} draft={newDraft} onDone={() => onComposingChange(false)} />
      )}
      {sorted.length === 0 && !showComposer && (
        <EmptyState
          size="sm"
          icon={<IconNotes />}
          title={`Nothing in ${noteSectionLabels[section]} yet`}
          description={emptyText[section]}
        />
      )}
      {sorted.map((note) =>
        editing === note.id ? (
          <NoteEditor
            key={note.id}
            mentorId={mentorId}
            section={section}
            note={note}
            draft={drafts.get(noteDraftKey(mentorId, section, note.id))}
            onDone={() => setEditing(null)}
          />
        ) : (
          <NoteCard
            key={note.id}
            note={note}
            draft={drafts.get(noteDraftKey(mentorId, section, note.id))}
            onEdit={() => setEditing(note.id)}
          />
        ),
      )}
    </Stack>
  )
}
