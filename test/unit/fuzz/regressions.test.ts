// What the fuzzer found, pinned: each test failed before its fix in core or the contract.
import { describe, expect, it } from 'vitest'
import { Store } from '../../../src/main/core/store/store'
import { silentLogger } from '../../../src/main/core/log'
import { limits } from '../../../src/shared/model'
import { MAX_DRAFT_DEPTH } from '../../../src/shared/requests/drafts'
import { openCore, valueOf } from '../../helpers/core'
import { tempDirs } from '../../helpers/temp'
import { nested } from '../../helpers/fuzz/arbitraries'
import { storedBytes } from '../../helpers/restart'

const newDir = tempDirs()
const idleTimers = { setTimeout: () => 0, clearTimeout: () => {} }

async function coreWithMentor() {
  const core = await openCore(await newDir(), { timers: idleTimers })
  const mentor = valueOf(await core.handlers['mentors:create']({ name: 'Grace Hopper' })).id
  return { core, mentor, bytes: () => storedBytes(core.dataFile) }
}

describe('fuzz findings', () => {
  it('refuses input that makes validation itself throw, instead of rejecting the call', async () => {
    const { core, bytes } = await coreWithMentor()
    const before = await bytes()
    // A getter that throws stands for any input a schema cannot walk (before the fix the promise rejected).
    const hostile = new Proxy(
      {},
      {
        ownKeys: () => [],
        get: () => {
          throw new RangeError('Maximum call stack size exceeded')
        },
      },
    )
    const result = await core.invoke('mentors:create', hostile)
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-input' } })
    expect(await bytes()).toEqual(before)
  })

  it.each([
    ['deep enough to overflow the stack while validating', 20_000],
    ['deep enough to overflow the stack while writing', 2_500],
    ['one level deeper than a draft may be', MAX_DRAFT_DEPTH],
  ])('refuses draft values nested %s, and keeps the file as it was', async (_, depth) => {
    const { core, mentor, bytes } = await coreWithMentor()
    const before = await bytes()
    const result = await core.invoke('drafts:save', {
      key: `note:${mentor}:new-notes`,
      values: { body: nested('array', depth) },
    })
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-input' } })
    expect(await bytes()).toEqual(before)
  })

  it('keeps draft values nested as deep as allowed, and the file opens again', async () => {
    const { core, mentor } = await coreWithMentor()
    const values = { body: nested('array', MAX_DRAFT_DEPTH - 2) }
    valueOf(await core.invoke('drafts:save', { key: `note:${mentor}:new-notes`, values }))
    await core.close()
    const store = await Store.open({ dataFile: core.dataFile, clock: core.clock, log: silentLogger })
    expect(store.status.mode).toBe('ok')
    expect(store.data.drafts[0]?.values).toEqual(JSON.parse(JSON.stringify(values)))
  })

  it.each([
    [
      'goals:create',
      'mentorIds',
      (m: string) => ({ title: 'Lead', mentorIds: Array(limits.linkedRecords + 1).fill(m) }),
    ],
    [
      'actions:create',
      'goalIds',
      () => ({ title: 'Read', owner: 'me', goalIds: Array(limits.linkedRecords + 1).fill(crypto.randomUUID()) }),
    ],
    [
      'sessions:create',
      'resources',
      (m: string) => ({
        mentorId: m,
        date: '2026-10-01',
        time: '10:00',
        timeZone: 'UTC',
        resources: Array(limits.resources + 1).fill({ url: 'https://example.com' }),
      }),
    ],
  ])('%s refuses a %s list over its limit instead of storing it', async (channel, field, input) => {
    const { core, mentor, bytes } = await coreWithMentor()
    const before = await bytes()
    const result = await core.invoke(channel, input(mentor))
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-input', issues: [{ path: field }] } })
    expect(await bytes()).toEqual(before)
  })

  it('ends a refusal whose reason is already a sentence with one full stop, not two', async () => {
    const { core, mentor } = await coreWithMentor()
    // 02:30 on the last Sunday of March does not exist in Berlin: the clocks go forward.
    const input = { mentorId: mentor, date: '2026-03-29', time: '02:30', timeZone: 'Europe/Berlin' }
    const result = await core.invoke('sessions:create', input)
    if (result.ok) throw new Error('expected a refusal')
    expect(result.error.message).toMatch(/Choose another time\.$/)
  })

  it('judges a session start only once its date, time and zone are valid, so a bad date is not echoed back', async () => {
    const { core, mentor } = await coreWithMentor()
    const date = 'x'.repeat(100_000)
    const result = await core.invoke('sessions:create', { mentorId: mentor, date, time: '10:00', timeZone: 'UTC' })
    if (result.ok) throw new Error('expected a refusal')
    expect(result.error.issues.map((i) => i.path)).toEqual(['date'])
    expect(result.error.message.length).toBeLessThan(200)
  })
})
