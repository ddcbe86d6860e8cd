// Pure checks the Electron host applies to URLs, IPC senders and permission requests. No electron import: unit-tested in Node.
import { pathToFileURL } from 'node:url'
import { isExternalLink } from '../../shared/model/common'

/** Where the app's own pages come from: the dev server in development, the packaged file otherwise. */
export interface AppOrigin {
  devServerUrl?: string | undefined
  /** Absolute path of the renderer's index.html. */
  rendererFile: string
}

/** True when `url` is one of the app's own pages (any hash route of it). */
export function isAppUrl(url: string, origin: AppOrigin): boolean {
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return false
  }
  if (origin.devServerUrl) {
    return parsed.origin === new URL(origin.devServerUrl).origin
  }
  if (parsed.protocol !== 'file:') return false
  const expected = pathToFileURL(origin.rendererFile)
  return decodeURIComponent(parsed.pathname) === decodeURIComponent(expected.pathname)
}

/** What to do with a navigation or window.open the renderer attempts. */
export type LinkDecision = { action: 'allow' } | { action: 'open-externally'; url: string } | { action: 'deny' }

/** The longest link handed to the system: above any link the app stores (2,000), far below an attack string. */
export const MAX_EXTERNAL_LINK_LENGTH = 2_048

/**
 * The parsed, normalized form of a link the system may open, or null: http and https with a host and no
 * credentials, mailto with an address. What is opened is this form, never the raw string.
 */
export function externalLinkTarget(value: unknown): string | null {
  if (typeof value !== 'string' || value.length > MAX_EXTERNAL_LINK_LENGTH || !isExternalLink(value)) return null
  const url = new URL(value)
  // user:password@ is how a link hides its real host (https://bank.example@evil.example/).
  if (url.username || url.password) return null
  return url.href
}

/** Navigation stays inside the app; web and mail links go to the system; everything else is refused. */
export function decideNavigation(url: string, origin: AppOrigin): LinkDecision {
  if (isAppUrl(url, origin)) return { action: 'allow' }
  return decideWindowOpen(url)
}

/** New windows are never opened; web and mail links go to the system. */
export function decideWindowOpen(url: string): LinkDecision {
  const target = externalLinkTarget(url)
  return target ? { action: 'open-externally', url: target } : { action: 'deny' }
}

/**
 * Whether a page may use a browser permission (camera, microphone, geolocation, notifications, clipboard
 * reading, devices…): never. The app needs none; its notifications come from the main process.
 */
export function grantsPermission(_permission: string): boolean {
  return false
}

/** The Content-Security-Policy of every app page. Development adds what the dev server's hot reload needs. */
export function contentSecurityPolicy(development: boolean): string {
  const directives: Record<string, string> = {
    'default-src': "'none'",
    'script-src': development ? "'self' 'unsafe-inline'" : "'self'",
    // Mantine injects its CSS variables with <style> elements.
    'style-src': "'self' 'unsafe-inline'",
    'img-src': "'self' data: blob:",
    'font-src': "'self' data:",
    'connect-src': development ? "'self' ws:" : "'self'",
    'object-src': "'none'",
    'base-uri': "'none'",
    'form-action': "'none'",
    'frame-src': "'none'",
  }
  return Object.entries(directives)
    .map(([name, value]) => `${name} ${value}`)
    .join('; ')
}
