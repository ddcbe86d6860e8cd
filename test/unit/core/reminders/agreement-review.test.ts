// The agreement's review date, with a fake clock: the reminder comes that morning, opens the mentor page, once.
import { describe, expect, it } from 'vitest'
import { valueOf } from '../../../helpers/core'
import { reminderCore, titles } from '../../../helpers/reminder-harness'
import { tempDirs } from '../../../helpers/temp'

const newDir = tempDirs()

async function withAgreement(reviewOn: string | null) {
  const harness = await reminderCore('2027-01-05T08:00:00.000Z', { dir: await newDir() })
  const zoe = valueOf(await harness.core.handlers['mentors:create']({ name: 'Zoë Ångström', stage: 'active' }))
  const agreement = valueOf(
    await harness.core.handlers['agreements:save']({ mentorId: zoe.id, focus: 'Design docs', reviewOn }),
  )
  await harness.core.wake()
  return { ...harness, zoe, agreement }
}

describe('agreement review reminder', () => {
  it('comes at nine on the review date, names the mentor and opens their page, and comes once', async () => {
    const { core, shown, clock, pass, zoe } = await withAgreement('2027-02-14')
    clock.set(new Date('2027-02-14T07:59:00.000Z')) // 08:59 in Berlin
    await core.wake()
    expect(shown).toEqual([])
    const upcoming = valueOf(await core.handlers['reminders:list']()).upcoming
    expect(upcoming.find((r) => r.kind === 'agreement-review')).toMatchObject({
      title: 'Review your agreement with Zoë',
      dueAt: '2027-02-14T08:00:00.000Z',
      target: `/mentors/${zoe.id}`,
    })
    await pass(60_000)
    expect(titles(shown)).toEqual(['Review your agreement with Zoë'])
    await pass(60 * 60_000)
    await core.wake()
    expect(titles(shown)).toEqual(['Review your agreement with Zoë'])
  })

  it('moves with the review date, and stops when the agreement has none or is deleted', async () => {
    const { core, shown, clock, zoe, agreement } = await withAgreement('2027-02-14')
    valueOf(await core.handlers['agreements:save']({ mentorId: zoe.id, focus: 'Design docs', reviewOn: '2027-03-01' }))
    clock.set(new Date('2027-02-20T12:00:00.000Z'))
    await core.wake()
    expect(shown).toEqual([])
    clock.set(new Date('2027-03-01T08:00:00.000Z'))
    await core.wake()
    expect(titles(shown)).toEqual(['Review your agreement with Zoë'])

    valueOf(await core.handlers['agreements:save']({ mentorId: zoe.id, focus: 'Design docs', reviewOn: '2027-03-10' }))
    valueOf(await core.handlers['agreements:delete']({ id: agreement.id }))
    clock.set(new Date('2027-03-10T09:00:00.000Z'))
    await core.wake()
    expect(titles(shown)).toEqual(['Review your agreement with Zoë'])
    const plan = valueOf(await core.handlers['reminders:list']())
    expect([...plan.due, ...plan.upcoming].filter((r) => r.kind === 'agreement-review')).toEqual([])
  })

  it('says nothing for a mentor moved to alumni', async () => {
    const { core, shown, clock, zoe } = await withAgreement('2027-02-14')
    valueOf(await core.handlers['mentors:update']({ id: zoe.id, changes: { stage: 'alumni' } }))
    clock.set(new Date('2027-02-14T09:00:00.000Z'))
    await core.wake()
    expect(shown).toEqual([])
  })

  it('is due at once for a review date already past, until dismissed', async () => {
    const { core, shown } = await withAgreement('2027-01-02')
    expect(titles(shown)).toEqual(['Review your agreement with Zoë'])
    const due = valueOf(await core.handlers['reminders:list']()).due.find((r) => r.kind === 'agreement-review')!
    valueOf(await core.handlers['reminders:dismiss']({ key: due.key }))
    expect(valueOf(await core.handlers['reminders:list']()).due.filter((r) => r.kind === 'agreement-review')).toEqual(
      [],
    )
  })
})
