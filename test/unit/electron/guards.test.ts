import { describe, expect, it } from 'vitest'
import { contentSecurityPolicy, decideNavigation, decideWindowOpen, isAppUrl } from '../../../src/main/electron/guards'

const packaged = { rendererFile: '/opt/Mentor Tracker/resources/app.asar/out/renderer/index.html' }
const dev = { devServerUrl: 'http://localhost:5173/', rendererFile: '/x/index.html' }

describe('navigation and link guards', () => {
  it.each([
    ['file:///opt/Mentor%20Tracker/resources/app.asar/out/renderer/index.html#/mentors', packaged, true],
    ['file:///opt/Mentor%20Tracker/resources/app.asar/out/renderer/other.html', packaged, false],
    ['file:///etc/passwd', packaged, false],
    ['https://evil.example/index.html', packaged, false],
    ['http://localhost:5173/#/settings', dev, true],
    ['http://localhost:5174/', dev, false],
    ['not a url', packaged, false],
  ])('%s is an app page: %s', (url, origin, expected) => {
    expect(isAppUrl(url, origin)).toBe(expected)
  })

  it.each([
    ['https://example.com/article', 'open-externally'],
    ['http://example.com', 'open-externally'],
    ['mailto:zoe@example.com', 'open-externally'],
    ['file:///etc/passwd', 'deny'],
    ['javascript:alert(1)', 'deny'],
    ['smb://server/share', 'deny'],
    ['data:text/html,<script>alert(1)</script>', 'deny'],
  ])('navigating to %s: %s', (url, action) => {
    expect(decideNavigation(url, packaged).action).toBe(action)
    expect(decideWindowOpen(url).action).toBe(action)
  })

  it('never opens an app page in a new window', () => {
    expect(decideWindowOpen('file:///opt/Mentor%20Tracker/resources/app.asar/out/renderer/index.html').action).toBe(
      'deny',
    )
  })
})

describe('content security policy', () => {
  const directives = (csp: string) =>
    new Map(csp.split('; ').map((d) => [d.split(' ')[0], d.split(' ').slice(1).join(' ')]))

  it('allows only the app itself in production: no inline or remote script, no eval, no plugins', () => {
    const csp = directives(contentSecurityPolicy(false))
    expect(csp.get('default-src')).toBe("'none'")
    expect(csp.get('script-src')).toBe("'self'")
    expect(csp.get('connect-src')).toBe("'self'")
    expect(csp.get('object-src')).toBe("'none'")
    expect(csp.get('base-uri')).toBe("'none'")
    expect(contentSecurityPolicy(false)).not.toMatch(/unsafe-eval|https?:|\*/)
  })

  it('relaxes only what hot reload needs in development', () => {
    const csp = directives(contentSecurityPolicy(true))
    expect(csp.get('script-src')).toContain("'unsafe-inline'")
    expect(csp.get('connect-src')).toContain('ws:')
    expect(contentSecurityPolicy(true)).not.toContain('unsafe-eval')
  })
})
