// What every contacts reader (vCard, the CSV formats) hands on: the fields as found, before any checking.

/** A picture found with a contact: its bytes, or a web link (never downloaded: nothing leaves this computer). */
export type RawPhoto = { kind: 'bytes'; bytes: Uint8Array } | { kind: 'link' }

/** A contact as read from a file: lists in the order of preference (the preferred email first). */
export interface RawContact {
  /** Where in the file: "Card 3", "Row 12". */
  where: string
  name: string
  organization: string
  role: string
  emails: string[]
  phones: string[]
  links: string[]
  note: string
  /** LinkedIn's "Connected On", as written in the file. */
  metOn: string
  photo: RawPhoto | null
}

/** An entry that could not be read, and why, in a sentence. */
export interface SkippedRaw {
  where: string
  reason: string
}

/** What a reader found in one file. */
export interface ReadContacts {
  contacts: RawContact[]
  skipped: SkippedRaw[]
}

/** A contact with every field empty, to fill in. */
export function blankContact(where: string): RawContact {
  return {
    where,
    name: '',
    organization: '',
    role: '',
    emails: [],
    phones: [],
    links: [],
    note: '',
    metOn: '',
    photo: null,
  }
}

const cjk = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]+$/u

/** A full name from its parts; Chinese, Japanese and Korean names are written family name first, without a space. */
export function joinName(given: string, middle: string, family: string): string {
  const parts = [given, middle, family].map((p) => p.trim()).filter(Boolean)
  if (family.trim() && parts.every((p) => cjk.test(p))) return family.trim() + [given, middle].join('').trim()
  return parts.join(' ')
}
