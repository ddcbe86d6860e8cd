// A session's action items follow the session: to another mentor when it moves, and nowhere when it does not.
import { describe, expect, it } from 'vitest'
import { openCore, valueOf } from '../../../helpers/core'
import { tempDirs } from '../../../helpers/temp'
import { dataAfterRestart } from '../../../helpers/restart'

const newDir = tempDirs()

describe("a session's action items and its mentor", () => {
  it('moves the items with a session given to another mentor, leaves other items alone, and keeps them after a restart', async () => {
    const core = await openCore(await newDir())
    const zoe = valueOf(await core.handlers['mentors:create']({ name: 'Zoë Ångström', stage: 'active' }))
    const amara = valueOf(await core.handlers['mentors:create']({ name: 'Amara Nwosu', stage: 'active' }))
    const session = valueOf(
      await core.handlers['sessions:create']({
        mentorId: zoe.id,
        date: '2026-11-20',
        time: '10:00',
        timeZone: 'UTC',
        actionItems: [
          { title: 'Send the RFC', owner: 'me' },
          { title: 'Introduce me to the team', owner: 'mentor' },
        ],
      }),
    )
    const other = valueOf(
      await core.handlers['actions:create']({ title: 'Read the café book', owner: 'me', mentorId: zoe.id }),
    )
    const mentorsOfItems = async () =>
      Object.fromEntries(valueOf(await core.handlers['actions:list']({})).map((a) => [a.title, a.mentorId]))

    // An edit that keeps the mentor changes no item.
    valueOf(
      await core.handlers['sessions:update']({ id: session.id, changes: { whatWorked: 'Writing it down first' } }),
    )
    expect(await mentorsOfItems()).toEqual({
      'Send the RFC': zoe.id,
      'Introduce me to the team': zoe.id,
      'Read the café book': zoe.id,
    })

    valueOf(await core.handlers['sessions:update']({ id: session.id, changes: { mentorId: amara.id } }))
    expect(await mentorsOfItems()).toEqual({
      'Send the RFC': amara.id,
      'Introduce me to the team': amara.id,
      'Read the café book': zoe.id,
    })
    const stored = await dataAfterRestart(core.dataFile)
    expect(stored.actionItems.filter((a) => a.sessionId === session.id).map((a) => a.mentorId)).toEqual([
      amara.id,
      amara.id,
    ])
    expect(stored.actionItems.find((a) => a.id === other.id)?.mentorId).toBe(zoe.id)
  })
})
