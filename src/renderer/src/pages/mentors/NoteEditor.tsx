import { Alert, Anchor, Button, Card, SimpleGrid, Stack, TextInput } from '@mantine/core'
import { useForm } from '@mantine/form'
import { notifications } from '@mantine/notifications'
import type { Draft, Note, NoteSection } from '../../../../shared/model'
import { noteSectionLabels } from '../../../../shared/model'
import { NoteDraft, noteDraftKey } from '../../../../shared/requests/notes'
import { MarkdownEditor } from '../../components/MarkdownEditor'
import { formatDateTime } from '../../lib/dates'
import { showSaveError, validateWith } from '../../lib/form'
import { useFormDraft } from '../../lib/use-form-draft'
import { DateField } from '../../components/DateField'
import { send } from '../../data/api'
import { useChange } from '../../data/queries'
import { DialogActions } from '../../components/DialogForm'

interface Values {
  title: string
  body: string
  happenedOn: string | null
}

const validate = validateWith<Values>(NoteDraft, (values) => ({
  ...values,
  mentorId: '00000000-0000-4000-8000-000000000000',
  section: 'notes',
}))

const placeholders: Record<NoteSection, string> = {
  background: 'Career path, where they worked, what shaped them…',
  interests: 'What they care about, outside work too…',
  achievements: 'What they built, won or led…',
  notes: 'Anything worth remembering…',
}

interface Props {
  mentorId: string | null
  section: NoteSection
  /** The note being edited; without it, a new note. */
  note?: Note
  /** A draft found when the page opened, to continue from. */
  draft?: Draft
  onDone: () => void
}

/** Writes or edits a note. What is typed is kept as a draft until it is saved or discarded. */
export function NoteEditor({ mentorId, section, note, draft, onDone }: Props) {
  const key = noteDraftKey(mentorId, section, note?.id)
  const form = useForm<Values>({
    mode: 'controlled',
    initialValues: { title: note?.title ?? '', body: note?.body ?? '', happenedOn: note?.happenedOn ?? null },
    validate,
    onValuesChange: (values) => drafts.save(values),
  })
  const drafts = useFormDraft(
    form,
    key,
    (values) => ({
      title: typeof values.title === 'string' ? values.title : '',
      body: typeof values.body === 'string' ? values.body : '',
      happenedOn: typeof values.happenedOn === 'string' ? values.happenedOn : null,
    }),
    draft,
  )
  const restoredAt = drafts.restoredAt

  const save = useChange((values: Values) =>
    note
      ? send('notes:update', { id: note.id, changes: values, draftKey: key })
      : send('notes:create', { mentorId: mentorId ?? '', section, ...values, draftKey: key }),
  )

  const submit = form.onSubmit((values) => {
    drafts.cancelPending()
    save.mutate(values, {
      onSuccess: () => {
        notifications.show({
          color: 'teal',
          message: note ? 'Note updated.' : `Added to ${noteSectionLabels[section]}.`,
        })
        onDone()
      },
      onError: (error) => showSaveError(form, error, note ? 'changes.' : ''),
    })
  })

  const cancel = async () => {
    await drafts.discard()
    onDone()
  }

  return (
    <Card
      withBorder
      radius="md"
      padding="md"
      component="form"
      onSubmit={submit}
      noValidate
      aria-label={note ? 'Edit note' : `New ${noteSectionLabels[section]} entry`}
    >
      <Stack gap="sm">
        {restoredAt && (
          <Alert color="blue" variant="light" p="xs">
            Restored what you were typing ({formatDateTime(restoredAt)}).{' '}
            <Anchor component="button" type="button" size="sm" onClick={() => void cancel()}>
              Discard it
            </Anchor>
          </Alert>
        )}
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <TextInput
            dir="auto"
            label="Title"
            placeholder="Optional"
            style={{ gridColumn: 'span 2' }}
            {...form.getInputProps('title')}
          />
          <DateField label="Date" placeholder="When it happened" clearable {...form.getInputProps('happenedOn')} />
        </SimpleGrid>
        <MarkdownEditor
          label="Text"
          value={form.values.body}
          onChange={(event) => form.setFieldValue('body', event.currentTarget.value)}
          error={form.errors.body}
          placeholder={placeholders[section]}
          autoFocus
        />
        <DialogActions onCancel={() => void cancel()}>
          <Button type="submit" loading={save.isPending}>
            {note ? 'Save note' : 'Add note'}
          </Button>
        </DialogActions>
      </Stack>
    </Card>
  )
}
