// The sample's alumni mentor comes with a wrap-up: how that mentorship closed. Kept beside sample-data.ts,
// which is long enough. Pure.
import type { WrapUp } from '../../../shared/model'
import { WrapUp as WrapUpSchema } from '../../../shared/model'
import { firstNameOf } from '../../../shared/text'
import type { SampleSet } from './sample-data'

/** The wrap-ups of the sample's alumni mentors, rating the goals linked to them. */
export function sampleWrapUps(set: SampleSet, { now, newId }: { now: Date; newId: () => string }): WrapUp[] {
  const stamp = now.toISOString()
  return set.mentors
    .filter((m) => m.stage === 'alumni')
    .map((mentor) => {
      const first = firstNameOf(mentor.name)
      return WrapUpSchema.parse({
        id: newId(),
        createdAt: stamp,
        updatedAt: stamp,
        mentorId: mentor.id,
        learned: 'A talk is one idea, told three times; rehearsing on video shows what no one else will tell me.',
        carryOn: 'Writing down one takeaway after every conversation, and acting on it within a week.',
        differently: 'Bring a concrete question to each session instead of a status update.',
        goalRatings: set.goals.filter((g) => g.mentorIds.includes(mentor.id)).map((g) => ({ goalId: g.id, rating: 3 })),
        thankYou: `Dear ${first},\n\nThank you for mentoring me through the company programme. Your advice to submit to a small meetup first gave me the courage to start.\n\nI would be glad to stay in touch.`,
      })
    })
}
