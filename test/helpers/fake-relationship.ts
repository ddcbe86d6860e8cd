// The relationship records a long-time user has besides sessions (format 2), added to a generated dataset:
// agreements (some revised), check-ins every few held sessions, outcomes on done action items (most already
// told) and wrap-ups for alumni. Deterministic for a seed; the records before it are left as they were.
import { fakerEN as faker } from '@faker-js/faker'
import type { ActionItem, Agreement, CheckIn, Database, Session, WrapUp } from '../../src/shared/model'
import { Database as DatabaseSchema, sessionFormats } from '../../src/shared/model'

const rating = () =>
  faker.helpers.weightedArrayElement([
    { value: 5, weight: 3 },
    { value: 4, weight: 4 },
    { value: 3, weight: 2 },
    { value: 2, weight: 1 },
    { value: 1, weight: 0.5 },
  ])

/** `data` with agreements, check-ins, outcomes and wrap-ups for its mentors, as years of use leave them. */
export function withRelationship(data: Database, seed: number): Database {
  faker.seed(seed + 1_000)
  const held = new Map<string, Session[]>()
  for (const s of data.sessions) {
    if (s.status !== 'held' || !s.mentorId) continue
    const list = held.get(s.mentorId)
    if (list) list.push(s)
    else held.set(s.mentorId, [s])
  }
  for (const list of held.values()) list.sort((a, b) => (a.startsAt < b.startsAt ? -1 : 1))
  const goalsOf = (mentorId: string) => data.goals.filter((g) => g.mentorIds.includes(mentorId)).map((g) => g.id)

  const agreements: Agreement[] = []
  const checkIns: CheckIn[] = []
  const wrapUps: WrapUp[] = []
  for (const mentor of data.mentors) {
    const sessions = held.get(mentor.id) ?? []
    if (sessions.length === 0) continue
    const first = sessions[0]!.startsAt
    if (faker.datatype.boolean(0.6)) {
      const terms = () => ({
        focus: faker.lorem.sentences({ min: 1, max: 2 }),
        goalIds: goalsOf(mentor.id),
        cadenceWeeks: faker.helpers.arrayElement([2, 4, 6, 8]),
        format: faker.helpers.arrayElement(sessionFormats),
        confidentiality: faker.lorem.sentence(),
        feedback: faker.lorem.sentence(),
        startsOn: first.slice(0, 10),
        reviewOn: faker.date
          .soon({ days: 180, refDate: sessions.at(-1)!.startsAt })
          .toISOString()
          .slice(0, 10),
        endsWhen: faker.lorem.sentence(),
      })
      const revisions = faker.number.int({ min: 0, max: 3 })
      const stamps = sessions.filter((_, i) => i % Math.max(1, Math.floor(sessions.length / (revisions + 1))) === 0)
      const versions = stamps.slice(0, revisions).map((s, i) => ({
        ...terms(),
        savedAt: s.startsAt,
        replacedAt: stamps[i + 1]?.startsAt ?? s.startsAt,
      }))
      const savedAt = stamps[revisions]?.startsAt ?? first
      agreements.push({
        id: faker.string.uuid(),
        mentorId: mentor.id,
        ...terms(),
        versions: versions.reverse(),
        createdAt: first,
        updatedAt: savedAt,
      })
    }
    // A check-in after every third held session.
    for (let i = 2; i < sessions.length; i += 3) {
      const at = new Date(Date.parse(sessions[i]!.startsAt) + 86_400_000).toISOString()
      checkIns.push({
        id: faker.string.uuid(),
        mentorId: mentor.id,
        ratings: { value: rating(), frequency: rating(), action: rating() },
        note: faker.helpers.maybe(() => faker.lorem.sentences({ min: 1, max: 3 }), { probability: 0.6 }) ?? '',
        createdAt: at,
        updatedAt: at,
      })
    }
    if (mentor.stage === 'alumni') {
      const at = sessions.at(-1)!.startsAt
      wrapUps.push({
        id: faker.string.uuid(),
        mentorId: mentor.id,
        learned: faker.lorem.paragraph(),
        carryOn: faker.lorem.sentences(2),
        differently: faker.lorem.sentences(2),
        goalRatings: goalsOf(mentor.id).map((goalId) => ({ goalId, rating: rating() })),
        thankYou: faker.lorem.paragraphs(2),
        createdAt: at,
        updatedAt: at,
      })
    }
  }

  // A third of the done items with a mentor say how they went; told in the first held session after, if any.
  const actionItems: ActionItem[] = data.actionItems.map((item) => {
    if (!item.doneAt || !item.mentorId || !faker.datatype.boolean(0.3)) return item
    const next = (held.get(item.mentorId) ?? []).find((s) => s.startsAt > item.doneAt!)
    const outcome = {
      text: faker.lorem.sentence(),
      at: item.doneAt,
      toldAt: next ? next.startsAt : null,
      toldInSessionId: next ? next.id : null,
    }
    return { ...item, outcome }
  })

  return DatabaseSchema.parse({ ...data, actionItems, agreements, checkIns, wrapUps })
}
