// The planner's rules as the user meets them: keep in touch, the day before a session, snoozing, where a click leads.
import { describe, expect, it } from 'vitest'
import { valueOf } from '../../../helpers/core'
import { tempDirs } from '../../../helpers/temp'
import { reminderCore, titles } from '../../../helpers/reminder-harness'

const newDir = tempDirs()

/** A core at `start` in Berlin; `at(iso)` looks a minute before `iso`, then lets the timer run to it. */
async function onTime(start: string) {
  const harness = await reminderCore(start, { dir: await newDir() })
  const at = async (iso: string) => {
    harness.clock.set(new Date(Date.parse(iso) - 60_000))
    await harness.core.wake()
    await harness.pass(60_000)
    return titles(harness.shown.splice(0))
  }
  const due = async () => valueOf(await harness.core.handlers['reminders:list']()).due
  return { ...harness, at, due }
}

describe('keep in touch', () => {
  it('is due at the cadence and becomes "a while" at one and a half times it', async () => {
    const { core, at } = await onTime('2027-01-05T08:00:00.000Z')
    valueOf(await core.handlers['mentors:create']({ name: 'Zoë Ångström', cadenceWeeks: 2, stage: 'active' }))
    expect(await at('2027-01-19T07:59:00.000Z')).toEqual([])
    expect(await at('2027-01-19T08:00:00.000Z')).toEqual(['Time to get in touch with Zoë'])
    expect(await at('2027-01-26T07:59:00.000Z')).toEqual([])
    expect(await at('2027-01-26T08:00:00.000Z')).toEqual(['It has been a while since you met Zoë'])
  })
})

describe('before a session, with the default settings', () => {
  it('reminds the day before ("tomorrow") and a quarter hour before', async () => {
    const { core, at } = await onTime('2027-01-04T08:00:00.000Z')
    const zoe = valueOf(await core.handlers['mentors:create']({ name: 'Zoë' }))
    const session = valueOf(
      await core.handlers['sessions:create']({
        mentorId: zoe.id,
        date: '2027-01-07',
        time: '10:00',
        timeZone: 'Europe/Berlin',
        status: 'planned',
        agenda: 'Career ladder',
      }),
    )
    // 10:00 in Berlin is 09:00Z.
    expect(await at('2027-01-06T08:59:00.000Z')).toEqual([])
    const dayBefore = await at('2027-01-06T09:00:00.000Z')
    expect(dayBefore).toEqual(['Session with Zoë tomorrow'])
    expect(await at('2027-01-07T08:45:00.000Z')).toEqual(['Session with Zoë in 15 minutes'])
    const list = valueOf(await core.handlers['reminders:list']()).due
    expect(list.map((r) => r.target)).toEqual([`/sessions/${session.id}/brief`, `/sessions/${session.id}/brief`])
    expect(list[1]!.body).toContain('Career ladder')
  })

  it('recalls the last takeaway with the mentor and how many action items are open, and opens the brief', async () => {
    const { core, at } = await onTime('2027-01-04T08:00:00.000Z')
    const zoe = valueOf(await core.handlers['mentors:create']({ name: 'Zoë' }))
    const held = { mentorId: zoe.id, timeZone: 'Europe/Berlin', status: 'held' as const }
    await core.handlers['sessions:create']({ ...held, date: '2026-11-02', time: '10:00', takeaways: 'Older takeaway' })
    await core.handlers['sessions:create']({
      ...held,
      date: '2026-12-01',
      time: '10:00',
      takeaways: '- Write the decision first, then the options\n- Second point',
      actionItems: [
        { title: 'Send the RFC', owner: 'me', dueOn: null, done: false },
        { title: 'Share a reading list', owner: 'mentor', dueOn: null, done: false },
        { title: 'Read the paper', owner: 'me', dueOn: null, done: true },
      ],
    })
    const session = valueOf(
      await core.handlers['sessions:create']({
        mentorId: zoe.id,
        date: '2027-01-07',
        time: '10:00',
        timeZone: 'Europe/Berlin',
        status: 'planned',
      }),
    )
    expect(await at('2027-01-06T09:00:00.000Z')).toEqual(['Session with Zoë tomorrow'])
    const [reminder] = valueOf(await core.handlers['reminders:list']()).due
    expect(reminder!.body).toContain('Last time: Write the decision first, then the options')
    expect(reminder!.body).toContain('2 open action items')
    expect(reminder!.body).not.toContain('Older takeaway')
    expect(reminder!.target).toBe(`/sessions/${session.id}/brief`)
  })
})

