import { describe, expect, it } from 'vitest'
import { openCore, valueOf } from '../../../helpers/core'
import { tempDirs } from '../../../helpers/temp'

const newDir = tempDirs()

describe('searching check-ins', () => {
  it("finds a check-in by its note, leading to the mentor's check-ins, and forgets it once deleted", async () => {
    const core = await openCore(await newDir(), { searchIndexDelayMs: 0 })
    const zoe = valueOf(await core.handlers['mentors:create']({ name: 'Zoë Martin' }))
    const checkIn = valueOf(
      await core.handlers['checkIns:create']({
        mentorId: zoe.id,
        ratings: { value: 2, frequency: 2, action: 3 },
        note: 'We keep rescheduling; ask about a fixed slot',
      }),
    )
    const find = async (text: string) => valueOf(await core.handlers['search:query']({ text }))
    expect(await find('rescheduling')).toEqual([
      expect.objectContaining({
        kind: 'checkIn',
        title: 'Check-in with Zoë Martin',
        target: `/mentors/${zoe.id}?tab=check-ins`,
      }),
    ])
    valueOf(await core.handlers['checkIns:delete']({ id: checkIn.id }))
    expect(await find('rescheduling')).toEqual([])
    await core.close()
  })
})
