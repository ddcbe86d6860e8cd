import type { Session, WebContents } from 'electron'
import { describe, expect, it } from 'vitest'
import { MAX_EXTERNAL_LINK_LENGTH, externalLinkTarget, grantsPermission } from '../../../src/main/electron/guards'
import { hardenContents, hardenSession, openExternalLink } from '../../../src/main/electron/security'

const packaged = { rendererFile: '/opt/Mentor Tracker/resources/app.asar/out/renderer/index.html' }
const appPage = 'file:///opt/Mentor%20Tracker/resources/app.asar/out/renderer/index.html#/mentors'

describe('links handed to the system', () => {
  it.each([
    ['https://example.com/article?id=1#top', 'https://example.com/article?id=1#top'],
    ['http://example.com', 'http://example.com/'],
    ['HTTP://EXAMPLE.COM/Path', 'http://example.com/Path'],
    ['HtTpS://example.com', 'https://example.com/'],
    ['  https://example.com/  ', 'https://example.com/'],
    ['\thttps://example.com/\n', 'https://example.com/'],
    ['https://例え.jp/', 'https://xn--r8jz45g.jp/'],
    ['mailto:zoe@example.com', 'mailto:zoe@example.com'],
    ['MAILTO:zoe@example.com?subject=Hello', 'mailto:zoe@example.com?subject=Hello'],
  ])('%j opens as %s', (input, opened) => {
    expect(externalLinkTarget(input)).toBe(opened)
  })

  it.each([
    ['javascript:alert(1)'],
    ['JavaScript:alert(1)'],
    [' javascript:alert(1)'],
    ['file:///etc/passwd'],
    ['file://server/share/run.exe'],
    ['data:text/html,<script>alert(1)</script>'],
    ['vbscript:msgbox(1)'],
    ['smb://server/share'],
    ['ms-msdt:/id PCWDiagnostic'],
    ['search-ms:query=calc'],
    ['ftp://example.com/file'],
    ['about:blank'],
    ['mailto:'],
    ['https://'],
    ['//example.com/path'],
    ['/relative/path'],
    ['example.com'],
    [''],
    ['https://user:secret@example.com/'],
    ['https://bank.example@evil.example/'],
    ['https://:pw@example.com/'],
  ])('%j is refused', (input) => {
    expect(externalLinkTarget(input)).toBeNull()
  })

  it.each([
    [undefined],
    [null],
    [42],
    [true],
    [['https://example.com/']],
    [{ toString: () => 'https://example.com/' }],
  ])('a value that is not a string (%j) is refused', (input) => {
    expect(externalLinkTarget(input)).toBeNull()
  })

  it('accepts a link up to the length limit and refuses a longer one, however long', () => {
    const base = 'https://example.com/'
    const atLimit = base + 'a'.repeat(MAX_EXTERNAL_LINK_LENGTH - base.length)
    expect(externalLinkTarget(atLimit)).toBe(atLimit)
    expect(externalLinkTarget(`${atLimit}a`)).toBeNull()
    expect(externalLinkTarget(base + 'a'.repeat(5_000_000))).toBeNull()
  })

  it('open only the parsed link, and never reach the system for anything else', async () => {
    const opened: string[] = []
    const shell = { openExternal: async (url: string) => void opened.push(url) }
    await openExternalLink(shell, '  HTTPS://Example.com/notes ')
    await openExternalLink(shell, 'mailto:zoe@example.com')
    for (const bad of ['javascript:alert(1)', 'file:///etc/passwd', 'https://a@evil.example/', 7])
      await expect(openExternalLink(shell, bad)).rejects.toThrow(/Refused/)
    expect(opened).toEqual(['https://example.com/notes', 'mailto:zoe@example.com'])
  })
})

describe('permissions', () => {
  it.each([
    'media',
    'geolocation',
    'notifications',
    'clipboard-read',
    'clipboard-sanitized-write',
    'display-capture',
    'fullscreen',
    'openExternal',
    'pointerLock',
    'hid',
    'serial',
    'usb',
    'midiSysex',
    'unknown',
  ])('a page asking for %s is refused', (permission) => {
    expect(grantsPermission(permission)).toBe(false)
  })
})

