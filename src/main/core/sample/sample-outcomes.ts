// How two of the sample's done action items went, still to tell their mentors: they show on the mentor's page and
// are in the agenda of the next session planned with them. Pure.
import type { ActionItem, Mentor, Session } from '../../../shared/model'
import { tellLine, withTellLine } from '../domain/tell-agenda'

/** What came of a sample action item, by its title. */
const outcomes: Record<string, string> = {
  'Practise the quarterly review talk with a friend':
    'The review went well: I told it as a story and got the budget for the migration.',
  'Write a short post-mortem for the payments outage':
    'The post-mortem is now the template the team uses for every incident.',
}

/** The sample's action items, with how it went on those that have a line above, written at `stamp`. */
export function withSampleOutcomes(items: ActionItem[], stamp: string): ActionItem[] {
  return items.map((item) => {
    const text = outcomes[item.title]
    return text && item.doneAt ? { ...item, outcome: { text, at: stamp, toldAt: null, toldInSessionId: null } } : item
  })
}

/** The sessions with each untold outcome in the agenda of its mentor's next planned session, as saying it puts it. */
export function withSampleTellLines(sessions: Session[], items: ActionItem[], mentors: Mentor[]): Session[] {
  return sessions.map((session) => {
    if (session.status !== 'planned' || !session.mentorId) return session
    const earlier = sessions.some(
      (s) => s.mentorId === session.mentorId && s.status === 'planned' && s.startsAt < session.startsAt,
    )
    const name = mentors.find((m) => m.id === session.mentorId)?.name
    if (earlier || !name) return session
    const agenda = items
      .filter((item) => item.mentorId === session.mentorId && item.outcome && item.outcome.toldAt === null)
      .reduce((text, item) => withTellLine(text, null, tellLine(name, item.outcome?.text ?? '')), session.agenda)
    return agenda === session.agenda ? session : { ...session, agenda }
  })
}
