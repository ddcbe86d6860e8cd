/**
 * Marks the page for more contrast when the Electron host read a high-contrast system theme (the `contrast=more`
 * query it loads the page with); the CSS treats it as `prefers-contrast: more`.
 */
export function applySystemContrast(search: string, root: HTMLElement): void {
  if (new URLSearchParams(search).get('contrast') === 'more') root.dataset.contrast = 'more'
}
