// Mentors as a vCard 4.0 file (RFC 6350), written with ical.js: what address books and CRMs read.
import ICAL from 'ical.js'
import type { Mentor, Note } from '../../../shared/model'

type Component = InstanceType<typeof ICAL.Component>

/** Adds a property of a given value type (ical.js would otherwise escape a URI's commas as text). */
function add(card: Component, name: string, value: string | string[], type?: string): void {
  if (typeof value === 'string' && value.trim() === '') return
  const property = new ICAL.Property(name, card)
  if (type) property.resetType(type)
  property.setValue(value)
  card.addProperty(property)
}

/** One mentor as a vCard: name, organization, role, contact details, links, notes, picture and tags. */
function mentorCard(mentor: Mentor, backgrounds: readonly Note[]): Component {
  const card = new ICAL.Component(['vcard', [], []])
  add(card, 'version', '4.0')
  add(card, 'prodid', '-//Mentor Tracker//Mentors//EN')
  add(card, 'uid', `urn:uuid:${mentor.id}`, 'uri')
  add(card, 'fn', mentor.name)
  // N is structured; a single name goes in as the family name, which every reader shows.
  const words = mentor.name.trim().split(/\s+/)
  const family = words.length > 1 ? (words.pop() ?? '') : mentor.name.trim()
  add(card, 'n', [family, words.length > 0 && family !== mentor.name.trim() ? words.join(' ') : '', '', '', ''])
  add(card, 'org', mentor.organization)
  add(card, 'title', mentor.role)
  add(card, 'email', mentor.email)
  add(card, 'tel', mentor.phone)
  for (const link of mentor.links) add(card, 'url', link, 'uri')
  if (mentor.timeZone) add(card, 'tz', mentor.timeZone)
  if (mentor.expertise.length > 0) {
    const property = new ICAL.Property('categories', card)
    property.setValues(mentor.expertise)
    card.addProperty(property)
  }
  const note = backgrounds
    .map((n) => n.body.trim())
    .filter(Boolean)
    .join('\n\n')
  add(card, 'note', note)
  if (mentor.avatar) add(card, 'photo', mentor.avatar, 'uri')
  return card
}

/** A vCard 4.0 file of the mentors, with their Background notes as each card's NOTE. */
export function buildVcards(mentors: readonly Mentor[], notes: readonly Note[]): string {
  const backgrounds = new Map<string, Note[]>()
  for (const note of notes) {
    if (note.section !== 'background' || !note.mentorId) continue
    backgrounds.set(note.mentorId, [...(backgrounds.get(note.mentorId) ?? []), note])
  }
  return mentors.map((m) => `${mentorCard(m, backgrounds.get(m.id) ?? []).toString()}\r\n`).join('')
}