describe('snoozing', () => {
  /** A keep-in-touch reminder due at 09:00 Berlin on 19 January (it keeps its key for a week). */
  async function dueToday() {
    const harness = await onTime('2027-01-05T08:00:00.000Z')
    valueOf(await harness.core.handlers['mentors:create']({ name: 'Zoë', cadenceWeeks: 2, stage: 'active' }))
    valueOf(await harness.core.handlers['mentors:create']({ name: 'Ravi', cadenceWeeks: 2, stage: 'active' }))
    expect((await harness.at('2027-01-19T08:00:00.000Z')).sort()).toEqual([
      'Time to get in touch with Ravi',
      'Time to get in touch with Zoë',
    ])
    const [first] = await harness.due()
    return { ...harness, key: first!.key, title: first!.title }
  }

  it('"tomorrow morning" brings it back at nine the next day', async () => {
    const { core, at, due, key, title } = await dueToday()
    const { until } = valueOf(await core.handlers['reminders:snooze']({ key, for: 'tomorrow' }))
    expect(until).toBe('2027-01-20T08:00:00.000Z')
    expect((await due()).map((r) => r.title)).not.toContain(title)
    expect(await at('2027-01-20T07:59:00.000Z')).toEqual([])
    expect(await at('2027-01-20T08:00:00.000Z')).toEqual([title])
  })

  it('"until" brings it back at the chosen time, and a time already past changes nothing', async () => {
    const { core, at, due, key, title, clock } = await dueToday()
    const past = await core.handlers['reminders:snooze']({ key, for: 'until', until: '2027-01-19T07:00:00.000Z' })
    expect(past).toMatchObject({ ok: false, error: { issues: [{ path: 'until' }] } })
    expect((await due()).map((r) => r.title)).toContain(title)

    clock.set(new Date('2027-01-19T09:00:00.000Z'))
    valueOf(await core.handlers['reminders:snooze']({ key, for: 'until', until: '2027-01-19T15:30:00.000Z' }))
    expect((await due()).map((r) => r.title)).not.toContain(title)
    expect(await at('2027-01-19T15:29:00.000Z')).toEqual([])
    expect(await at('2027-01-19T15:30:00.000Z')).toEqual([title])
  })

  it('"snooze all" snoozes everything due and brings each back an hour later', async () => {
    const { core, at, due, clock } = await dueToday()
    clock.set(new Date('2027-01-19T08:10:00.000Z'))
    const { snoozed } = valueOf(await core.handlers['reminders:snooze']({ all: true, for: '1h' }))
    expect(snoozed).toBe(2)
    expect(await due()).toEqual([])
    expect(await at('2027-01-19T09:09:00.000Z')).toEqual([])
    expect((await at('2027-01-19T09:10:00.000Z')).sort()).toEqual([
      'Time to get in touch with Ravi',
      'Time to get in touch with Zoë',
    ])
  })
})

describe('where a reminder leads', () => {
  it('opens the action item itself, from the notification and from the reminder centre', async () => {
    const { core, clock, shown, pass, due } = await onTime('2027-01-05T07:59:00.000Z')
    const item = valueOf(
      await core.handlers['actions:create']({ title: 'Send the CV', owner: 'me', dueOn: '2027-01-05' }),
    )
    await pass(60_000)
    expect(shown).toMatchObject([{ title: 'Due today: Send the CV', target: `/actions?edit=${item.id}` }])
    expect(await due()).toMatchObject([{ target: `/actions?edit=${item.id}`, actionItemId: item.id }])

    const zoe = valueOf(await core.handlers['mentors:create']({ name: 'Zoë', cadenceWeeks: 1, stage: 'active' }))
    clock.set(new Date('2027-01-12T08:00:00.000Z'))
    await core.wake()
    expect((await due()).find((r) => r.kind === 'keep-in-touch')?.target).toBe(`/mentors/${zoe.id}`)
  })
})

describe('reminder keys', () => {
  it('stay the same across plans, edits elsewhere and a restart, so a reminder is never sent twice', async () => {
    const dir = await newDir()
    const first = await reminderCore('2027-01-05T08:00:00.000Z', { dir })
    const zoe = valueOf(await first.core.handlers['mentors:create']({ name: 'Zoë', cadenceWeeks: 3, stage: 'active' }))
    const ravi = valueOf(await first.core.handlers['mentors:create']({ name: 'Ravi', stage: 'active' }))
    valueOf(await first.core.handlers['actions:create']({ title: 'Send the CV', owner: 'me', dueOn: '2027-01-08' }))
    valueOf(
      await first.core.handlers['sessions:create']({
        mentorId: zoe.id,
        date: '2026-12-20',
        time: '10:00',
        timeZone: 'Europe/Berlin',
        status: 'held',
      }),
    )
    valueOf(
      await first.core.handlers['sessions:create']({
        mentorId: ravi.id,
        date: '2027-01-09',
        time: '10:00',
        timeZone: 'Europe/Berlin',
        status: 'planned',
      }),
    )
    const keys = async (core: typeof first.core) => {
      const list = valueOf(await core.handlers['reminders:list']())
      return [...list.due, ...list.upcoming].map((r) => r.key).sort()
    }
    const before = await keys(first.core)
    // Zoë's keep-in-touch and first check-in, Ravi's two session reminders, the action item.
    expect(before).toHaveLength(5)
    expect(before.filter((key) => key.startsWith('checkin:'))).toHaveLength(1)
    first.clock.advance(3 * 60 * 60_000)
    valueOf(await first.core.handlers['mentors:update']({ id: zoe.id, changes: { role: 'Staff engineer' } }))
    valueOf(await first.core.handlers['notes:create']({ mentorId: zoe.id, section: 'interests', body: 'Climbing' }))
    expect(await keys(first.core)).toEqual(before)
    await first.core.close()
    const again = await reminderCore('2027-01-05T12:00:00.000Z', { dir })
    expect(await keys(again.core)).toEqual(before)
  })
})
