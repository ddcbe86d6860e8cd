// A raw contact checked against the mentor fields: what fits is kept, what does not is said in a warning.
import { DateTime } from 'luxon'
import { LocalDate, OptionalEmail, WebUrl, limits, mentorFieldShape } from '../../../shared/model'
import { avatarFromPhoto } from './photo'
import type { RawContact } from './raw-contact'

/** A contact ready to become (or fill in) a mentor. */
export interface PreparedContact {
  file: string
  where: string
  name: string
  organization: string
  role: string
  email: string
  phone: string
  links: string[]
  note: string
  metOn: string | null
  avatar: string | null
  warnings: string[]
}

/** Date formats exports write: ISO, LinkedIn's "05 Mar 2024" (and its older "05-Mar-24"), "March 5, 2024". */
const dateFormats = ['yyyy-MM-dd', 'd MMM yyyy', 'd-MMM-yy', 'd-MMM-yyyy', 'MMM d, yyyy', 'MMMM d, yyyy', 'd MMMM yyyy']

/** A date as YYYY-MM-DD, or null when it is none of the formats exports write. */
export function parseExportDate(text: string): string | null {
  for (const format of dateFormats) {
    const date = DateTime.fromFormat(text.trim(), format, { locale: 'en-US', zone: 'utc' })
    if (date.isValid) return date.toFormat('yyyy-MM-dd')
  }
  return null
}

/** A web address with its scheme: exports often write `www.example.com` or `linkedin.com/in/…`. */
function withScheme(link: string): string {
  const trimmed = link.trim()
  if (/^[a-z][a-z0-9+.-]*:/i.test(trimmed)) return trimmed
  return /^[\w-]+(\.[\w-]+)+(\/|$)/.test(trimmed) ? `https://${trimmed}` : trimmed
}

/** The text cut to `max` characters, and a warning when it was cut. */
function fit(text: string, max: number, what: string, warnings: string[]): string {
  const clean = text.replace(/\s+/g, ' ').trim()
  if (clean.length <= max) return clean
  warnings.push(`The ${what} was longer than ${max} characters and was shortened.`)
  return clean.slice(0, max).trim()
}

/** The first value that passes `check`; the ones before it that did not are warned about. */
function firstValid(values: string[], check: (v: string) => boolean, what: string, warnings: string[]): string {
  for (const value of values) {
    if (check(value)) return value
    warnings.push(`“${value.slice(0, 60)}” is not ${what}, so it was left out.`)
  }
  return ''
}

/** Checks a raw contact's fields; null (with the reason) when it cannot become a mentor at all. */
export function prepareContact(raw: RawContact, file: string): PreparedContact | { skip: string } {
  const warnings: string[] = []
  const name = raw.name.replace(/\s+/g, ' ').trim()
  if (!name) return { skip: 'This contact has no name.' }
  if (name.length > limits.name) return { skip: `The name is longer than ${limits.name} characters.` }
  const email = firstValid(
    raw.emails.map((e) => e.trim()),
    (e) => e !== '' && OptionalEmail.safeParse(e).success,
    'an email address',
    warnings,
  )
  const phone = firstValid(
    raw.phones.map((p) => p.replace(/\s+/g, ' ').trim()),
    (p) => mentorFieldShape.phone.safeParse(p).success,
    'a phone number Mentor Tracker can keep',
    warnings,
  )
  const links: string[] = []
  for (const link of raw.links.map(withScheme)) {
    if (!WebUrl.safeParse(link).success)
      warnings.push(`“${link.slice(0, 60)}” is not a web address, so it was left out.`)
    else if (links.length >= limits.links) warnings.push(`Only the first ${limits.links} links were kept.`)
    else if (!links.includes(link)) links.push(link)
  }
  let metOn: string | null = null
  if (raw.metOn.trim()) {
    metOn = parseExportDate(raw.metOn)
    if (!metOn || !LocalDate.safeParse(metOn).success) {
      metOn = null
      warnings.push(
        `“${raw.metOn.slice(0, 40)}” is not a date Mentor Tracker understands, so the date met was left out.`,
      )
    }
  }
  let avatar: string | null = null
  if (raw.photo?.kind === 'link') warnings.push('The photo is a link to the web; it was not downloaded.')
  if (raw.photo?.kind === 'bytes') {
    const photo = avatarFromPhoto(raw.photo.bytes)
    if ('avatar' in photo) avatar = photo.avatar
    else warnings.push(photo.warning)
  }
  let note = raw.note.replace(/\r\n?/g, '\n').trim()
  if (note.length > limits.longText) {
    note = note.slice(0, limits.longText)
    warnings.push('The notes were too long and were shortened.')
  }
  return {
    file,
    where: raw.where,
    name,
    organization: fit(raw.organization, limits.shortText, 'organization', warnings),
    role: fit(raw.role, limits.shortText, 'role', warnings),
    email,
    phone,
    links,
    note,
    metOn,
    avatar,
    warnings: [...new Set(warnings)],
  }
}
