import { describe, expect, it } from 'vitest'
import { externalLinkTarget } from '../../../src/main/electron/guards'
import { ExternalUrl } from '../../../src/shared/requests/app'
import { MAIL_LINK_LIMIT, thankYouMailLink } from '../../../src/renderer/src/lib/thank-you-mail'

const body = 'Dear Zoë,\n\nThank you & see you soon? 100% yes.\n\nWith thanks,\nSam'

describe('the thank-you as a mail link', () => {
  it('opens a mail to the mentor alone, with the subject and the whole message, through the checks of core and the host', () => {
    const link = thankYouMailLink('Zoë', 'zoe.martin+mentoring@example.com', body)
    if (!('url' in link)) throw new Error(link.reason)
    const url = new URL(link.url)
    expect(url.protocol).toBe('mailto:')
    expect(decodeURIComponent(url.pathname)).toBe('zoe.martin+mentoring@example.com')
    expect(url.searchParams.get('subject')).toBe('Thank you')
    expect(decodeURIComponent(link.url.split('&body=')[1]!)).toBe(body.replace(/\n/g, '\r\n'))
    // Core's schema takes it, and the Electron host opens exactly this link.
    expect(ExternalUrl.safeParse(link.url).success).toBe(true)
    expect(externalLinkTarget(link.url)).toBe(link.url)
  })

  it.each([
    ['', /Add an email address to Zoë/],
    ['   ', /Add an email address to Zoë/],
    ['zoe@example.com?cc=boss@example.com', /cannot be used in a mail link/],
    ['zoe@example.com,boss@example.com', /cannot be used in a mail link/],
  ])('has no link for the address %j, and says why', (email, reason) => {
    const link = thankYouMailLink('Zoë', email, body)
    expect('reason' in link && link.reason).toMatch(reason)
  })

  it('has no link for a message too long for one, and says to copy it instead', () => {
    const fits = thankYouMailLink('Zoë', 'zoe@example.com', 'a'.repeat(1_500))
    expect('url' in fits && fits.url.length).toBeLessThanOrEqual(MAIL_LINK_LIMIT)
    const long = thankYouMailLink('Zoë', 'zoe@example.com', 'ë'.repeat(400))
    expect('reason' in long && long.reason).toMatch(/too long.*Copy it/)
  })
})
