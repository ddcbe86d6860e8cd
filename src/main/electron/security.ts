import type { Session, WebContents } from 'electron'
import type { AppOrigin } from './guards'
import { contentSecurityPolicy, decideNavigation, decideWindowOpen } from './guards'

/** Denies every permission request and check (camera, notifications from the page, etc.) and sets the CSP header. */
export function hardenSession(session: Session, development: boolean): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false))
  session.setPermissionCheckHandler(() => false)
  const csp = contentSecurityPolicy(development)
  // Pages from the dev server get the header; the packaged file carries the same policy in a meta tag.
  session.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [csp] } })
  })
}

/** Keeps a window on the app's pages: navigation away and new windows are refused; web and mail links go to the system. */
export function hardenContents(contents: WebContents, origin: AppOrigin, openExternal: (url: string) => void): void {
  /** Carries out a decision; true when the page may go on. */
  const follow = (decision: ReturnType<typeof decideNavigation>) => {
    if (decision.action === 'open-externally') openExternal(decision.url)
    return decision.action === 'allow'
  }
  contents.on('will-navigate', (event) => {
    if (!follow(decideNavigation(event.url, origin))) event.preventDefault()
  })
  contents.on('will-redirect', (event) => {
    if (decideNavigation(event.url, origin).action !== 'allow') event.preventDefault()
  })
  contents.on('will-attach-webview', (event) => event.preventDefault())
  contents.setWindowOpenHandler(({ url }) => {
    follow(decideWindowOpen(url))
    return { action: 'deny' }
  })
}
