// How two of the sample's done action items went, still to tell their mentors: they show on the mentor's page and
// are in the agenda of the next session planned with them. Pure.
import type { ActionItem, Mentor, Session } from '../../../shared/model'
import { tellInNextAgenda } from '../domain/outcomes'

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

/** The sessions once each untold outcome is in its mentor's next planned agenda, as saying it at `now` puts it. */
export function withSampleTellLines(sessions: Session[], items: ActionItem[], mentors: Mentor[], now: Date): Session[] {
  return items
    .filter((item) => item.outcome)
    .reduce(
      (agendas, item) => tellInNextAgenda({ mentors, sessions: agendas }, { ...item, outcome: null }, item, now),
      sessions,
    )
}
