// A deterministic, realistic dataset for screenshots, performance measurements and the benchmark.
import type { Faker } from '@faker-js/faker'
import { fakerAR, fakerDE, fakerEN, fakerEN_IN, fakerES, fakerFR, fakerJA, fakerSV, fakerZH_CN } from '@faker-js/faker'
import type {
  ActionItem,
  Database,
  Goal,
  Mentor,
  MentorStage,
  Note,
  NoteSection,
  Session,
} from '../../src/shared/model'
import { Database as DatabaseSchema, SCHEMA_VERSION, noteSections, sessionFormats } from '../../src/shared/model'
import { longFormBody, paragraph } from './fake-prose'

export interface DatasetSize {
  mentors: number
  sessions: number
  notes: number
  actionItems: number
  goals: number
}

/** The benchmark's dataset (DESIGN.md): 200 mentors, 5,000 sessions, 20,000 notes and action items (12,000 + 8,000). */
export const benchmarkSize: DatasetSize = {
  mentors: 200,
  sessions: 5_000,
  notes: 12_000,
  actionItems: 8_000,
  goals: 40,
}

/** `size` with every count multiplied by `factor` (the benchmark's growth runs). */
export const scaledSize = (size: DatasetSize, factor: number): DatasetSize => ({
  mentors: size.mentors * factor,
  sessions: size.sessions * factor,
  notes: size.notes * factor,
  actionItems: size.actionItems * factor,
  goals: size.goals * factor,
})

/** How much people write: `brief` notes of a few sentences, or `long-form` ones of a few paragraphs, some long. */
export interface DatasetStyle {
  prose: 'brief' | 'long-form'
}

// Mostly English names, with the accents, scripts and directions real rosters have.
const locales: Array<[Faker, number]> = [
  [fakerEN, 40],
  [fakerDE, 10],
  [fakerFR, 10],
  [fakerSV, 8],
  [fakerES, 8],
  [fakerZH_CN, 8],
  [fakerJA, 6],
  [fakerEN_IN, 5],
  [fakerAR, 5],
]
const expertise = [
  'System design',
  'Career growth',
  'Public speaking',
  'Leadership',
  'Product strategy',
  'Distributed systems',
  'Hiring',
  'Negotiation',
  'Writing',
  'Machine learning',
  'Frontend',
  'Security',
  'Management',
  'Open source',
  'Fundraising',
  'Design',
  'Data engineering',
  'Mentoring others',
  'Rust',
  'Go',
]
const timeZones = [
  'Europe/Berlin',
  'America/New_York',
  'Asia/Kolkata',
  'Europe/London',
  'Asia/Tokyo',
  'America/Los_Angeles',
  'Europe/Stockholm',
  'Asia/Shanghai',
]
const stageWeights: Array<[MentorStage, number]> = [
  ['active', 45],
  ['prospect', 15],
  ['reached-out', 12],
  ['paused', 10],
  ['alumni', 18],
]

function weighted<T>(faker: Faker, items: Array<[T, number]>): T {
  return faker.helpers.weightedArrayElement(items.map(([value, weight]) => ({ value, weight })))
}

/** A note body as people write them: a sentence or two, sometimes a list or a link. */
function noteBody(faker: Faker): string {
  const parts = [faker.lorem.sentences({ min: 1, max: 4 })]
  if (faker.datatype.boolean(0.35))
    parts.push(faker.helpers.multiple(() => `- ${faker.lorem.sentence()}`, { count: { min: 2, max: 4 } }).join('\n'))
  if (faker.datatype.boolean(0.15)) parts.push(`See [${faker.lorem.words(2)}](${faker.internet.url()}).`)
  if (faker.datatype.boolean(0.1)) parts.push('Zoë mentioned 学习 and café culture — worth a follow-up 🌱')
  return parts.join('\n\n')
}

