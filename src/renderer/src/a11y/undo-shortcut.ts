import { useEffect } from 'react'

/** True for a field where Ctrl+Z belongs to the text being typed. */
function editsText(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false
  if (target.isContentEditable || target instanceof HTMLTextAreaElement) return true
  if (!(target instanceof HTMLInputElement)) return false
  return !['checkbox', 'radio', 'button', 'submit', 'reset', 'range', 'color', 'file'].includes(target.type)
}

/** Presses the newest Undo a notice offers (the notices sit far from the keyboard's path); false when none shows. */
export function undoLatest(): boolean {
  const offers = document.querySelectorAll<HTMLButtonElement>('button[data-undo]')
  const latest = offers[offers.length - 1]
  latest?.click()
  return latest !== undefined
}

/** Ctrl+Z (⌘Z) anywhere but in a text field undoes what the newest notice offers to undo. */
export function useUndoShortcut(): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key.toLowerCase() !== 'z' || event.shiftKey || event.altKey) return
      if (!(event.ctrlKey || event.metaKey) || editsText(event.target)) return
      if (undoLatest()) event.preventDefault()
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [])
}
