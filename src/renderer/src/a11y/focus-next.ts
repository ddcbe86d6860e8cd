/** True when the focus has gone nowhere: the control that had it left the page. */
function focusLost(): boolean {
  const now = document.activeElement
  return !now || now === document.body || !now.isConnected
}

/**
 * Gives the focus to `pick()` (else the main region) if it is lost in the next few seconds, e.g. when the
 * control that had it is re-rendered elsewhere (a board card moved to another column) or removed (a done item).
 */
export function refocusWhenLost(pick: () => HTMLElement | null | undefined): void {
  const main = document.getElementById('main-content')
  const observer = new MutationObserver(() => {
    if (!focusLost()) return
    observer.disconnect()
    const target = pick()
    if (target?.isConnected) target.focus()
    else main?.focus()
  })
  observer.observe(document.body, { childList: true, subtree: true })
  window.setTimeout(() => observer.disconnect(), 3000)
}

/**
 * When the row holding `control` is about to leave a list (an item marked done and hidden), the focus moves to
 * the same kind of control in the next row, else in the previous one, else the page's main region.
 */
export function focusAfterRemoval(control: HTMLElement, rowSelector = '[role="listitem"]'): HTMLElement | undefined {
  const row = control.closest(rowSelector)
  const scope = document.getElementById('main-content') ?? document
  const selector = `${rowSelector} ${control.tagName.toLowerCase()}[type="${control.getAttribute('type') ?? ''}"]`
  const others = [...scope.querySelectorAll<HTMLElement>(selector)].filter((c) => c.closest(rowSelector) !== row)
  const after = others.find((c) => row && row.compareDocumentPosition(c) & Node.DOCUMENT_POSITION_FOLLOWING)
  const target = after ?? others.at(-1)
  refocusWhenLost(() => target)
  return target
}
