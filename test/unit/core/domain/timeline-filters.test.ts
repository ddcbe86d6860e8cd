// The timeline's query through its handler: input that is not a query is refused and changes nothing.
// The filters themselves are tested on plain data in domain/timeline-rules.test.ts.
import { readFile } from 'node:fs/promises'
import { describe, expect, it } from 'vitest'
import { openCore, valueOf } from '../../../helpers/core'
import { tempDirs } from '../../../helpers/temp'

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

describe('timeline filters', () => {
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
