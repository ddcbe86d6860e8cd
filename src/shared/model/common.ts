import { z } from 'zod'

/** Text limits shared by the forms and the handlers, so both refuse the same input. */
export const limits = {
  name: 200,
  shortText: 500,
  text: 20_000,
  /** Markdown bodies (notes, session notes): about 1 MB of text. */
  longText: 1_000_000,
  tag: 40,
  tags: 50,
  links: 20,
  /** Resources kept with one session. */
  resources: 100,
  /** Records one record links to: the goals of a session or item, the mentors of a goal. */
  linkedRecords: 500,
  /** A chosen avatar picture, as a data URL. */
  avatarBytes: 400_000,
} as const

/** A record id: a random UUID. */
export const Id = z.uuid({ error: 'Expected a record id (a UUID)' })

/** An instant in UTC, ISO 8601 with a trailing Z, e.g. 2026-11-27T09:30:00.000Z. */
export const Timestamp = z.iso.datetime({ error: 'Expected a UTC date and time, like 2026-11-27T09:30:00Z' })

/** A calendar date without a time, YYYY-MM-DD. */
export const LocalDate = z.iso.date({ error: 'Enter a date as YYYY-MM-DD' })

/** A time of day, HH:MM in 24-hour form. */
export const TimeOfDay = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: 'Enter a time as HH:MM, like 08:30' })

/** True when the runtime knows this IANA time zone name. */
export function isTimeZone(value: string): boolean {
  let known = timeZoneChecks.get(value)
  if (known === undefined) {
    // Constructing a formatter costs about 60 µs; a file holds thousands of zones but only dozens of distinct ones.
    if (timeZoneChecks.size >= TIME_ZONE_CHECKS_KEPT) timeZoneChecks.clear()
    known = checkTimeZone(value)
    timeZoneChecks.set(value, known)
  }
  return known
}

const TIME_ZONE_CHECKS_KEPT = 1_000
const timeZoneChecks = new Map<string, boolean>()

function checkTimeZone(value: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: value })
    return value.length > 0
  } catch {
    return false
  }
}

/** An IANA time zone name, e.g. Europe/Berlin. */
export const TimeZone = z.string().refine(isTimeZone, {
  error: 'Enter a time zone such as Europe/Berlin or America/New_York',
})

/** Free text of at most `max` characters, trimmed. */
export const text = (max: number) =>
  z
    .string()
    .trim()
    .max(max, { error: `Keep this under ${max.toLocaleString('en')} characters` })

type Shape = Record<string, z.ZodType>
type Defaulted<S extends Shape, D> = { [K in keyof S]: K extends keyof D ? z.ZodDefault<S[K]> : S[K] }

/**
 * Gives some fields of a shape their defaults. Field shapes stay default-free so that
 * `z.object(shape).partial()` (an update) never fills untouched fields with defaults.
 */
export function withDefaults<S extends Shape, D extends { [K in keyof S]?: z.output<S[K]> }>(
  shape: S,
  defaults: D,
): Defaulted<S, D> {
  const out: Shape = { ...shape }
  for (const [key, value] of Object.entries(defaults)) {
    const field = shape[key]
    if (field) out[key] = field.default(value as never)
  }
  return out as Defaulted<S, D>
}

/** True for an absolute http or https URL with a host. */
export function isWebUrl(value: string): boolean {
  try {
    const url = new URL(value)
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname.length > 0
  } catch {
    return false
  }
}

/** True for a link the app may hand to the system: a web page (http, https) or an email address (mailto). */
export function isExternalLink(value: string): boolean {
  if (isWebUrl(value)) return true
  try {
    const url = new URL(value)
    return url.protocol === 'mailto:' && url.pathname.length > 0
  } catch {
    return false
  }
}

/** A web address the app may open in the system browser. */
export const WebUrl = z
  .string()
  .trim()
  .max(2_000, { error: 'This web address is too long' })
  .refine(isWebUrl, { error: 'Enter a web address starting with http:// or https://' })

const emailShape = z.email()

/** An email address, or empty. */
export const OptionalEmail = z
  .string()
  .trim()
  .max(254, { error: 'This email address is too long' })
  .refine((v) => v === '' || emailShape.safeParse(v).success, {
    error: 'Enter a valid email address, like name@example.com',
  })

/** The fields every stored record carries. */
export const RecordBase = z.object({
  id: Id,
  createdAt: Timestamp,
  updatedAt: Timestamp,
})