/** A Session that records what the host installs on it. */
function fakeSession() {
  const installed: {
    request?: (contents: unknown, permission: string, callback: (granted: boolean) => void, details: unknown) => void
    check?: (contents: unknown, permission: string, origin: string, details: unknown) => boolean
    device?: (details: { deviceType: string; origin: string }) => boolean
    headers?: (
      details: { responseHeaders?: Record<string, string[]> },
      callback: (response: { responseHeaders?: Record<string, string[]> }) => void,
    ) => void
  } = {}
  const session = {
    setPermissionRequestHandler: (handler: typeof installed.request) => void (installed.request = handler),
    setPermissionCheckHandler: (handler: typeof installed.check) => void (installed.check = handler),
    setDevicePermissionHandler: (handler: typeof installed.device) => void (installed.device = handler),
    webRequest: { onHeadersReceived: (handler: typeof installed.headers) => void (installed.headers = handler) },
  }
  return { session: session as unknown as Session, installed }
}

describe('the app session', () => {
  it('refuses every permission request, check and device, whatever the page asks', () => {
    const { session, installed } = fakeSession()
    hardenSession(session, false)
    for (const permission of ['media', 'notifications', 'geolocation', 'clipboard-read', 'openExternal']) {
      const answers: boolean[] = []
      installed.request?.({}, permission, (granted) => void answers.push(granted), {})
      expect(answers).toEqual([false])
      expect(installed.check?.({}, permission, 'file://', {})).toBe(false)
    }
    for (const deviceType of ['hid', 'serial', 'usb'])
      expect(installed.device?.({ deviceType, origin: 'file://' })).toBe(false)
  })

  it('adds the strict Content-Security-Policy header to every response, keeping the others', () => {
    const { session, installed } = fakeSession()
    hardenSession(session, false)
    let headers: Record<string, string[]> | undefined
    installed.headers?.({ responseHeaders: { 'Content-Type': ['text/html'] } }, (r) => (headers = r.responseHeaders))
    expect(headers?.['Content-Type']).toEqual(['text/html'])
    expect(headers?.['Content-Security-Policy']?.[0]).toMatch(/^default-src 'none'; script-src 'self';/)
  })
})

/** A WebContents that records the listeners and the window-open handler the host installs. */
function fakeContents() {
  const listeners = new Map<string, (event: { url?: string; preventDefault(): void }) => void>()
  let openHandler: ((details: { url: string }) => { action: string }) | undefined
  const contents = {
    on: (name: string, listener: (event: { url?: string; preventDefault(): void }) => void) =>
      void listeners.set(name, listener),
    setWindowOpenHandler: (handler: typeof openHandler) => void (openHandler = handler),
  }
  /** Emits `name` for `url`; true when the host prevented it. */
  const emit = (name: string, url?: string) => {
    let prevented = false
    listeners.get(name)?.({ url, preventDefault: () => void (prevented = true) })
    return prevented
  }
  const open = (url: string) => openHandler?.({ url })
  return { contents: contents as unknown as WebContents, emit, open, listeners }
}

describe('a hardened window', () => {
  function harden() {
    const opened: string[] = []
    const fake = fakeContents()
    hardenContents(fake.contents, packaged, (url) => void opened.push(url))
    return { ...fake, opened }
  }

  it('stays on the app: navigation inside it goes on, navigation away is stopped', () => {
    const { emit, opened } = harden()
    expect(emit('will-navigate', appPage)).toBe(false)
    for (const away of ['file:///etc/passwd', 'https://evil.example/', 'javascript:alert(1)', 'data:text/html,x'])
      expect(emit('will-navigate', away)).toBe(true)
    // A web link the page follows goes to the system browser instead, in its parsed form.
    expect(opened).toEqual(['https://evil.example/'])
  })

  it('stops redirects away from the app and never attaches a webview', () => {
    const { emit, opened } = harden()
    expect(emit('will-redirect', appPage)).toBe(false)
    expect(emit('will-redirect', 'https://evil.example/')).toBe(true)
    expect(emit('will-attach-webview')).toBe(true)
    expect(opened).toEqual([])
  })

  it('opens no new window: web and mail links go to the system, anything else nowhere', () => {
    const { open, opened } = harden()
    for (const url of [appPage, 'https://example.com/a', 'mailto:zoe@example.com', 'file:///etc/passwd', 'about:blank'])
      expect(open(url)).toEqual({ action: 'deny' })
    expect(opened).toEqual(['https://example.com/a', 'mailto:zoe@example.com'])
  })
})
