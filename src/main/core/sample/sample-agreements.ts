// The sample data's mentoring agreements: Zoë's, changed once (so its earlier version shows), and Mateus's,
// whose review date has come. Dates are relative to `now`. Pure.
import type { Agreement } from '../../../shared/model'
import { Agreement as AgreementSchema } from '../../../shared/model'
import { addDays, todayIn } from '../../../shared/time'
import type { SampleSet } from './sample-data'

export function sampleAgreements(
  set: Pick<SampleSet, 'mentors' | 'goals'>,
  { now, zone, newId }: { now: Date; zone: string; newId: () => string },
): Agreement[] {
  const day = (offset: number) => addDays(todayIn(zone, now), offset)
  const at = (offset: number) => new Date(now.getTime() + offset * 86_400_000).toISOString()
  const [zoe, mateus] = set.mentors
  const [staff] = set.goals
  if (!zoe || !mateus || !staff) return []
  const zoeTerms = {
    focus: 'Growing into a staff engineer: **design reviews**, writing, and leading across teams.',
    goalIds: [staff.id],
    cadenceWeeks: 4,
    format: 'video' as const,
    confidentiality: 'Names of colleagues and anything about reorganisations stay between us.',
    feedback: 'Straight and in the moment; I say so when advice does not fit my team.',
    startsOn: day(-280),
    reviewOn: day(45),
    endsWhen: 'When I have the staff role, or after a year, whichever comes first.',
  }
  return [
    AgreementSchema.parse({
      id: newId(),
      mentorId: zoe.id,
      ...zoeTerms,
      createdAt: at(-280),
      updatedAt: at(-40),
      versions: [
        {
          ...zoeTerms,
          focus: 'Getting better at system design.',
          cadenceWeeks: 2,
          reviewOn: day(-40),
          endsWhen: 'After six months.',
          savedAt: at(-280),
          replacedAt: at(-40),
        },
      ],
    }),
    AgreementSchema.parse({
      id: newId(),
      mentorId: mateus.id,
      focus: 'Leading the payments squad: delegation, one-to-ones, hiring.',
      goalIds: [staff.id],
      cadenceWeeks: 2,
      format: 'call',
      confidentiality: 'What I say about my team stays here.',
      feedback: 'Written notes after each call.',
      startsOn: day(-200),
      reviewOn: day(-2),
      endsWhen: 'When the squad runs without me for a month.',
      createdAt: at(-200),
      updatedAt: at(-200),
    }),
  ]
}
