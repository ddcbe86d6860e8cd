import type { Session, Shell, WebContents } from 'electron'
import type { AppOrigin } from './guards'
import {
  contentSecurityPolicy,
  decideNavigation,
  decideWindowOpen,
  externalLinkTarget,
  grantsPermission,
} from './guards'

/** Denies every permission request and check, device permissions included, in `session`. */
export function denyPermissions(
  session: Pick<Session, 'setPermissionRequestHandler' | 'setPermissionCheckHandler' | 'setDevicePermissionHandler'>,
): void {
  session.setPermissionRequestHandler((_contents, permission, callback) => callback(grantsPermission(permission)))
  session.setPermissionCheckHandler((_contents, permission) => grantsPermission(permission))
  session.setDevicePermissionHandler((details) => grantsPermission(details.deviceType))
}

/** Denies every permission request and check (camera, notifications from the page, etc.) and sets the CSP header. */
export function hardenSession(session: Session, development: boolean): void {
  denyPermissions(session)
  const csp = contentSecurityPolicy(development)
  // Pages from the dev server get the header; the packaged file carries the same policy in a meta tag.
  session.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [csp] } })
  })
}

/** Hands a link to the system browser or mail client: only http, https and mailto, and only in its parsed form. */
export function openExternalLink(shell: Pick<Shell, 'openExternal'>, url: unknown): Promise<void> {
  const target = externalLinkTarget(url)
  if (!target) return Promise.reject(new Error('Refused to open a link that is not http, https or mailto.'))
  return shell.openExternal(target)
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
