// What each record contributes to the search index. Pure: a record in, a document out.
import type { ActionItem, Agreement, CheckIn, Goal, Mentor, Note, Session, WrapUp } from '../../../shared/model'
import { noteSectionLabels } from '../../../shared/model'

export const searchKinds = ['mentor', 'note', 'session', 'action', 'goal', 'agreement', 'wrapUp', 'checkIn'] as const
export type SearchKind = (typeof searchKinds)[number]

/** A searchable document: its title weighs more than its text. */
export interface SearchDocument {
  id: string
  kind: SearchKind
  recordId: string
  title: string
  text: string
}

const join = (...parts: Array<string | undefined>) => parts.filter(Boolean).join('\n')

export const mentorDocument = (m: Mentor): SearchDocument => ({
  id: `mentor:${m.id}`,
  kind: 'mentor',
  recordId: m.id,
  title: m.name,
  text: join(m.role, m.organization, m.expertise.join(', '), m.location, m.howWeMet, m.email),
})

export const noteDocument = (n: Note): SearchDocument => ({
  id: `note:${n.id}`,
  kind: 'note',
  recordId: n.id,
  title: n.title || noteSectionLabels[n.section],
  text: n.body,
})

export const sessionDocument = (s: Session): SearchDocument => ({
  id: `session:${s.id}`,
  kind: 'session',
  recordId: s.id,
  title: s.takeaways.split('\n')[0] ?? '',
  text: join(s.agenda, s.notes, s.whatWorked, s.whatDidNot, s.takeaways, s.reflection),
})

export const actionDocument = (a: ActionItem): SearchDocument => ({
  id: `action:${a.id}`,
  kind: 'action',
  recordId: a.id,
  title: a.title,
  // How it went, so "RFC passed" finds the item it came of.
  text: a.outcome?.text ?? '',
})

export const goalDocument = (g: Goal): SearchDocument => ({
  id: `goal:${g.id}`,
  kind: 'goal',
  recordId: g.id,
  title: g.title,
  text: g.why,
})

/** The wrap-up of a mentorship: the reflection and the thank-you, findable by the mentee (its title is the mentor's). */
export const wrapUpDocument = (w: WrapUp): SearchDocument => ({
  id: `wrapUp:${w.id}`,
  kind: 'wrapUp',
  recordId: w.id,
  title: 'Wrap-up',
  text: join(w.learned, w.carryOn, w.differently, w.thankYou),
})

/** A check-in's note, findable by the mentee alone (the app's search is never shared). */
export const checkInDocument = (c: CheckIn): SearchDocument => ({
  id: `checkIn:${c.id}`,
  kind: 'checkIn',
  recordId: c.id,
  title: 'Check-in',
  text: c.note,
})

/** A mentoring agreement: the words of its terms as they read now (earlier versions are not searched). */
export const agreementDocument = (a: Agreement): SearchDocument => ({
  id: `agreement:${a.id}`,
  kind: 'agreement',
  recordId: a.id,
  title: 'Agreement',
  text: join(a.focus, a.confidentiality, a.feedback, a.endsWhen),
})
