import { describe, expect, it } from 'vitest'
import { WrapUp } from '../../../../src/shared/model'
import { openCore, valueOf } from '../../../helpers/core'
import { dataAfterRestart } from '../../../helpers/restart'
import { tempDirs } from '../../../helpers/temp'

const newDir = tempDirs()

describe('the sample wrap-up', () => {
  it('comes with the alumni sample mentor, rates her goals, is marked as sample, and goes with the sample', async () => {
    const core = await openCore(await newDir(), { timeZone: () => 'Europe/Berlin' })
    valueOf(await core.handlers['sample:load']())
    const data = await dataAfterRestart(core.dataFile)
    const alumni = data.mentors.filter((m) => m.stage === 'alumni')
    expect(alumni.map((m) => m.name)).toEqual(['Siobhán Ní Bhriain'])
    expect(data.wrapUps).toHaveLength(1)
    const wrapUp = WrapUp.parse(data.wrapUps[0])
    expect(wrapUp.mentorId).toBe(alumni[0]!.id)
    expect(wrapUp.goalRatings.map((r) => data.goals.find((g) => g.id === r.goalId)?.title)).toEqual([
      'Speak at a conference',
    ])
    expect(wrapUp.thankYou).toMatch(/^Dear Siobhán,/)
    expect(data.sample?.wrapUpIds).toEqual([wrapUp.id])
    expect(valueOf(await core.handlers['wrapUps:get']({ mentorId: alumni[0]!.id }))).toEqual(wrapUp)

    valueOf(await core.handlers['sample:remove']({}))
    expect((await dataAfterRestart(core.dataFile)).wrapUps).toEqual([])
    await core.close()
  })
})
