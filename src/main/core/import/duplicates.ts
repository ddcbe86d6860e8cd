// Who a contact already is: a mentor here, or an earlier contact of the same import (in this file or another).
// The same email (case ignored) or the same name (accents, case and punctuation ignored) is the same person.
import type { Mentor } from '../../../shared/model'
import type { ContactMatch } from '../../../shared/requests/contacts-import'
import { foldForSearch } from '../../../shared/text'

/** The form of a name compared for duplicates: "Zoë  Ångström-Li" and "zoe angstrom li" are one. */
export function nameKey(name: string): string {
  return foldForSearch(name)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
}

/** The form of an email compared for duplicates. */
export const emailKey = (email: string) => email.trim().toLowerCase()

interface Person {
  name: string
  email: string
}

/** Finds, for each contact in turn, the mentor or earlier contact it is the same person as. */
export function createMatcher(mentors: readonly Mentor[]) {
  const mentorByEmail = new Map<string, Mentor>()
  const mentorByName = new Map<string, Mentor>()
  for (const mentor of mentors) {
    if (mentor.email && !mentorByEmail.has(emailKey(mentor.email))) mentorByEmail.set(emailKey(mentor.email), mentor)
    if (!mentorByName.has(nameKey(mentor.name))) mentorByName.set(nameKey(mentor.name), mentor)
  }
  const rowByEmail = new Map<string, { index: number; name: string }>()
  const rowByName = new Map<string, { index: number; name: string }>()

  /** The match of the next contact; remembers it, so later ones can match it. */
  return (contact: Person, index: number): ContactMatch | null => {
    const email = contact.email ? emailKey(contact.email) : ''
    const name = nameKey(contact.name)
    const asMentor = (m: Mentor, by: 'email' | 'name'): ContactMatch => ({
      kind: 'mentor',
      mentorId: m.id,
      name: m.name,
      by,
    })
    const asRow = (r: { index: number; name: string }, by: 'email' | 'name'): ContactMatch => ({
      kind: 'row',
      index: r.index,
      name: r.name,
      by,
    })
    const byEmailMentor = email ? mentorByEmail.get(email) : undefined
    const byEmailRow = email ? rowByEmail.get(email) : undefined
    const byNameMentor = name ? mentorByName.get(name) : undefined
    const byNameRow = name ? rowByName.get(name) : undefined
    const match = byEmailMentor
      ? asMentor(byEmailMentor, 'email')
      : byEmailRow
        ? asRow(byEmailRow, 'email')
        : byNameMentor
          ? asMentor(byNameMentor, 'name')
          : byNameRow
            ? asRow(byNameRow, 'name')
            : null
    // Later contacts match the first of a group, which is the one that becomes (or fills) the mentor.
    const first = match?.kind === 'row' ? { index: match.index, name: match.name } : { index, name: contact.name }
    if (email && !rowByEmail.has(email)) rowByEmail.set(email, first)
    if (name && !rowByName.has(name)) rowByName.set(name, first)
    return match
  }
}
