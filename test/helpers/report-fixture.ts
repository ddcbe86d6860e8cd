// A mentee's history for the report tests: three mentors, sessions in several zones, each marked so it can be found in a PDF.
import { openCore, valueOf } from './core'

/** What a user may type, in the scripts and symbols the report must print right. */
export const unicodeSample = {
  latin: 'Zoë Ångström café naïve',
  cjk: '学习计划 日本語',
  emoji: '🌱🚀',
  arabic: 'مرحبا بالعالم',
  hebrew: 'שלום עולם',
}
export const unicodeText = Object.values(unicodeSample).join(' · ')

/** A session in the fixture: its marker appears in its agenda, its reflection has a marker of its own. */
export interface SeededSession {
  id: string
  marker: string
  reflection: string
  mentor: 'zoe' | 'emile' | 'ngozi'
  date: string
  status: 'held' | 'planned' | 'cancelled'
}

const plan: Array<Omit<SeededSession, 'id' | 'reflection'> & { time: string; zone: string }> = [
  { marker: 'SESSION-Z1', mentor: 'zoe', date: '2026-02-10', time: '10:00', zone: 'Europe/Berlin', status: 'held' },
  {
    marker: 'SESSION-E1',
    mentor: 'emile',
    date: '2026-03-05',
    time: '18:30',
    zone: 'America/New_York',
    status: 'held',
  },
  { marker: 'SESSION-Z2', mentor: 'zoe', date: '2026-06-01', time: '09:00', zone: 'Asia/Tokyo', status: 'held' },
  { marker: 'SESSION-N1', mentor: 'ngozi', date: '2026-07-15', time: '12:00', zone: 'Africa/Lagos', status: 'held' },
  { marker: 'SESSION-E2', mentor: 'emile', date: '2026-09-20', time: '08:00', zone: 'Europe/Paris', status: 'held' },
  { marker: 'SESSION-Z3', mentor: 'zoe', date: '2026-11-02', time: '16:00', zone: 'Europe/Berlin', status: 'held' },
  {
    marker: 'SESSION-Z4',
    mentor: 'zoe',
    date: '2026-11-20',
    time: '10:00',
    zone: 'Europe/Berlin',
    status: 'cancelled',
  },
  { marker: 'SESSION-Z5', mentor: 'zoe', date: '2026-12-08', time: '10:00', zone: 'Europe/Berlin', status: 'planned' },
  // Before 2026 in UTC, but New Year's Day where it was held: it belongs to 2026's first day.
  { marker: 'SESSION-Z0', mentor: 'zoe', date: '2026-01-01', time: '00:30', zone: 'Europe/Berlin', status: 'held' },
]

/** Opens a core on `dir` with the fixture's mentors, goals and sessions; ports as given. */
export async function seededCore(dir: string, ports: Parameters<typeof openCore>[1] = {}) {
  const core = await openCore(dir, ports)
  valueOf(await core.handlers['profile:update']({ name: 'Amira Haddad أميرة', role: 'Engineer' }))
  const zoe = valueOf(
    await core.handlers['mentors:create']({
      name: 'Zoë Ångström-李',
      role: 'Principal Engineer',
      organization: 'Nordlicht AB',
      email: 'zoe@example.org',
      links: ['https://zoe.example.org/talks'],
      expertise: ['System design', 'Public speaking'],
      stage: 'active',
      howWeMet: 'A meetup in Malmö',
    }),
  )
  const emile = valueOf(await core.handlers['mentors:create']({ name: 'Émile Durand', stage: 'active' }))
  const ngozi = valueOf(await core.handlers['mentors:create']({ name: 'Ngozi Okafor', stage: 'paused' }))
  const mentors = { zoe, emile, ngozi }
  const talk = valueOf(await core.handlers['goals:create']({ title: 'Give a conference talk', mentorIds: [zoe.id] }))
  const raise = valueOf(await core.handlers['goals:create']({ title: 'Negotiate a raise', mentorIds: [emile.id] }))

  const sessions: SeededSession[] = []
  for (const [index, s] of plan.entries()) {
    const reflection = `PRIVATE-REFLECTION-${s.marker}`
    const created = valueOf(
      await core.handlers['sessions:create']({
        mentorId: mentors[s.mentor].id,
        date: s.date,
        time: s.time,
        timeZone: s.zone,
        status: s.status,
        durationMinutes: 45 + index * 5,
        format: index % 2 ? 'in-person' : 'video',
        agenda: `${s.marker}: what to cover`,
        notes: s.marker === 'SESSION-Z2' ? `Notes in many scripts: ${unicodeText}` : `Notes of ${s.marker}`,
        takeaways: `Takeaway of ${s.marker}`,
        whatWorked: `Worked in ${s.marker}`,
        whatDidNot: `Did not work in ${s.marker}`,
        reflection,
        goalIds: s.mentor === 'zoe' ? [talk.id] : s.mentor === 'emile' ? [raise.id] : [],
        actionItems:
          s.status === 'held'
            ? [
                { title: `Action done after ${s.marker}`, owner: 'me', done: true },
                { title: `Action open after ${s.marker}`, owner: 'mentor', dueOn: '2026-12-01' },
              ]
            : [],
      }),
    )
    sessions.push({ id: created.id, marker: s.marker, reflection, mentor: s.mentor, date: s.date, status: s.status })
  }
  return { core, mentors, goals: { talk, raise }, sessions }
}
