import { useEffect, useRef, useState } from 'react'
import type { Draft } from '../../../shared/model'
import { useDraft } from './use-draft'

/** The part of a Mantine form a draft needs. */
interface DraftableForm<Values> {
  setValues(values: Values): void
}

/**
 * Keeps a form's values as a durable draft under `key` while the user types, and continues from an
 * earlier draft once when it arrives (`initial` when the page already has it). Returns when the
 * restored draft was written (null when none), the `save` to call on every change, and `discard`.
 */
export function useFormDraft<Values extends object>(
  form: DraftableForm<Values>,
  key: string,
  restore: (values: Record<string, unknown>) => Values,
  initial?: Draft,
) {
  const drafts = useDraft(key)
  const [restoredAt, setRestoredAt] = useState<string | null>(null)
  const [initialDraft] = useState(initial)
  const restored = initialDraft ?? drafts.restored
  const done = useRef(false)
  useEffect(() => {
    if (!restored || done.current) return
    done.current = true
    form.setValues(restore(restored.values))
    setRestoredAt(restored.updatedAt)
    // Restore once, when the draft first arrives; later saves must not overwrite newer typing.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [restored])
  return {
    restoredAt,
    save: (values: Values) => drafts.save({ ...(values as Record<string, unknown>) }),
    discard: drafts.discard,
    cancelPending: drafts.cancelPending,
  }
}
