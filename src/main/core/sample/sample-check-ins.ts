// The sample data's check-ins: Zoë's going well, Priya's slipping (so the dashboard shows what a falling trend
// looks like). Dates are relative to `now`. Pure.
import type { CheckIn, Mentor } from '../../../shared/model'
import { firstNameOf } from '../../../shared/text'

const DAY = 86_400_000

type Spec = { daysAgo: number; ratings: [number, number, number]; note: string }

const byMentor: Record<string, Spec[]> = {
  Zoë: [
    { daysAgo: 140, ratings: [4, 4, 3], note: 'Great sessions; I still put off the follow-ups.' },
    { daysAgo: 80, ratings: [5, 4, 4], note: 'The design doc feedback was exactly what I needed.' },
    { daysAgo: 20, ratings: [5, 4, 5], note: 'Finally acting on what we discuss: the RFC is out.' },
  ],
  Priya: [
    { daysAgo: 120, ratings: [5, 4, 4], note: 'Energising start.' },
    { daysAgo: 70, ratings: [4, 3, 3], note: 'We keep moving the sessions.' },
    { daysAgo: 25, ratings: [3, 2, 3], note: 'Not sure we still have a focus. Worth raising next time.' },
  ],
}

/** The sample check-ins about the sample mentors named in them (by first name), each with a fresh id. */
export function sampleCheckIns(mentors: readonly Mentor[], now: Date, newId: () => string): CheckIn[] {
  return mentors.flatMap((mentor) =>
    (byMentor[firstNameOf(mentor.name)] ?? []).map(({ daysAgo, ratings: [value, frequency, action], note }) => {
      const at = new Date(now.getTime() - daysAgo * DAY).toISOString()
      return {
        id: newId(),
        mentorId: mentor.id,
        ratings: { value, frequency, action },
        note,
        createdAt: at,
        updatedAt: at,
      }
    }),
  )
}
