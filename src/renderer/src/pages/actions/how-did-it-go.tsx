import { Button, Group, Stack, TextInput } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { useEffect, useRef, useState } from 'react'
import type { ActionItem } from '../../../../shared/model'
import { limits } from '../../../../shared/model'
import { announce } from '../../a11y/announce'
import { ApiError, messageOf, send } from '../../data/api'

/** Where the focus goes when the prompt closes; null: the page's main region. */
type FocusTarget = () => HTMLElement | null | undefined

const promptId = (item: ActionItem) => `outcome-${item.id}`

/** Gives the focus back after the prompt closes, if the prompt had it (or nothing has it). */
function returnFocus(id: string, target: FocusTarget | undefined) {
  const active = document.activeElement
  const lost = !active || active === document.body || !active.isConnected
  if (!lost && !active.closest(`[data-outcome-prompt="${id}"], .mantine-Notification-root`)) return
  const element = target?.() ?? document.getElementById('main-content')
  if (element?.isConnected) element.focus()
}

/** The one-line form inside the prompt: Enter saves, Escape or Skip closes without a word. */
function HowDidItGoForm({ item, onClose }: { item: ActionItem; onClose: () => void }) {
  const [text, setText] = useState(item.outcome?.text ?? '')
  const [error, setError] = useState<string | null>(null)
  const [saving, setSaving] = useState(false)
  const input = useRef<HTMLInputElement>(null)

  useEffect(() => {
    input.current?.focus()
  }, [])

  const save = async () => {
    const line = text.trim()
    if (!line && !item.outcome) return onClose()
    setSaving(true)
    try {
      await send('outcomes:set', { id: item.id, text: line || null })
      onClose()
      notifications.show({ color: 'teal', message: line ? 'Saved how it went.' : 'Took back how it went.' })
    } catch (failure) {
      const issue = failure instanceof ApiError ? failure.error.issues.find((i) => i.path === 'text') : undefined
      setError(issue?.message ?? messageOf(failure))
      setSaving(false)
    }
  }

  return (
    <form
      data-outcome-prompt={promptId(item)}
      noValidate
      aria-label={`How did it go: ${item.title}`}
      onSubmit={(event) => {
        event.preventDefault()
        void save()
      }}
      onKeyDown={(event) => {
        if (event.key !== 'Escape') return
        event.stopPropagation()
        onClose()
      }}
    >
      <Stack gap={6}>
        <TextInput
          ref={input}
          size="sm"
          label={`How did “${item.title}” go?`}
          description="Optional, one line. It goes on your list of things to tell your mentor."
          placeholder="The RFC passed review"
          value={text}
          maxLength={limits.shortText}
          error={error}
          onChange={(event) => {
            setText(event.currentTarget.value)
            setError(null)
          }}
          styles={{ label: { overflowWrap: 'anywhere' } }}
          dir="auto"
        />
        <Group gap="xs" justify="flex-end">
          <Button size="compact-sm" variant="subtle" color="gray" onClick={() => onClose()}>
            Skip
          </Button>
          <Button size="compact-sm" type="submit" loading={saving}>
            Save
          </Button>
        </Group>
      </Stack>
    </form>
  )
}

/**
 * Asks, in a small notice, how a done action item went; nothing is lost by skipping it. The focus moves into the
 * line and, when the notice closes, to `target` (the next row), else the main region.
 */
export function askHowItWent(item: ActionItem, target?: FocusTarget): void {
  if (!item.mentorId) return
  const id = promptId(item)
  const close = () => {
    returnFocus(id, target)
    notifications.hide(id)
  }
  notifications.hide(id)
  notifications.show({
    id,
    autoClose: false,
    withCloseButton: true,
    message: <HowDidItGoForm item={item} onClose={close} />,
    // The close button: the focus it had goes back too.
    onClose: () => returnFocus(id, target),
  })
  announce('Done. How did it go? Type a line, or press Escape to skip.')
}

/** Closes the prompt for an item, if it shows (the item was opened again). */
export const dismissHowItWent = (item: ActionItem) => notifications.hide(promptId(item))
