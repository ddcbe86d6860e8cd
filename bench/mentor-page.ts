// What the mentor page asks core for when it opens, for the mentor with the most sessions: each read through its
// handler, and all of them together as the page sends them (at once). Then the brief of one of their sessions.
import type { Core } from '../src/main/core/create-core'
import type { ChannelName } from '../src/shared/channel-names'
import type { Database } from '../src/shared/model'
import type { Sample } from './stats'
import { summarize, timed } from './stats'

/** The busiest mentor: the one the page costs most for. */
function busiestMentor(data: Database): { id: string; sessions: number } {
  const counts = new Map<string, number>()
  for (const s of data.sessions) if (s.mentorId) counts.set(s.mentorId, (counts.get(s.mentorId) ?? 0) + 1)
  const [id, sessions] = [...counts].reduce((a, b) => (b[1] > a[1] ? b : a))
  return { id, sessions }
}

/** Times `runs` of each read the mentor page makes, and of all of them sent together. */
export async function measureMentorPage(core: Core, data: Database, runs: number): Promise<Record<string, Sample>> {
  const { id, sessions } = busiestMentor(data)
  const planned =
    data.sessions.find((s) => s.mentorId === id && s.status === 'planned') ??
    data.sessions.find((s) => s.mentorId === id)
  const reads: Array<[ChannelName, unknown]> = [
    ['mentors:roster', { includeArchived: true }],
    ['notes:list', { mentorId: id }],
    ['drafts:list', { prefix: `note:${id}:` }],
    ['sessions:timeline', { mentorId: id }],
    ['agreements:get', { mentorId: id }],
    ['goals:list', undefined],
    ['outcomes:list', { mentorId: id }],
    ['wrapUps:get', { mentorId: id }],
    ['checkIns:list', { mentorId: id }],
  ]
  const handlers = core.handlers as unknown as Record<
    string,
    (input: unknown) => Promise<{ ok: boolean; error?: { message: string } }>
  >
  const call = async (channel: string, input: unknown) => {
    const result = await handlers[channel]!(input)
    if (!result.ok) throw new Error(`${channel} failed: ${result.error?.message}`)
  }
  const figures: Record<string, Sample> = {}
  for (const [channel, input] of reads) {
    figures[`mentor page (${sessions} sessions): ${channel}`] = summarize(await timed(runs, () => call(channel, input)))
  }
  const together = await timed(runs, () => Promise.all(reads.map(([channel, input]) => call(channel, input))))
  figures[`mentor page (${sessions} sessions): all ${reads.length} reads at once`] = summarize(together)
  if (planned) {
    figures[`session brief (${sessions} sessions with the mentor): briefs:get`] = summarize(
      await timed(runs, () => call('briefs:get', { id: planned.id })),
    )
  }
  return figures
}
