import { useEffect, useRef, useState } from 'react'
import type { Draft } from '../../../shared/model'
import { send } from '../data/api'

/** How long typing pauses before the draft is written. */
const SAVE_DELAY_MS = 600

/**
 * Keeps what the user types in the data file until it is saved, so closing the window or a crash
 * loses nothing. Loads an earlier draft once; `save(values)` writes after a pause in typing, or at
 * once when the window closes or is hidden.
 */
export function useDraft(key: string) {
  const [restored, setRestored] = useState<Draft | null | undefined>(undefined)
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null)
  const pending = useRef<Record<string, unknown> | null>(null)

  useEffect(() => {
    let live = true
    void send('drafts:get', { key }).then(
      (draft) => live && setRestored(draft),
      () => live && setRestored(null),
    )
    return () => {
      live = false
    }
  }, [key])

  const flush = () => {
    if (timer.current) clearTimeout(timer.current)
    timer.current = null
    const values = pending.current
    pending.current = null
    // A draft that cannot be kept (the disk is full, say) is not worth a second message: the banner says why.
    if (values) send('drafts:save', { key, values: values as Draft['values'] }).catch(() => {})
  }

  // Whatever is still waiting is written when the editor goes away (closed, or the page changes), and
  // when the window closes or is hidden: the 600 ms pause may never come.
  useEffect(() => {
    const flushWhenHidden = () => document.visibilityState === 'hidden' && flush()
    window.addEventListener('pagehide', flush)
    window.addEventListener('beforeunload', flush)
    document.addEventListener('visibilitychange', flushWhenHidden)
    return () => {
      window.removeEventListener('pagehide', flush)
      window.removeEventListener('beforeunload', flush)
      document.removeEventListener('visibilitychange', flushWhenHidden)
      flush()
    }
    // Re-registered per key, so what is pending is written under the key it was typed for.
  }, [key]) // eslint-disable-line react-hooks/exhaustive-deps

  return {
    /** undefined while loading, null when there was no draft. */
    restored,
    save(values: Record<string, unknown>) {
      pending.current = values
      if (timer.current) clearTimeout(timer.current)
      timer.current = setTimeout(flush, SAVE_DELAY_MS)
    },
    /** Forgets the draft: nothing pending is written, and the stored one is removed. */
    async discard() {
      if (timer.current) clearTimeout(timer.current)
      timer.current = null
      pending.current = null
      // Like a draft that cannot be written, one that cannot be removed is not worth a message.
      await send('drafts:discard', { key }).catch(() => {})
    },
    /** Drops what is pending without writing it (the save that follows removes the stored draft). */
    cancelPending() {
      if (timer.current) clearTimeout(timer.current)
      timer.current = null
      pending.current = null
    },
  }
}
