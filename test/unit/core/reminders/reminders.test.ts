import { describe, expect, it } from 'vitest'
import { MAX_WAIT_MS } from '../../../../src/main/core/reminders/scheduler'
import { valueOf } from '../../../helpers/core'
import { tempDirs } from '../../../helpers/temp'
import { reminderCore as harnessCore, titles } from '../../../helpers/reminder-harness'

const newDir = tempDirs()

/** A reminder core in a new folder unless one is given. */
const reminderCore = async (start: string, options: { dir?: string; zone?: string } = {}) =>
  harnessCore(start, { ...options, dir: options.dir ?? (await newDir()) })

describe('reminder scheduler', () => {
  it('fires an action item due in 40 days on its day at nine, never setting a timer longer than a minute', async () => {
    const { core, shown, pass, clock, timers } = await reminderCore('2027-01-05T08:00:00.000Z')
    valueOf(
      await core.handlers['actions:create']({ title: 'Send the promotion packet', owner: 'me', dueOn: '2027-02-14' }),
    )
    await core.wake()
    // Until the evening before, nothing.
    clock.set(new Date('2027-02-13T20:00:00.000Z'))
    await core.wake()
    expect(shown).toEqual([])
    // 09:00 in Berlin on the 14th is 08:00 UTC.
    clock.set(new Date('2027-02-14T07:59:00.000Z'))
    await core.wake()
    expect(shown).toEqual([])
    await pass(60_000)
    expect(titles(shown)).toEqual(['Due today: Send the promotion packet'])
    expect(Math.max(...timers.delays)).toBeLessThanOrEqual(MAX_WAIT_MS)
  })

  it('fires once on waking after the computer slept across the due time', async () => {
    const { core, shown, clock, timers } = await reminderCore('2027-01-05T08:00:00.000Z')
    const zoe = valueOf(await core.handlers['mentors:create']({ name: 'Zoë' }))
    valueOf(
      await core.handlers['sessions:create']({
        mentorId: zoe.id,
        date: '2027-01-05',
        time: '15:00',
        timeZone: 'Europe/Berlin',
        status: 'planned',
        reminderLeadMinutes: [15],
      }),
    )
    await timers.fire()
    clock.set(new Date('2027-01-05T13:50:00.000Z')) // slept through 13:45Z
    await core.wake() // the host's resume event
    await timers.fire() // the timer set before the sleep runs late
    await core.wake()
    expect(titles(shown)).toEqual(['Session with Zoë in 15 minutes'])
  })

  it('fires exactly once, however often it re-plans', async () => {
    const { core, shown, clock } = await reminderCore('2027-01-05T08:00:00.000Z')
    valueOf(await core.handlers['actions:create']({ title: 'Read the paper', owner: 'me', dueOn: '2027-01-06' }))
    clock.set(new Date('2027-01-06T08:00:30.000Z'))
    await Promise.all(Array.from({ length: 10 }, () => core.wake()))
    for (let i = 0; i < 5; i++) await core.wake()
    expect(titles(shown)).toEqual(['Due today: Read the paper'])
  })

  it('keeps nine in the morning and the digest time across both DST changes', async () => {
    const { core, shown, clock, pass } = await reminderCore('2027-03-26T12:00:00.000Z')
    valueOf(await core.handlers['settings:update']({ reminders: { digestTime: '08:00' } }))
    for (const dueOn of ['2027-03-27', '2027-03-28', '2027-10-30', '2027-10-31']) {
      valueOf(await core.handlers['actions:create']({ title: `Due ${dueOn}`, owner: 'me', dueOn }))
    }
    // The scheduler looks a minute before, then lets its timer run: reminders arrive on time, one by one.
    const at = async (iso: string) => {
      clock.set(new Date(Date.parse(iso) - 60_000))
      await core.wake()
      shown.splice(0)
      await pass(60_000)
      return titles(shown.splice(0))
    }
    // Winter time (UTC+1): 08:00 local is 07:00Z; summer time (UTC+2): 06:00Z.
    expect(await at('2027-03-27T06:59:00.000Z')).toEqual([])
    expect(await at('2027-03-27T07:00:00.000Z')).toEqual(['Your mentoring today'])
    expect(await at('2027-03-27T08:00:00.000Z')).toEqual(['Due today: Due 2027-03-27'])
    expect(await at('2027-03-28T05:59:00.000Z')).toEqual([])
    expect(await at('2027-03-28T06:00:00.000Z')).toEqual(['Your mentoring today'])
    const morning = await at('2027-03-28T07:00:00.000Z')
    expect(morning).toContain('Due today: Due 2027-03-28')
    expect(morning).toContain('Overdue: Due 2027-03-27')
    // Back to winter time on 31 October.
    await at('2027-10-30T07:00:00.000Z')
    expect(await at('2027-10-31T06:59:00.000Z')).toEqual([])
    expect(await at('2027-10-31T07:00:00.000Z')).toEqual(['Your mentoring today'])
  })

  it('collapses three reminders missed while the app was closed into one summary', async () => {
    const dir = await newDir()
    const first = await reminderCore('2027-01-05T08:00:00.000Z', { dir })
    for (const title of ['A', 'B', 'C']) {
      valueOf(await first.core.handlers['actions:create']({ title, owner: 'me', dueOn: '2027-01-10' }))
    }
    await first.core.close()
    const later = await reminderCore('2027-01-10T12:00:00.000Z', { dir })
    expect(later.shown).toHaveLength(1)
    expect(later.shown[0]).toMatchObject({ title: '3 reminders while you were away', summary: true })
    expect(later.shown[0]!.body).toBe('Due today: A\nDue today: B\nDue today: C')
    await later.core.wake()
    expect(later.shown).toHaveLength(1)
  })

  it('brings a snoozed reminder back after the snooze, also after a restart', async () => {
    const dir = await newDir()
    const first = await reminderCore('2027-01-05T07:00:00.000Z', { dir })
    valueOf(await first.core.handlers['actions:create']({ title: 'Book the room', owner: 'me', dueOn: '2027-01-05' }))
    first.clock.set(new Date('2027-01-05T08:00:00.000Z'))
    await first.core.wake()
    const [reminder] = valueOf(await first.core.handlers['reminders:list']()).due
    valueOf(await first.core.handlers['reminders:snooze']({ key: reminder!.key, for: '1h' }))
    expect(valueOf(await first.core.handlers['reminders:list']()).due).toEqual([])
    await first.core.close()

    const second = await reminderCore('2027-01-05T08:30:00.000Z', { dir })
    expect(second.shown).toEqual([])
    await second.pass(31 * 60_000)
    expect(titles(second.shown)).toEqual(['Due today: Book the room'])
  })

  it('holds non-urgent reminders in quiet hours and releases them when they end; a session start is urgent', async () => {
    const { core, shown, clock } = await reminderCore('2027-01-05T12:00:00.000Z')
    valueOf(await core.handlers['settings:update']({ reminders: { quietHours: { start: '21:00', end: '09:30' } } }))
    const zoe = valueOf(await core.handlers['mentors:create']({ name: 'Zoë' }))
    valueOf(await core.handlers['actions:create']({ title: 'Quiet one', owner: 'me', dueOn: '2027-01-06' }))
    valueOf(
      await core.handlers['sessions:create']({
        mentorId: zoe.id,
        date: '2027-01-06',
        time: '07:00',
        timeZone: 'Europe/Berlin',
        status: 'planned',
        reminderLeadMinutes: [15],
      }),
    )
    const at = async (iso: string) => {
      clock.set(new Date(iso))
      await core.wake()
      return titles(shown.splice(0))
    }
    expect(await at('2027-01-06T05:45:00.000Z')).toEqual(['Session with Zoë in 15 minutes'])
    expect(await at('2027-01-06T08:00:00.000Z')).toEqual([]) // 09:00 local, still quiet
    expect(await at('2027-01-06T08:30:00.000Z')).toEqual(['Due today: Quiet one'])
  })

  it('resets keep-in-touch when a session with that mentor is logged', async () => {
    const { core, shown, clock } = await reminderCore('2027-01-05T08:00:00.000Z')
    const zoe = valueOf(await core.handlers['mentors:create']({ name: 'Zoë', cadenceWeeks: 2, stage: 'active' }))
    clock.set(new Date('2027-01-19T08:00:00.000Z'))
    await core.wake()
    expect(titles(shown.splice(0))).toEqual(['Time to get in touch with Zoë'])
    expect(valueOf(await core.handlers['reminders:list']()).due.map((r) => r.title)).toEqual([
      'Time to get in touch with Zoë',
    ])
    valueOf(
      await core.handlers['sessions:create']({
        mentorId: zoe.id,
        date: '2027-01-19',
        time: '08:00',
        timeZone: 'Europe/Berlin',
      }),
    )
    await core.wake()
    const list = valueOf(await core.handlers['reminders:list']())
    expect(list.due).toEqual([])
    expect(list.upcoming[0]).toMatchObject({ kind: 'keep-in-touch', dueAt: '2027-02-02T07:00:00.000Z' })
  })

  it('marks an action item done from its reminder, and dismisses for good', async () => {
    const { core, clock } = await reminderCore('2027-01-05T07:00:00.000Z')
    const item = valueOf(
      await core.handlers['actions:create']({ title: 'Reply to Zoë', owner: 'me', dueOn: '2027-01-05' }),
    )
    valueOf(await core.handlers['actions:create']({ title: 'Other', owner: 'me', dueOn: '2027-01-05' }))
    clock.set(new Date('2027-01-05T08:10:00.000Z'))
    await core.wake()
    const due = valueOf(await core.handlers['reminders:list']()).due
    const reply = due.find((r) => r.title.endsWith('Reply to Zoë'))
    const other = due.find((r) => r.title.endsWith('Other'))

    valueOf(await core.handlers['reminders:done']({ key: reply!.key }))
    expect(valueOf(await core.handlers['actions:list']({})).find((a) => a.id === item.id)?.doneAt).toBe(
      '2027-01-05T08:10:00.000Z',
    )
    valueOf(await core.handlers['reminders:dismiss']({ key: other!.key }))
    clock.set(new Date('2027-01-07T08:10:00.000Z'))
    await core.wake()
    // Dismissing "due" leaves the "overdue" one, which is a new reminder the next morning.
    expect(valueOf(await core.handlers['reminders:list']()).due.map((r) => r.title)).toEqual(['Overdue: Other'])
  })
})

