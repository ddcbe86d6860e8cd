import { describe, expect, it } from 'vitest'
import { openCore, valueOf } from '../../../helpers/core'
import { tempDirs } from '../../../helpers/temp'

const newDir = tempDirs()

describe('searching wrap-ups', () => {
  it('finds words of the reflection and the thank-you, leading to the mentor, and forgets them when changed', async () => {
    const core = await openCore(await newDir(), { searchIndexDelayMs: 0 })
    const zoe = valueOf(await core.handlers['mentors:create']({ name: 'Zoë Martin' }))
    valueOf(
      await core.handlers['wrapUps:save']({
        mentorId: zoe.id,
        learned: 'Delegation is a gift',
        thankYou: 'Thank you for the whiteboard sessions',
      }),
    )
    const find = async (text: string) => valueOf(await core.handlers['search:query']({ text }))
    for (const word of ['delegation', 'whiteboard']) {
      expect(await find(word)).toEqual([
        expect.objectContaining({ kind: 'wrapUp', title: 'Wrap-up with Zoë Martin', target: `/mentors/${zoe.id}` }),
      ])
    }
    valueOf(await core.handlers['wrapUps:save']({ mentorId: zoe.id, learned: 'Patience' }))
    expect(await find('delegation')).toEqual([])
    expect((await find('patience'))[0]?.kind).toBe('wrapUp')
    await core.close()
  })
})
