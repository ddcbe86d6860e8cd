// How two of the sample's done action items went, still to tell their mentors: they show on the mentor's page and
// go into the next session's agenda. Pure.
import type { ActionItem } from '../../../shared/model'

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
