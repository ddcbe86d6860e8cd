import { Button, Center, Modal, Stack, Text } from '@mantine/core'
import { DatePicker } from '@mantine/dates'
import { useState } from 'react'
import type { ActionItem } from '../../../../shared/model'
import { formatLocalDate } from '../../lib/dates'
import { useFocusReturn } from '../../a11y/use-focus-return'
import { reschedule } from './action-item-commands'
import { DialogActions } from '../../components/DialogForm'

interface Props {
  /** The item to reschedule; the dialog is closed without one. */
  item: ActionItem | undefined
  today: string
  onClose: () => void
}

/** A small calendar to move an item's due date to any day. */
export function DueDateDialog({ item, today, onClose }: Props) {
  const [picked, setPicked] = useState<string | null>(item?.dueOn ?? null)
  const [saving, setSaving] = useState(false)
  useFocusReturn(item !== undefined)
  const save = async () => {
    if (!item || !picked) return
    setSaving(true)
    const done = await reschedule(item, picked)
    setSaving(false)
    if (done) onClose()
  }
  return (
    <Modal opened={item !== undefined} onClose={onClose} title="Pick a due date" size="auto" centered>
      <Stack gap="md">
        <Text size="sm" c="dimmed" maw={300} lineClamp={2} dir="auto">
          {item?.title}
        </Text>
        <Center>
          <DatePicker
            value={picked}
            onChange={setPicked}
            // An overdue item opens on this month: its new date lies ahead.
            defaultDate={item?.dueOn && item.dueOn > today ? item.dueOn : today}
            highlightToday
            aria-label="Due date"
          />
        </Center>
        <Text size="sm" fw={500} aria-live="polite">
          {!picked
            ? 'Choose a day'
            : picked === item?.dueOn
              ? `Now due ${formatLocalDate(picked)}`
              : `New due date: ${formatLocalDate(picked)}`}
        </Text>
        <DialogActions onCancel={onClose} gap="sm">
          <Button disabled={!picked || picked === item?.dueOn} loading={saving} onClick={() => void save()}>
            Set due date
          </Button>
        </DialogActions>
      </Stack>
    </Modal>
  )
}
