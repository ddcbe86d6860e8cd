// "How is your mentorship with Zoë going?" on a fake clock: after the third held session, again 60 days after
// the last check-in, never twice for the same one, never for a paused mentor.
import { describe, expect, it } from 'vitest'
import { valueOf } from '../../../helpers/core'
import { reminderCore, titles } from '../../../helpers/reminder-harness'
import { tempDirs } from '../../../helpers/temp'

const newDir = tempDirs()
const ASK = 'How is your mentorship with Zoë going?'
const DAY = 86_400_000

/** A core at `start` in Berlin with Zoë active; `at(iso)` looks a minute before `iso`, then lets the timer run to it. */
async function withZoe(start: string, dir?: string) {
  const harness = await reminderCore(start, { dir: dir ?? (await newDir()) })
  const { core } = harness
  const zoe = valueOf(await core.handlers['mentors:create']({ name: 'Zoë Ångström', stage: 'active' }))
  const held = async (date: string) =>
    valueOf(
      await core.handlers['sessions:create']({
        mentorId: zoe.id,
        date,
        time: '10:00',
        timeZone: 'Europe/Berlin',
        status: 'held',
      }),
    )
  const at = async (iso: string) => {
    harness.clock.set(new Date(Date.parse(iso) - 60_000))
    await core.wake()
    await harness.pass(60_000)
    return titles(harness.shown.splice(0))
  }
  const shownNow = async () => {
    await core.wake()
    await harness.pass(0)
    return titles(harness.shown.splice(0))
  }
  const due = async () => valueOf(await core.handlers['reminders:list']()).due
  return { ...harness, zoe, held, at, shownNow, due }
}

describe('check-in reminders', () => {
  it('ask after the third held session, open the check-in form, and stop once it is answered', async () => {
    const { core, zoe, held, shownNow, due } = await withZoe('2027-01-20T12:00:00.000Z')
    await held('2027-01-06')
    await held('2027-01-13')
    expect(await shownNow()).not.toContain(ASK)
    await held('2027-01-20')
    expect(await shownNow()).toEqual([ASK])
    const [reminder] = (await due()).filter((r) => r.kind === 'check-in')
    expect(reminder).toMatchObject({
      target: `/mentors/${zoe.id}?tab=check-ins&checkIn=new`,
      body: expect.stringContaining('3 sessions with Zoë since you started'),
    })
    // Looked at again later, it is not sent a second time.
    expect(await shownNow()).toEqual([])

    valueOf(
      await core.handlers['checkIns:create']({ mentorId: zoe.id, ratings: { value: 4, frequency: 3, action: 4 } }),
    )
    expect((await due()).filter((r) => r.kind === 'check-in')).toEqual([])
  })

  it('ask again 60 days after the last check-in when fewer sessions were held, and not again after a restart', async () => {
    const dir = await newDir()
    const first = await withZoe('2027-01-20T12:00:00.000Z', dir)
    await first.held('2027-01-13')
    const checkIn = valueOf(
      await first.core.handlers['checkIns:create']({
        mentorId: first.zoe.id,
        ratings: { value: 4, frequency: 4, action: 4 },
      }),
    )
    const sixtyDays = new Date(Date.parse(checkIn.createdAt) + 60 * DAY).toISOString()
    expect(await first.at(new Date(Date.parse(sixtyDays) - 60_000).toISOString())).toEqual([])
    expect(await first.at(sixtyDays)).toEqual([ASK])
    const body = (await first.due()).find((r) => r.kind === 'check-in')?.body
    expect(body).toContain('It has been a while since your last check-in with Zoë')
    await first.core.close()

    const again = await reminderCore(sixtyDays, { dir })
    again.clock.advance(DAY)
    await again.core.wake()
    await again.pass(0)
    expect(titles(again.shown)).not.toContain(ASK)
  })

  it('ask nothing about a paused mentor, and ask again once they are active', async () => {
    const { core, zoe, held, shownNow } = await withZoe('2027-01-20T12:00:00.000Z')
    valueOf(await core.handlers['mentors:update']({ id: zoe.id, changes: { stage: 'paused' } }))
    for (const day of ['2027-01-06', '2027-01-13', '2027-01-20']) await held(day)
    expect(await shownNow()).toEqual([])
    valueOf(await core.handlers['mentors:update']({ id: zoe.id, changes: { stage: 'active' } }))
    expect(await shownNow()).toEqual([ASK])
  })
})
