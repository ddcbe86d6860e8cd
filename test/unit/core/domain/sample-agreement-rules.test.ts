// The sample data's agreements: Zoë's with an earlier version, Mateus's due for review, all gone with the sample.
import { describe, expect, it } from 'vitest'
import { loadSample, removeSample } from '../../../../src/main/core/domain/sample'
import { planReminders } from '../../../../src/main/core/reminders/plan'
import { databaseWith, ruleEnv } from '../../../helpers/plain-data'

const ZONE = 'Europe/Berlin'
const env = ruleEnv('2026-11-27T09:00:00.000Z')

describe('the sample agreements', () => {
  it('loads an agreement with Zoë, changed once, and one with Mateus whose review has come, quietly', () => {
    const { data } = loadSample(databaseWith({}), { zone: ZONE }, env)
    const named = (id: string) => data.mentors.find((m) => m.id === id)!.name
    expect(data.agreements.map((a) => named(a.mentorId))).toEqual(['Zoë Ångström-李', 'Mateus Conceição'])
    expect(data.sample!.agreementIds).toEqual(data.agreements.map((a) => a.id))
    const [zoe, mateus] = data.agreements
    expect(zoe!.versions).toHaveLength(1)
    expect(zoe!.versions[0]!.replacedAt).toBe(zoe!.updatedAt)
    expect(zoe!.goalIds.every((id) => data.goals.some((g) => g.id === id))).toBe(true)
    expect(mateus!.reviewOn! < '2026-11-27').toBe(true)
    const plan = planReminders(data, env.now, ZONE)
    expect(plan.due.map((r) => r.title)).toContain('Review your agreement with Mateus')
    expect(plan.toFire).toEqual([])
  })

  it('goes with the sample', () => {
    const { data } = loadSample(databaseWith({}), { zone: ZONE }, env)
    expect(removeSample(data, {}).data.agreements).toEqual([])
  })
})