describe('notification content', () => {
  it('offers snooze, and done for an action item, and opens where the reminder is about', async () => {
    const { notificationFor, summaryNotification } = await import('../../../../src/main/core/reminders/notifications')
    const base = {
      kind: 'action' as const,
      body: 'You promised Zoë.',
      dueAt: '2027-01-05T08:00:00.000Z',
      originalDueAt: '2027-01-05T08:00:00.000Z',
      urgent: false,
      snoozedUntil: null,
      firedAt: null,
    }
    const action = notificationFor({
      ...base,
      key: 'a',
      title: 'Due today: Draft',
      target: '/actions',
      actionItemId: 'x',
    })
    expect(action).toMatchObject({
      title: 'Due today: Draft',
      body: 'You promised Zoë.',
      target: '/actions',
      actions: ['snooze', 'done'],
      keys: ['a'],
    })
    const session = notificationFor({
      ...base,
      kind: 'session',
      key: 's',
      title: 'Session with Zoë in 15 minutes',
      target: '/sessions/1',
      actionItemId: null,
    })
    expect(session.actions).toEqual(['snooze'])
    const reminders = ['A', 'B', 'C', 'D', 'E'].map((t) => ({
      ...base,
      key: t,
      title: t,
      target: '/',
      actionItemId: null,
    }))
    expect(summaryNotification(reminders, new Date('2027-01-05T09:00:00.000Z'))).toMatchObject({
      title: '5 reminders while you were away',
      body: 'A\nB\nC\nand 2 more',
      target: '/?reminders=1',
      keys: ['A', 'B', 'C', 'D', 'E'],
      summary: true,
    })
  })
})