/** Builds a dataset of `size` with `seed`, dated around `now`; always the same for the same inputs. */
export function generateDataset(
  size: DatasetSize,
  seed = 42,
  now = new Date('2026-11-27T09:00:00.000Z'),
  style: DatasetStyle = { prose: 'brief' },
): Database {
  fakerEN.seed(seed)
  locales.forEach(([locale], index) => locale.seed(seed + index))
  const faker = fakerEN
  const iso = (date: Date) => date.toISOString()
  const past = (years: number) => faker.date.past({ years, refDate: now })
  const id = () => faker.string.uuid()
  const longForm = style.prose === 'long-form'
  const body = () => (longForm ? longFormBody(faker) : noteBody(faker))

  const mentors: Mentor[] = Array.from({ length: size.mentors }, () => {
    const local = weighted(faker, locales)
    const created = past(4)
    return {
      id: id(),
      name: local.person.fullName(),
      role: faker.person.jobTitle(),
      organization: faker.company.name(),
      email: faker.internet.email().toLowerCase(),
      phone:
        faker.helpers.maybe(
          () => `+${faker.number.int({ min: 1, max: 98 })} ${faker.string.numeric(3)} ${faker.string.numeric(6)}`,
          { probability: 0.5 },
        ) ?? '',
      links: faker.helpers.maybe(() => [faker.internet.url()], { probability: 0.6 }) ?? [],
      location: `${local.location.city()}, ${local.location.country()}`,
      timeZone: faker.helpers.arrayElement(timeZones),
      expertise: faker.helpers.arrayElements(expertise, { min: 1, max: 4 }),
      howWeMet: faker.helpers.maybe(() => faker.lorem.sentence(), { probability: 0.6 }) ?? '',
      metOn: faker.helpers.maybe(() => iso(past(6)).slice(0, 10), { probability: 0.7 }) ?? null,
      cadenceWeeks:
        faker.helpers.maybe(() => faker.helpers.arrayElement([2, 4, 6, 8, 12]), { probability: 0.7 }) ?? null,
      stage: weighted(faker, stageWeights),
      avatar: null,
      createdAt: iso(created),
      updatedAt: iso(created),
      archivedAt: faker.helpers.maybe(() => iso(past(1)), { probability: 0.05 }) ?? null,
    }
  })
  const mentorIds = mentors.map((m) => m.id)

  const goals: Goal[] = Array.from({ length: size.goals }, () => {
    const created = iso(past(3))
    return {
      id: id(),
      title:
        faker.helpers.arrayElement([
          'Lead a team',
          'Give a conference talk',
          'Get promoted to staff',
          'Ship a side project',
          'Learn to negotiate',
          'Write more',
        ]) + ` (${faker.lorem.word()})`,
      why: faker.lorem.sentence(),
      targetOn: iso(faker.date.future({ years: 2, refDate: now })).slice(0, 10),
      status: weighted(faker, [
        ['active', 70],
        ['achieved', 20],
        ['dropped', 10],
      ] as Array<[Goal['status'], number]>),
      mentorIds: faker.helpers.arrayElements(mentorIds, { min: 0, max: 3 }),
      progressOverride: null,
      createdAt: created,
      updatedAt: created,
    }
  })

  const sessions: Session[] = Array.from({ length: size.sessions }, () => {
    const planned = faker.datatype.boolean(0.04)
    const start = planned ? faker.date.soon({ days: 45, refDate: now }) : past(5)
    start.setUTCMinutes(faker.helpers.arrayElement([0, 30]), 0, 0)
    return {
      id: id(),
      mentorId: faker.helpers.arrayElement(mentorIds),
      startsAt: iso(start),
      timeZone: faker.helpers.arrayElement(timeZones),
      durationMinutes: faker.helpers.arrayElement([30, 45, 60, 90]),
      format: faker.helpers.arrayElement(sessionFormats),
      status: planned
        ? 'planned'
        : weighted(faker, [
            ['held', 92],
            ['cancelled', 8],
          ] as Array<[Session['status'], number]>),
      agenda: faker.lorem.sentences({ min: 1, max: 3 }),
      notes: body(),
      whatWorked: longForm ? paragraph(faker) : faker.lorem.sentence(),
      whatDidNot: longForm ? paragraph(faker) : faker.lorem.sentence(),
      takeaways: faker.lorem.sentences({ min: 1, max: 3 }),
      reflection: faker.lorem.sentences({ min: 0, max: 2 }),
      goalIds: faker.helpers.arrayElements(
        goals.map((g) => g.id),
        { min: 0, max: 2 },
      ),
      resources: [],
      followUpOn: null,
      reminderLeadMinutes: null,
      seriesId: null,
      occurrenceKey: null,
      createdAt: iso(start),
      updatedAt: iso(start),
    }
  })

  const notes: Note[] = Array.from({ length: size.notes }, () => {
    const created = iso(past(4))
    const section: NoteSection = faker.helpers.arrayElement(noteSections)
    return {
      id: id(),
      mentorId: faker.helpers.arrayElement(mentorIds),
      section,
      title:
        faker.helpers.maybe(() => faker.lorem.words({ min: 2, max: 5 }), {
          probability: section === 'notes' ? 0.3 : 0.8,
        }) ?? '',
      body: body(),
      happenedOn:
        section === 'notes'
          ? null
          : (faker.helpers.maybe(() => iso(past(10)).slice(0, 10), { probability: 0.8 }) ?? null),
      pinned: faker.datatype.boolean(0.05),
      createdAt: created,
      updatedAt: created,
    }
  })

  const actionItems: ActionItem[] = Array.from({ length: size.actionItems }, () => {
    const session = faker.helpers.arrayElement(sessions)
    const due = faker.date.soon({ days: 30, refDate: new Date(session.startsAt) })
    const done = due < now && faker.datatype.boolean(0.8)
    return {
      id: id(),
      mentorId: session.mentorId,
      sessionId: session.id,
      goalIds: [],
      title: faker.hacker.phrase().replace(/\.$/, ''),
      owner: faker.helpers.arrayElement(['me', 'me', 'mentor'] as const),
      dueOn: iso(due).slice(0, 10),
      doneAt: done ? iso(due) : null,
      outcome: null,
      createdAt: session.createdAt,
      updatedAt: session.createdAt,
    }
  })

  return DatabaseSchema.parse({ schemaVersion: SCHEMA_VERSION, mentors, goals, sessions, notes, actionItems })
}
