// The thank-you as a mailto: link to the mentor's own address, for the mail client, through core's link check.
import { isExternalLink } from '../../../shared/model/common'

/** The longest link core hands to the system (the `app:openExternal` schema's limit). */
export const MAIL_LINK_LIMIT = 2_000

/** The subject the thank-you mail opens with. */
export const thankYouSubject = 'Thank you'

/** A mailto: link, or why there is none: the sentence a disabled "Open in mail" button shows. */
export type MailLink = { url: string } | { reason: string }

/** Encodes one part of a mailto: link; line ends become CRLF, as RFC 6068 asks. */
const encode = (text: string) => encodeURIComponent(text.replace(/\r?\n/g, '\r\n'))

/** The link that opens a new mail to `email` with the thank-you as its body, if one can be made. */
export function thankYouMailLink(name: string, email: string, body: string): MailLink {
  const address = email.trim()
  if (address === '') return { reason: `Add an email address to ${name} to open this in your mail app.` }
  // One recipient only: the address goes in as itself, with nothing that could add a header or recipient.
  if (/[?&#,;\s]/.test(address) || !address.includes('@')) {
    return { reason: `${name}'s email address cannot be used in a mail link. Copy the message instead.` }
  }
  const url = `mailto:${encodeURIComponent(address).replace('%40', '@')}?subject=${encode(thankYouSubject)}&body=${encode(body)}`
  if (url.length > MAIL_LINK_LIMIT || !isExternalLink(url)) {
    return { reason: 'This message is too long for a mail link. Copy it and paste it into your mail instead.' }
  }
  return { url }
}
