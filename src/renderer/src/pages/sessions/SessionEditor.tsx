import { Alert, Anchor, Button, Group, SegmentedControl, Select, SimpleGrid, Stack } from '@mantine/core'
import { useForm } from '@mantine/form'
import { IconLock } from '@tabler/icons-react'
import { useEffect, useMemo, useRef } from 'react'
import type { Draft, Session } from '../../../../shared/model'
import { MarkdownEditor } from '../../components/MarkdownEditor'
import { send } from '../../data/api'
import { useChange, useRoster } from '../../data/queries'
import { formatDateTime } from '../../lib/dates'
import { showSaveError } from '../../lib/form'
import { useFormDraft } from '../../lib/use-form-draft'
import { ActionItemsEditor } from './ActionItemsEditor'
import { ResourcesEditor } from './ResourcesEditor'
import { LeadTimesField, RepeatFields } from './PlanFields'
import type { SessionFormValues } from './session-form'
import { restoredValues, toSessionDraft, validateSession } from './session-form'
import { WhenFields } from './WhenFields'
import { DateField } from '../../components/DateField'
import { GrowingTextarea } from '../../components/TextFields'
import { GoalsField } from '../goals/GoalsField'

interface Props {
  /** The session being edited; without it, a new one. */
  sessionId?: string
  initial: SessionFormValues
  draftKey: string
  /** A draft the page already found, to continue from. */
  draft?: Draft
  /** The quick dialog: only what a quick log or plan needs. */
  compact?: boolean
  onSaved: (session: Session) => void
  onCancel: () => void
  /** The quick dialog's way to the full editor; it gets the values typed so far. */
  onMoreDetails?: (values: SessionFormValues) => void
}

/** Logs or plans a session, or edits one. What is typed is kept as a draft until saved. */
export function SessionEditor({
  sessionId,
  initial,
  draftKey,
  draft,
  compact = false,
  onSaved,
  onCancel,
  onMoreDetails,
}: Props) {
  const form = useForm<SessionFormValues>({
    mode: 'controlled',
    initialValues: initial,
    validate: validateSession,
    onValuesChange: (values) => drafts.save(values),
  })
  const drafts = useFormDraft(form, draftKey, (values) => restoredValues(initial, values), draft)
  const roster = useRoster(false)
  const mentorOptions = useMemo(
    () =>
      (roster.data ?? [])
        .map((e) => ({ value: e.mentor.id, label: e.mentor.name }))
        .sort((a, b) => a.label.localeCompare(b.label)),
    [roster.data],
  )

  // Planning a new session starts from what is still open with that mentor; the user edits it freely.
  // A new session also takes the format agreed with that mentor, unless the user chose one.
  const { mentorId, status } = form.values
  const prefilled = useRef(initial.agenda)
  const prefilledFormat = useRef(initial.format)
  useEffect(() => {
    if (sessionId || !mentorId) return
    let live = true
    void send('sessions:prefill', { mentorId }).then(({ agenda, format }) => {
      if (!live) return
      const nowFormat = form.getValues().format
      if (nowFormat === prefilledFormat.current && nowFormat !== 'message') {
        prefilledFormat.current = format ?? initial.format
        form.setFieldValue('format', prefilledFormat.current)
      }
      if (status !== 'planned' || form.getValues().agenda !== prefilled.current) return
      prefilled.current = agenda
      form.setFieldValue('agenda', agenda)
    })
    return () => {
      live = false
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [mentorId, status, sessionId])

  const save = useChange((values: SessionFormValues) => {
    const { actionItems, repeat: _repeat, ...fields } = toSessionDraft(values)
    return sessionId
      ? send('sessions:update', { id: sessionId, changes: fields, actionItems, draftKey })
      : send('sessions:create', { ...toSessionDraft(values), draftKey })
  })
  const submit = form.onSubmit((values) => {
    drafts.cancelPending()
    save.mutate(values, {
      onSuccess: onSaved,
      onError: (error) => showSaveError(form, error, sessionId ? 'changes.' : ''),
    })
  })
  const cancel = async () => {
    await drafts.discard()
    onCancel()
  }

  const held = status === 'held'
  return (
    <form
      onSubmit={submit}
      noValidate
      aria-label={sessionId ? 'Edit session' : held ? 'Log a session' : 'Plan a session'}
    >
      <Stack gap="md">
        {drafts.restoredAt && (
          <Alert color="blue" variant="light" p="xs">
            Restored what you were typing ({formatDateTime(drafts.restoredAt)}).{' '}
            <Anchor component="button" type="button" size="sm" onClick={() => void cancel()}>
              Discard it
            </Anchor>
          </Alert>
        )}
        <Group align="flex-end" grow>
          <Select
            label="Mentor"
            placeholder="Who was it with?"
            data={mentorOptions}
            searchable
            required
            nothingFoundMessage="No mentor by that name"
            {...form.getInputProps('mentorId')}
          />
          <SegmentedControl
            aria-label="Status"
            data={[
              { value: 'held', label: 'Held' },
              { value: 'planned', label: 'Planned' },
              ...(compact ? [] : [{ value: 'cancelled', label: 'Cancelled' }]),
            ]}
            {...form.getInputProps('status')}
          />
        </Group>
        <WhenFields form={form} />
        {status === 'planned' && !sessionId && <RepeatFields form={form} />}
        {status === 'planned' && !compact && <LeadTimesField form={form} />}

        {(!held || !compact) && (
          <MarkdownEditor
            label="Agenda"
            value={form.values.agenda}
            onChange={(e) => form.setFieldValue('agenda', e.currentTarget.value)}
            error={form.errors.agenda}
            placeholder="What do you want to talk about?"
          />
        )}
        {held && (
          <>
            <GrowingTextarea
              label="Key takeaways"
              maxRows={8}
              placeholder="What will you remember from this?"
              {...form.getInputProps('takeaways')}
            />
            <SimpleGrid cols={2}>
              <GrowingTextarea label="What worked" {...form.getInputProps('whatWorked')} />
              <GrowingTextarea label="What did not" {...form.getInputProps('whatDidNot')} />
            </SimpleGrid>
          </>
        )}
        {!compact && (
          <>
            {held && (
              <MarkdownEditor
                label="Notes"
                value={form.values.notes}
                onChange={(e) => form.setFieldValue('notes', e.currentTarget.value)}
                error={form.errors.notes}
                placeholder="What was said"
              />
            )}
            <GrowingTextarea
              label={
                <Group gap={4} component="span">
                  <IconLock size={14} /> Private reflection
                </Group>
              }
              description="Only for you: left out of any export meant for your mentor."
              maxRows={8}
              {...form.getInputProps('reflection')}
            />
            <SimpleGrid cols={2}>
              <GoalsField
                linked={form.values.goalIds}
                placeholder="Which goals did this serve?"
                {...form.getInputProps('goalIds')}
              />
              <DateField label="Follow up by" clearable {...form.getInputProps('followUpOn')} />
            </SimpleGrid>
            <ResourcesEditor form={form} />
          </>
        )}
        <ActionItemsEditor form={form} />

        <Group justify="space-between" mt="sm">
          {onMoreDetails ? (
            <Anchor component="button" type="button" size="sm" onClick={() => onMoreDetails(form.getValues())}>
              More details…
            </Anchor>
          ) : (
            <span />
          )}
          <Group>
            <Button variant="default" onClick={() => void cancel()}>
              Cancel
            </Button>
            <Button type="submit" loading={save.isPending}>
              {sessionId ? 'Save session' : held ? 'Log session' : 'Plan session'}
            </Button>
          </Group>
        </Group>
      </Stack>
    </form>
  )
}
