// Merging a contact into a mentor: only empty fields are filled, so nothing the user typed is overwritten.
import type { Mentor, Note } from '../../../shared/model'
import { limits } from '../../../shared/model'
import type { FillableField } from '../../../shared/requests/contacts-import'
import { foldForSearch } from '../../../shared/text'
import type { PreparedContact } from './contact-fields'

/** The mentor fields a contact can fill. */
type Fillable = Pick<Mentor, 'role' | 'organization' | 'email' | 'phone' | 'links' | 'metOn' | 'avatar'>

const linkKey = (link: string) => link.trim().toLowerCase().replace(/\/+$/, '')

/** The contact's links the mentor does not have yet, as many as still fit. */
function newLinks(mentor: Fillable, contact: PreparedContact): string[] {
  const have = new Set(mentor.links.map(linkKey))
  const fresh = contact.links.filter((l) => !have.has(linkKey(l)))
  return fresh.slice(0, Math.max(0, limits.links - mentor.links.length))
}

/** True when the contact's notes are already in one of the mentor's background notes. */
export function noteIsKnown(note: string, backgrounds: readonly string[]): boolean {
  const wanted = foldForSearch(note).replace(/\s+/g, ' ').trim()
  return backgrounds.some((body) => foldForSearch(body).replace(/\s+/g, ' ').includes(wanted))
}

/** What merging `contact` into `mentor` would fill in. */
export function fillsFor(mentor: Fillable, backgrounds: readonly string[], contact: PreparedContact): FillableField[] {
  const fills: FillableField[] = []
  for (const field of ['role', 'organization', 'email', 'phone'] as const) {
    if (!mentor[field] && contact[field]) fills.push(field)
  }
  if (newLinks(mentor, contact).length > 0) fills.push('links')
  if (mentor.metOn === null && contact.metOn) fills.push('metOn')
  if (mentor.avatar === null && contact.avatar) fills.push('avatar')
  if (contact.note && !noteIsKnown(contact.note, backgrounds)) fills.push('background')
  return fills
}

/** The mentor with the contact's values in its empty fields (the same object when nothing changes). */
export function fillMentor<M extends Fillable>(mentor: M, contact: PreparedContact): M {
  const changes: Partial<Fillable> = {}
  for (const field of ['role', 'organization', 'email', 'phone'] as const) {
    if (!mentor[field] && contact[field]) changes[field] = contact[field]
  }
  const links = newLinks(mentor, contact)
  if (links.length > 0) changes.links = [...mentor.links, ...links]
  if (mentor.metOn === null && contact.metOn) changes.metOn = contact.metOn
  if (mentor.avatar === null && contact.avatar) changes.avatar = contact.avatar
  return Object.keys(changes).length === 0 ? mentor : { ...mentor, ...changes }
}

/** A new mentor from a contact: a prospect, with only the contact's fields filled. */
export function mentorFromContact(contact: PreparedContact, id: string, stamp: string): Mentor {
  return {
    id,
    name: contact.name,
    role: contact.role,
    organization: contact.organization,
    email: contact.email,
    phone: contact.phone,
    links: contact.links,
    location: '',
    timeZone: '',
    expertise: [],
    howWeMet: '',
    metOn: contact.metOn,
    cadenceWeeks: null,
    stage: 'prospect',
    avatar: contact.avatar,
    createdAt: stamp,
    updatedAt: stamp,
    archivedAt: null,
  }
}

/** The Background note a contact's notes become. */
export function backgroundNote(mentorId: string, body: string, id: string, stamp: string): Note {
  return {
    id,
    mentorId,
    section: 'background',
    title: '',
    body,
    happenedOn: null,
    pinned: false,
    editedAt: null,
    createdAt: stamp,
    updatedAt: stamp,
  }
}
