// A small, hand-written mentoring history to look around in: five mentors, their notes, sessions over
// the last months and two ahead, action items and goals. Dates are relative to `now`. Pure.
import type { ActionItem, Goal, Mentor, Note, Session } from '../../../shared/model'
import { ActionItem as ActionItemSchema, Goal as GoalSchema, Mentor as MentorSchema } from '../../../shared/model'
import { Note as NoteSchema, Session as SessionSchema } from '../../../shared/model'
import { addDays, instantOfShifted, todayIn } from '../../../shared/time'
import { withSampleOutcomes, withSampleTellLines } from './sample-outcomes'

/** The records the sample data adds. */
export interface SampleSet {
  mentors: Mentor[]
  notes: Note[]
  sessions: Session[]
  actionItems: ActionItem[]
  goals: Goal[]
}

interface SessionSpec {
  mentor: Mentor
  /** Days from today: negative in the past. */
  day: number
  time: string
  status: Session['status']
  format: Session['format']
  goals?: Goal[]
  agenda?: string
  notes?: string
  whatWorked?: string
  whatDidNot?: string
  takeaways?: string
  actions?: Array<{ title: string; owner: ActionItem['owner']; due?: number; done?: boolean }>
}

/** Builds the sample records for a user in `zone` at `now`, each with a fresh id from `newId`. */
export function sampleData({ now, zone, newId }: { now: Date; zone: string; newId: () => string }): SampleSet {
  const stamp = now.toISOString()
  const today = todayIn(zone, now)
  const base = () => ({ id: newId(), createdAt: stamp, updatedAt: stamp })
  const day = (offset: number) => addDays(today, offset)

  const mentor = (fields: Record<string, unknown>) => MentorSchema.parse({ ...base(), ...fields })
  const zoe = mentor({
    name: 'Zoë Ångström-李',
    role: 'Principal Engineer',
    organization: 'Nordlicht Labs',
    email: 'zoe@nordlicht.example',
    location: 'Berlin, Germany',
    timeZone: 'Europe/Berlin',
    expertise: ['Distributed systems', 'Technical leadership', 'Career growth 🌱'],
    howWeMet: 'She gave the storage talk at a Berlin meetup; I asked a question that turned into an hour of coffee.',
    metOn: day(-300),
    cadenceWeeks: 4,
    stage: 'active',
  })
  const mateus = mentor({
    name: 'Mateus Conceição',
    role: 'Engineering Manager',
    organization: 'Maré Software',
    email: 'mateus@mare.example',
    location: 'Lisbon, Portugal',
    timeZone: 'Europe/Lisbon',
    expertise: ['People management', 'Delegation', 'Hiring'],
    howWeMet: 'Introduced by my manager when I started leading the payments squad.',
    metOn: day(-210),
    cadenceWeeks: 2,
    stage: 'active',
  })
  const priya = mentor({
    name: 'Priya Raghunathan',
    role: 'Staff Product Designer',
    organization: 'Kolam Studio',
    email: 'priya@kolam.example',
    location: 'Bengaluru, India',
    timeZone: 'Asia/Kolkata',
    expertise: ['Product thinking', 'User research', 'Design critique'],
    howWeMet: 'Paired on the onboarding redesign; she offered to keep meeting afterwards.',
    metOn: day(-180),
    cadenceWeeks: 6,
    stage: 'active',
  })
  const siobhan = mentor({
    name: 'Siobhán Ní Bhriain',
    role: 'VP Engineering',
    organization: 'Cliffside Cloud',
    email: 'siobhan@cliffside.example',
    location: 'Dublin, Ireland',
    timeZone: 'Europe/Dublin',
    expertise: ['Public speaking', 'Strategy', 'Architecture'],
    howWeMet: 'My mentor through the company programme last year.',
    metOn: day(-400),
    cadenceWeeks: 12,
    stage: 'alumni',
  })
  const sakura = mentor({
    name: '田中 さくら',
    role: 'Developer Advocate',
    organization: 'Hoshi Data',
    email: 'sakura@hoshi.example',
    location: 'Tokyo, Japan',
    timeZone: 'Asia/Tokyo',
    expertise: ['Public speaking', 'Writing', 'Community'],
    howWeMet: 'We spoke after her keynote at PyCon JP. I wrote to ask whether she mentors.',
    metOn: day(-20),
    stage: 'reached-out',
  })

  const goal = (fields: Record<string, unknown>) => GoalSchema.parse({ ...base(), ...fields })
  const staff = goal({
    title: 'Grow into a staff engineer role',
    why: 'I want to shape technical direction across teams, not only within mine.',
    targetOn: day(150),
    mentorIds: [zoe.id, mateus.id],
  })
  const speaking = goal({
    title: 'Speak at a conference',
    why: 'Sharing what we learned about migrations would help others and make me a clearer communicator.',
    targetOn: day(90),
    mentorIds: [siobhan.id],
  })
  const product = goal({
    title: 'Think in product outcomes, not just tickets',
    why: 'Better questions early save the team weeks of building the wrong thing.',
    targetOn: null,
    mentorIds: [priya.id],
  })

  const note = (owner: Mentor, fields: Record<string, unknown>) =>
    NoteSchema.parse({ ...base(), mentorId: owner.id, ...fields })
  const notes = [
    note(zoe, {
      section: 'background',
      body: 'Fifteen years in storage and streaming systems. Led the team that moved Nordlicht off its monolith database. Grew up in Uppsala, studied in Shanghai.',
      pinned: true,
    }),
    note(zoe, { section: 'interests', body: 'Bouldering, **Rust**, and old Scandinavian crime novels.' }),
    note(zoe, {
      section: 'achievements',
      title: 'Keynote at StorageConf',
      body: 'Talked about "boring" consistency. Worth rewatching before my own talk.',
      happenedOn: day(-420),
    }),
    note(mateus, {
      section: 'background',
      body: 'Was a backend engineer for eight years before managing. Runs three teams now; still reviews code on Fridays.',
    }),
    note(mateus, {
      section: 'notes',
      title: 'How he runs 1:1s',
      body: '- The report owns the agenda\n- Always ends with "what could I do better?"\n- Notes shared right after',
    }),
    note(priya, {
      section: 'interests',
      body: 'Kolam drawings, accessibility, and the history of maps.',
    }),
    note(siobhan, {
      section: 'achievements',
      title: 'Built the platform org from 4 to 60 people',
      body: 'Her hiring rubric is still used across the company.',
      happenedOn: day(-900),
    }),
    note(sakura, {
      section: 'background',
      body: 'Writes the Hoshi Data newsletter; has given talks in Japanese and English at PyCon JP and EuroPython.',
    }),
  ]

  const sessions: Session[] = []
  const actionItems: ActionItem[] = []
  const session = (spec: SessionSpec) => {
    const created = SessionSchema.parse({
      ...base(),
      mentorId: spec.mentor.id,
      startsAt: instantOfShifted({ date: day(spec.day), time: spec.time }, zone),
      timeZone: zone,
      durationMinutes: spec.format === 'message' ? 15 : 60,
      format: spec.format,
      status: spec.status,
      agenda: spec.agenda ?? '',
      notes: spec.notes ?? '',
      whatWorked: spec.whatWorked ?? '',
      whatDidNot: spec.whatDidNot ?? '',
      takeaways: spec.takeaways ?? '',
      goalIds: (spec.goals ?? []).map((g) => g.id),
    })
    sessions.push(created)
    for (const action of spec.actions ?? []) {
      actionItems.push(
        ActionItemSchema.parse({
          ...base(),
          mentorId: spec.mentor.id,
          sessionId: created.id,
          title: action.title,
          owner: action.owner,
          dueOn: action.due === undefined ? null : day(action.due),
          doneAt: action.done ? stamp : null,
        }),
      )
    }
  }

  // Zoë: every four weeks, on the way to a staff role.
  session({
    mentor: zoe,
    day: -140,
    time: '17:30',
    status: 'held',
    format: 'video',
    goals: [staff],
    agenda: '- Where I want to be in two years\n- What staff engineers actually do all day',
    takeaways: 'Staff work is mostly writing and aligning people. Start keeping a "glue work" log.',
    whatWorked: 'Coming with a concrete question.',
  })
  session({
    mentor: zoe,
    day: -105,
    time: '17:30',
    status: 'held',
    format: 'video',
    goals: [staff],
    takeaways: 'Pick one cross-team problem and own it end to end: the event bus migration is a good candidate.',
  })
  session({
    mentor: zoe,
    day: -70,
    time: '17:30',
    status: 'held',
    format: 'in-person',
    goals: [staff, speaking],
    notes: 'Met at her office. Walked through my draft plan for the migration.',
    takeaways: 'Write the RFC before building anything. Invite the loudest sceptic to review it first.',
    whatDidNot: 'I brought too many slides; we only got through half.',
  })
  session({
    mentor: zoe,
    day: -42,
    time: '17:30',
    status: 'held',
    format: 'video',
    goals: [staff],
    takeaways: 'Rehearse the quarterly review as a story: problem, options, decision, what it cost.',
    actions: [{ title: 'Practise the quarterly review talk with a friend', owner: 'me', due: -35, done: true }],
  })
  session({
    mentor: zoe,
    day: -14,
    time: '17:30',
    status: 'held',
    format: 'video',
    goals: [staff],
    notes: 'The review went well. Talked about how to say no to projects without burning goodwill.',
    takeaways: '“No, and here is what I would do instead” keeps the door open.',
    actions: [
      { title: 'Draft the RFC for the event bus migration', owner: 'me', due: -3 },
      { title: 'Share the staff engineer ladder document', owner: 'mentor', due: 2 },
    ],
  })
  session({
    mentor: zoe,
    day: 3,
    time: '17:30',
    status: 'planned',
    format: 'video',
    goals: [staff],
    agenda: '- Feedback on the RFC draft\n- How to run the design review',
  })

  // Mateus: every two weeks, about leading a team.
  session({
    mentor: mateus,
    day: -88,
    time: '10:00',
    status: 'held',
    format: 'video',
    goals: [staff],
    takeaways: 'Delegating is not dumping: give the context and the why, not only the task.',
  })
  session({
    mentor: mateus,
    day: -59,
    time: '10:00',
    status: 'held',
    format: 'call',
    takeaways: 'Write down what "done" means before handing work over.',
    actions: [{ title: 'Write a short post-mortem for the payments outage', owner: 'me', due: -50, done: true }],
  })
  session({ mentor: mateus, day: -45, time: '10:00', status: 'cancelled', format: 'video', agenda: 'Hiring loop' })
  session({
    mentor: mateus,
    day: -31,
    time: '10:00',
    status: 'held',
    format: 'video',
    goals: [staff],
    takeaways: 'Ask the team what slows them down, then fix one thing visibly.',
    whatWorked: 'He shared his own first-year mistakes, which made it easy to be honest.',
  })
  session({
    mentor: mateus,
    day: -17,
    time: '10:00',
    status: 'held',
    format: 'message',
    notes: 'Quick exchange about a tricky performance conversation.',
    takeaways: 'Describe behaviour and impact, never character.',
    actions: [
      { title: 'Send Mateus the 1:1 template I use', owner: 'me', due: -1 },
      { title: 'Prepare three questions about delegation', owner: 'me', due: 0 },
      { title: "Read chapters 3–4 of “The Staff Engineer's Path”", owner: 'me', due: 12 },
    ],
  })
  session({
    mentor: mateus,
    day: 9,
    time: '10:00',
    status: 'planned',
    format: 'video',
    agenda: '- Delegation questions\n- Feedback on my first month leading the squad',
  })

  // Priya: product thinking, every six weeks (and overdue now).
  session({
    mentor: priya,
    day: -160,
    time: '09:00',
    status: 'held',
    format: 'video',
    goals: [product],
    takeaways: 'Start every feature with the outcome we want to change and how we would notice.',
  })
  session({
    mentor: priya,
    day: -115,
    time: '09:00',
    status: 'held',
    format: 'video',
    goals: [product],
    takeaways: 'Watch five users before arguing about a design.',
    actions: [{ title: 'Sit in on two user research calls', owner: 'me', due: -100, done: true }],
  })
  session({
    mentor: priya,
    day: -70,
    time: '09:00',
    status: 'held',
    format: 'video',
    goals: [product],
    takeaways: 'A design crit is about the problem, not the pixels.',
    actions: [
      { title: 'Book a design crit with the platform team', owner: 'me', due: 5 },
      { title: 'Sketch a learning plan for accessibility', owner: 'me' },
    ],
  })

  // Siobhán: last year's mentor, still met now and then.
  session({
    mentor: siobhan,
    day: -200,
    time: '12:00',
    status: 'held',
    format: 'in-person',
    goals: [speaking],
    takeaways: 'A talk is one idea, told three times.',
  })
  session({
    mentor: siobhan,
    day: -150,
    time: '12:00',
    status: 'held',
    format: 'video',
    goals: [speaking],
    takeaways: 'Submit to a small meetup first; the conference CFP closes in spring.',
    actions: [{ title: 'Introduce me to the architecture guild', owner: 'mentor', done: true }],
  })
  session({
    mentor: siobhan,
    day: -91,
    time: '12:00',
    status: 'held',
    format: 'call',
    goals: [speaking],
    takeaways: 'Record a rehearsal and watch it once, without flinching.',
    actions: [{ title: 'Submit a talk proposal to the Berlin meetup', owner: 'me', due: 20 }],
  })

  const mentors = [zoe, mateus, priya, siobhan, sakura]
  const itemsWithOutcomes = withSampleOutcomes(actionItems, stamp)
  return {
    mentors,
    notes,
    sessions: withSampleTellLines(sessions, itemsWithOutcomes, mentors, now),
    actionItems: itemsWithOutcomes,
    goals: [staff, speaking, product],
  }
}
