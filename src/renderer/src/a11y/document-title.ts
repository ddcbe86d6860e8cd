import { useEffect } from 'react'

export const APP_NAME = 'Mentor Tracker'

/** The window's title for a page: "Timeline · Mentor Tracker"; the app's name alone when there is none. */
export function documentTitle(page: string | null | undefined): string {
  const name = page?.trim()
  return name ? `${name} · ${APP_NAME}` : APP_NAME
}

/** Sets `document.title` while the page is shown, so screen readers and the task switcher say where you are. */
export function useDocumentTitle(page: string | null | undefined): void {
  useEffect(() => {
    document.title = documentTitle(page)
  }, [page])
}
