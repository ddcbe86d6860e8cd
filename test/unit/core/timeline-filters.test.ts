// The timeline's filters in core: by goal, by an upper and lower bound in time, and all of them at once.
import { readFile } from 'node:fs/promises'
import { describe, expect, it } from 'vitest'
import { openCore, valueOf } from '../../helpers/core'
import { tempDirs } from '../../helpers/temp'

const newDir = tempDirs()

/** Two mentors, two goals, and sessions spread over the autumn, each with a takeaway naming it. */
async function timelineCore() {
  const core = await openCore(await newDir())
  const zoe = valueOf(await core.handlers['mentors:create']({ name: 'Zoë Ångström' }))
  const emile = valueOf(await core.handlers['mentors:create']({ name: 'Émile Durand' }))
  const talk = valueOf(await core.handlers['goals:create']({ title: 'Give a conference talk' }))
  const raise = valueOf(await core.handlers['goals:create']({ title: 'Negotiate a raise' }))
  const plan = [
    { name: 'Z-sep', mentorId: zoe.id, date: '2026-09-01', time: '10:00', goalIds: [talk.id] },
    { name: 'E-sep', mentorId: emile.id, date: '2026-09-15', time: '18:00', goalIds: [raise.id] },
    { name: 'Z-oct', mentorId: zoe.id, date: '2026-10-01', time: '10:00', goalIds: [talk.id, raise.id] },
    { name: 'E-oct', mentorId: emile.id, date: '2026-10-20', time: '09:30', goalIds: [talk.id] },
    { name: 'Z-nov', mentorId: zoe.id, date: '2026-11-10', time: '10:00', goalIds: [] },
    { name: 'Z-dec', mentorId: zoe.id, date: '2026-12-03', time: '10:00', goalIds: [talk.id], status: 'planned' },
  ] as const
  for (const { name, ...fields } of plan) {
    valueOf(
      await core.handlers['sessions:create']({
        ...fields,
        goalIds: [...fields.goalIds],
        timeZone: 'UTC',
        agenda: name,
        takeaways: name,
      }),
    )
  }
  return { core, mentors: { zoe, emile }, goals: { talk, raise } }
}

type TimelineCore = Awaited<ReturnType<typeof timelineCore>>['core']
type Query = Parameters<TimelineCore['handlers']['sessions:timeline']>[0]

/** The sessions the timeline lists for `query`, by their takeaway, newest first as the user sees them. */
const listed = async (core: TimelineCore, query: Query) =>
  valueOf(await core.handlers['sessions:timeline'](query)).map((s) => s.excerpt)

describe('timeline filters', () => {
  it('by goal: only the sessions linked to that goal, a session with two goals under each', async () => {
    const { core, goals } = await timelineCore()
    expect(await listed(core, { goalId: goals.talk.id })).toEqual(['Z-dec', 'E-oct', 'Z-oct', 'Z-sep'])
    expect(await listed(core, { goalId: goals.raise.id })).toEqual(['Z-oct', 'E-sep'])
    expect(await listed(core, { goalId: '00000000-0000-4000-8000-000000000000' })).toEqual([])
  })

  it('before is the end of the range: a session starting at that instant is left out, one a minute earlier kept', async () => {
    const { core } = await timelineCore()
    expect(await listed(core, { before: '2026-10-01T10:00:00.000Z' })).toEqual(['E-sep', 'Z-sep'])
    expect(await listed(core, { before: '2026-10-01T10:01:00.000Z' })).toEqual(['Z-oct', 'E-sep', 'Z-sep'])
  })

  it.each([
    // Without fractions, the bound is 10:00 sharp: the session at 10:00 is from it on, not before it.
    ['without fractions', '2026-10-01T10:00:00Z', ['Z-dec', 'Z-nov', 'E-oct', 'Z-oct'], ['E-sep', 'Z-sep']],
    // Half a second later, the session at 10:00 falls before it.
    ['with a half second', '2026-10-01T10:00:00.5Z', ['Z-dec', 'Z-nov', 'E-oct'], ['Z-oct', 'E-sep', 'Z-sep']],
  ])('reads a bound written %s as the instant it names', async (_name, instant, fromIt, beforeIt) => {
    const { core } = await timelineCore()
    expect(await listed(core, { after: instant })).toEqual(fromIt)
    expect(await listed(core, { before: instant })).toEqual(beforeIt)
  })

  it('mentor, goal and range together: only what all of them allow', async () => {
    const { core, mentors, goals } = await timelineCore()
    const autumn = { after: '2026-09-01T00:00:00.000Z', before: '2026-11-01T00:00:00.000Z' }
    expect(await listed(core, { mentorId: mentors.zoe.id, goalId: goals.talk.id, ...autumn })).toEqual([
      'Z-oct',
      'Z-sep',
    ])
    expect(await listed(core, { mentorId: mentors.emile.id, goalId: goals.talk.id, ...autumn })).toEqual(['E-oct'])
    expect(await listed(core, { mentorId: mentors.emile.id, goalId: goals.raise.id, ...autumn })).toEqual(['E-sep'])
    expect(
      await listed(core, { mentorId: mentors.zoe.id, goalId: goals.talk.id, ...autumn, statuses: ['planned'] }),
    ).toEqual([])
    expect(
      await listed(core, { mentorId: mentors.zoe.id, goalId: goals.talk.id, after: '2026-10-02T00:00:00.000Z' }),
    ).toEqual(['Z-dec'])
    // An end before the start leaves nothing, rather than everything.
    expect(await listed(core, { after: autumn.before, before: autumn.after })).toEqual([])
  })

  it.each([
    ['a goal that is not an id', { goalId: 'talk' }, 'goalId'],
    ['an end that is not an instant', { before: '2026-10-01' }, 'before'],
    ['an end with an offset', { before: '2026-10-01T10:00:00+02:00' }, 'before'],
    ['a start that is a number', { after: 1_790_000_000_000 }, 'after'],
  ])('refuses %s with a field error and changes nothing', async (_name, query, path) => {
    const { core } = await timelineCore()
    const before = await readFile(core.dataFile, 'utf8')
    const result = await core.handlers['sessions:timeline'](query as Query)
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-input', issues: [{ path }] } })
    expect(await readFile(core.dataFile, 'utf8')).toBe(before)
  })
})
