// Reads vCard 2.1, 3.0 and 4.0 files (Apple Contacts, Android, Google, Outlook, Thunderbird) with ical.js.
import ICAL from 'ical.js'
import type { RawContact, RawPhoto, ReadContacts } from './raw-contact'
import { blankContact, joinName } from './raw-contact'
import { splitCards } from './vcard-lines'

type Property = InstanceType<typeof ICAL.Property>
type Component = InstanceType<typeof ICAL.Component>

/** A property's value as one string: structured values (ORG, N) joined, nothing when absent. */
function textOf(value: unknown, separator = ' '): string {
  if (Array.isArray(value)) {
    return value
      .map((part) => textOf(part, separator))
      .filter(Boolean)
      .join(separator)
  }
  // ical.js leaves 3.0's escaped semicolon (`\;`) in text values, and Apple escapes colons too.
  return typeof value === 'string' ? value.replace(/\\([;:])/g, '$1').trim() : ''
}

/** 1 for the preferred one (TYPE=pref in 2.1 and 3.0, PREF=1 in 4.0), larger for the others. */
function preference(property: Property): number {
  const pref = Number(property.getParameter('pref'))
  if (Number.isFinite(pref) && pref > 0) return pref
  const types = property.getParameter('type')
  const list = Array.isArray(types) ? types : types ? [types] : []
  return list.some((t) => String(t).toLowerCase() === 'pref') ? 1 : 101
}

/** The values of every property `name`, the preferred first; `strip` removes a scheme (`mailto:`, `tel:`). */
function valuesOf(card: Component, name: string, strip?: RegExp): string[] {
  return card
    .getAllProperties(name)
    .map((property, order) => ({ property, order, rank: preference(property) }))
    .sort((a, b) => a.rank - b.rank || a.order - b.order)
    .map(({ property }) => textOf(property.getFirstValue()))
    .map((value) => (strip ? value.replace(strip, '') : value).trim())
    .filter(Boolean)
}

/** Apple writes URLs as `https\://…`: an escape 3.0 does not have, so ical.js leaves it. */
const unescapeUri = (value: string) => value.replace(/\\([:,;\\])/g, '$1')

/** The web links of a card: URL properties and social profiles (LinkedIn from Apple Contacts). */
function linksOf(card: Component): string[] {
  const urls = valuesOf(card, 'url')
  const social = valuesOf(card, 'x-socialprofile').filter((v) => /^(https?:|www\.)/i.test(unescapeUri(v)))
  return [...urls, ...social].map(unescapeUri)
}

/** The bytes of a base64 text, or null when it is not base64. */
function base64Bytes(text: string): Uint8Array | null {
  const compact = text.replace(/\s+/g, '')
  if (compact === '' || !/^[A-Za-z0-9+/]+=*$/.test(compact)) return null
  return new Uint8Array(Buffer.from(compact, 'base64'))
}

/** The card's photo: inline (base64 in 2.1 and 3.0, a data: URI in 4.0), or a web link. */
function photoOf(card: Component): RawPhoto | null {
  const property = card.getFirstProperty('photo')
  if (!property) return null
  // Inline pictures come as an ICAL.Binary, whose string is the base64 text.
  const raw: unknown = property.getFirstValue()
  const value = (typeof raw === 'object' && raw !== null ? String(raw) : textOf(raw)).replace(/\\,/g, ',')
  if (/^https?:/i.test(value)) return { kind: 'link' }
  const dataUri = /^data:[^,]*;base64,(.*)$/is.exec(value)
  const bytes = base64Bytes(dataUri ? (dataUri[1] ?? '') : value)
  return bytes ? { kind: 'bytes', bytes } : null
}

/** The card's name: FN, or else its name parts (N: family; given; additional; prefix; suffix). */
function nameOf(card: Component): string {
  const formatted = textOf(card.getFirstPropertyValue('fn'))
  if (formatted) return formatted
  const parts = card.getFirstPropertyValue('n')
  if (!Array.isArray(parts)) return textOf(parts)
  const [family, given, additional] = parts.map((p) => textOf(p))
  return joinName(given ?? '', additional ?? '', family ?? '')
}

/** One card as a raw contact. */
function contactOf(card: Component, where: string): RawContact {
  return {
    ...blankContact(where),
    name: nameOf(card),
    // ORG is "organization;unit": the organization is what the roster shows.
    organization: textOf(
      ((value) => (Array.isArray(value) ? value[0] : value))(card.getFirstPropertyValue('org')),
      ', ',
    ),
    role: textOf(card.getFirstPropertyValue('title')) || textOf(card.getFirstPropertyValue('role')),
    emails: valuesOf(card, 'email', /^mailto:/i),
    phones: valuesOf(card, 'tel', /^tel:/i),
    links: linksOf(card),
    note: valuesOf(card, 'note').join('\n\n'),
    photo: photoOf(card),
  }
}

/** Reads every card of a vCard file; a card that cannot be read, or has no name, is skipped with its reason. */
export function readVcards(text: string): ReadContacts {
  const result: ReadContacts = { contacts: [], skipped: [] }
  for (const card of splitCards(text)) {
    const where = `Card ${card.number}`
    let contact: RawContact
    try {
      const parsed: unknown = ICAL.parse(card.text)
      // ical.js reads values when first asked for: a damaged one throws here, while the card is read.
      contact = contactOf(new ICAL.Component(parsed as ConstructorParameters<typeof ICAL.Component>[0]), where)
    } catch (error) {
      const detail = error instanceof Error ? error.message.replace(/\s+/g, ' ').slice(0, 120) : ''
      result.skipped.push({ where, reason: `This card could not be read (${detail}).` })
      continue
    }
    if (!contact.name) result.skipped.push({ where, reason: 'This card has no name.' })
    else result.contacts.push(contact)
  }
  return result
}
