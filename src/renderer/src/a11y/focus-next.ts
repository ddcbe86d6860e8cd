/**
 * Where the focus goes when the row holding `control` is about to leave a list (an item marked done and hidden):
 * the same kind of control in the next row, else in the previous one, else the page's main region.
 */
export function focusAfterRemoval(control: HTMLElement, rowSelector = '[role="listitem"]'): () => void {
  const row = control.closest(rowSelector)
  const main = document.getElementById('main-content')
  const selector = `${rowSelector} ${control.tagName.toLowerCase()}[type="${control.getAttribute('type') ?? ''}"]`
  const all = [...(main ?? document).querySelectorAll<HTMLElement>(selector)].filter((c) => c.closest(rowSelector) !== row)
  const after = all.find((c) => row && row.compareDocumentPosition(c) & Node.DOCUMENT_POSITION_FOLLOWING)
  const target = after ?? all.at(-1) ?? main
  // Only once the row has gone with the focus; a user who moved on keeps their place.
  return () => {
    const lost = () => {
      const now = document.activeElement
      return !now || now === document.body || !now.isConnected
    }
    const observer = new MutationObserver(() => {
      if (!lost()) return
      observer.disconnect()
      if (target?.isConnected) target.focus()
      else main?.focus()
    })
    observer.observe(main ?? document.body, { childList: true, subtree: true })
    window.setTimeout(() => observer.disconnect(), 3000)
  }
}
