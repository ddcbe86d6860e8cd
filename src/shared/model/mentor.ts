import { z } from 'zod'
import {
  Id,
  LocalDate,
  OptionalEmail,
  RecordBase,
  Timestamp,
  TimeZone,
  WebUrl,
  limits,
  text,
  withDefaults,
} from './common'

/** Where a mentoring relationship stands, in the order it usually moves. */
export const mentorStages = ['prospect', 'reached-out', 'active', 'paused', 'alumni'] as const
export const MentorStage = z.enum(mentorStages, { error: 'Choose a stage' })
export type MentorStage = z.infer<typeof MentorStage>

/** Labels a user reads for each stage. */
export const mentorStageLabels: Record<MentorStage, string> = {
  prospect: 'Prospect',
  'reached-out': 'Reached out',
  active: 'Active',
  paused: 'Paused',
  alumni: 'Alumni',
}

/** An expertise tag, e.g. "System design". */
export const Tag = z
  .string()
  .trim()
  .min(1, { error: 'A tag cannot be empty' })
  .max(limits.tag, { error: `Keep tags under ${limits.tag} characters` })

const avatarPattern = /^data:image\/(png|jpeg|webp|gif);base64,[A-Za-z0-9+/=]+$/

/** A picture the user chose for a mentor, kept inline as a data URL. */
export const Avatar = z
  .string()
  .max(limits.avatarBytes, { error: 'Choose a smaller picture (under 300 KB)' })
  .regex(avatarPattern, { error: 'Choose a PNG, JPEG, WebP or GIF picture' })

/** How often to meet or keep in touch, in weeks. */
export const CadenceWeeks = z
  .number({ error: 'Enter a number of weeks' })
  .int({ error: 'Enter a whole number of weeks' })
  .min(1, { error: 'Use at least 1 week' })
  .max(104, { error: 'Use at most 104 weeks (two years)' })

/** Everything the user types about a mentor, without defaults. */
export const mentorFieldShape = {
  name: z
    .string({ error: 'Enter a name' })
    .trim()
    .min(1, { error: 'Enter a name' })
    .max(limits.name, { error: `Keep the name under ${limits.name} characters` }),
  role: text(limits.shortText),
  organization: text(limits.shortText),
  email: OptionalEmail,
  phone: z
    .string()
    .trim()
    .max(40, { error: 'This phone number is too long' })
    .regex(/^[+\d\s().\-/]*(\s*(ext\.?|x)\s*\d+)?$/i, {
      error: 'Use digits, spaces and + ( ) - only, like +49 30 1234567',
    }),
  links: z.array(WebUrl).max(limits.links, { error: `Add at most ${limits.links} links` }),
  location: text(limits.shortText),
  timeZone: z.union([z.literal(''), TimeZone], { error: 'Enter a time zone such as Europe/Berlin' }),
  expertise: z.array(Tag).max(limits.tags, { error: `Add at most ${limits.tags} tags` }),
  howWeMet: text(limits.text),
  metOn: LocalDate.nullable(),
  /** Keep in touch every N weeks; null means no cadence. */
  cadenceWeeks: CadenceWeeks.nullable(),
  stage: MentorStage,
  avatar: Avatar.nullable(),
}

/** The mentor fields with their defaults: only the name is required. */
export const MentorFields = z.object(
  withDefaults(mentorFieldShape, {
    role: '',
    organization: '',
    email: '',
    phone: '',
    links: [],
    location: '',
    timeZone: '',
    expertise: [],
    howWeMet: '',
    metOn: null,
    cadenceWeeks: null,
    stage: 'prospect',
    avatar: null,
  }),
)

/** A mentor as stored. */
export const Mentor = RecordBase.extend(MentorFields.shape).extend({
  archivedAt: Timestamp.nullable().default(null),
})
export type Mentor = z.infer<typeof Mentor>

/** What `mentors:create` takes. */
export const MentorDraft = MentorFields
export type MentorDraft = z.input<typeof MentorDraft>

/** What `mentors:update` takes: the id and only the fields that change. */
export const MentorUpdate = z.object({
  id: Id,
  changes: z.object(mentorFieldShape).partial(),
})
export type MentorUpdate = z.input<typeof MentorUpdate>
