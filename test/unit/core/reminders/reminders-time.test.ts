// Reminders and the passing of time: the daily digest, a clock set back, re-planning on its own after a change.
import { describe, expect, it } from 'vitest'
import type { AppNotification } from '../../../../src/main/core/reminders/notifications'
import { valueOf } from '../../../helpers/core'
import { tempDirs } from '../../../helpers/temp'
import { reminderCore, titles } from '../../../helpers/reminder-harness'

const newDir = tempDirs()

const DIGEST = 'Your mentoring today'

/** Everything notified, summaries included, as one list of lines. */
const everything = (shown: AppNotification[]) => shown.flatMap((n) => (n.summary ? n.body.split('\n') : [n.title]))

describe('the daily digest', () => {
  // 08:00 in Berlin in January is 07:00Z.
  it('stays in the reminder centre after a later change of theme or of the tray notice', async () => {
    const { core, clock, shown, pass } = await reminderCore('2027-01-04T12:00:00.000Z', { dir: await newDir() })
    valueOf(await core.handlers['settings:update']({ reminders: { digestTime: '08:00' } }))
    valueOf(await core.handlers['actions:create']({ title: 'Draft the talk', owner: 'me', dueOn: '2027-01-05' }))
    clock.set(new Date('2027-01-05T06:59:00.000Z'))
    await core.wake()
    await pass(60_000)
    expect(titles(shown)).toEqual([DIGEST])

    clock.set(new Date('2027-01-05T07:30:00.000Z'))
    valueOf(await core.handlers['settings:update']({ theme: 'dark' }))
    valueOf(await core.handlers['settings:update']({ trayNoticeShown: true }))
    await core.wake()
    const due = valueOf(await core.handlers['reminders:list']()).due.map((r) => r.title)
    expect(due).toEqual([DIGEST])
    expect(titles(shown)).toEqual([DIGEST])
  })

  it('reaches an app that was closed at digest time when it starts again, with what else was missed', async () => {
    const dir = await newDir()
    const first = await reminderCore('2027-01-04T12:00:00.000Z', { dir })
    valueOf(await first.core.handlers['settings:update']({ reminders: { digestTime: '08:00' } }))
    valueOf(await first.core.handlers['actions:create']({ title: 'Draft the talk', owner: 'me', dueOn: '2027-01-05' }))
    first.clock.set(new Date('2027-01-05T06:00:00.000Z'))
    valueOf(await first.core.handlers['settings:update']({ theme: 'dark' }))
    await first.core.close()

    const later = await reminderCore('2027-01-05T08:30:00.000Z', { dir })
    expect(later.shown).toHaveLength(1)
    expect(later.shown[0]).toMatchObject({ summary: true, title: '2 reminders while you were away' })
    expect(everything(later.shown).sort()).toEqual(['Due today: Draft the talk', DIGEST])
    valueOf(await later.core.handlers['settings:update']({ theme: 'light' }))
    expect(valueOf(await later.core.handlers['reminders:list']()).due.map((r) => r.title)).toContain(DIGEST)
  })

  it('set up after its time, starts the next day; set up before it, comes the same day', async () => {
    const { core, clock, shown, pass } = await reminderCore('2027-01-05T10:00:00.000Z', { dir: await newDir() })
    valueOf(await core.handlers['actions:create']({ title: 'Draft the talk', owner: 'me', dueOn: '2027-01-09' }))
    valueOf(await core.handlers['settings:update']({ reminders: { digestTime: '08:00' } }))
    await core.wake()
    expect(valueOf(await core.handlers['reminders:list']()).due).toEqual([])
    clock.set(new Date('2027-01-06T06:59:00.000Z'))
    await core.wake()
    await pass(60_000)
    // Nothing is due on the 6th: no digest. Moved to 07:30 before then, the 7th's comes at 07:30.
    expect(titles(shown)).toEqual([])
    valueOf(await core.handlers['actions:create']({ title: 'Read the paper', owner: 'me', dueOn: '2027-01-07' }))
    clock.set(new Date('2027-01-07T06:00:00.000Z'))
    valueOf(await core.handlers['settings:update']({ reminders: { digestTime: '07:30' } }))
    clock.set(new Date('2027-01-07T06:29:00.000Z'))
    await core.wake()
    await pass(60_000)
    expect(titles(shown)).toEqual([DIGEST])
  })
})

describe('a clock set back', () => {
  it('sends nothing twice and collapses nothing into a summary', async () => {
    const { core, clock, shown, pass } = await reminderCore('2027-01-04T12:00:00.000Z', { dir: await newDir() })
    valueOf(await core.handlers['settings:update']({ reminders: { digestTime: '08:00' } }))
    valueOf(await core.handlers['actions:create']({ title: 'A', owner: 'me', dueOn: '2027-01-05' }))
    valueOf(await core.handlers['actions:create']({ title: 'B', owner: 'me', dueOn: '2027-01-05' }))
    // The computer slept through the 5th: at 10:00 on the 6th the digest and both overdue items come as one summary.
    clock.set(new Date('2027-01-06T09:00:00.000Z'))
    await core.wake()
    expect(shown).toHaveLength(1)
    expect(everything(shown).sort()).toEqual(['Overdue: A', 'Overdue: B', DIGEST])
    shown.splice(0)

    // The clock goes back two hours, to before the digest and before the items turned overdue.
    clock.set(new Date('2027-01-06T07:00:00.000Z'))
    await core.wake()
    expect(shown).toEqual([])
    valueOf(await core.handlers['actions:create']({ title: 'C', owner: 'me', dueOn: '2027-01-06' }))
    valueOf(await core.handlers['actions:create']({ title: 'D', owner: 'me', dueOn: '2027-01-06' }))
    for (let minute = 0; minute < 90; minute++) await pass(60_000)
    // Only the two new ones, each on time, each on its own.
    expect(shown.map((n) => ({ title: n.title, summary: n.summary }))).toEqual([
      { title: 'Due today: C', summary: false },
      { title: 'Due today: D', summary: false },
    ])
  })

  it('sends on time, one by one, what comes due right after the clock went back', async () => {
    const { core, clock, shown, pass } = await reminderCore('2027-01-05T07:30:00.000Z', { dir: await newDir() })
    clock.set(new Date('2027-01-05T09:30:00.000Z'))
    await core.wake()
    clock.set(new Date('2027-01-05T07:59:00.000Z'))
    valueOf(await core.handlers['actions:create']({ title: 'E', owner: 'me', dueOn: '2027-01-05' }))
    valueOf(await core.handlers['actions:create']({ title: 'F', owner: 'me', dueOn: '2027-01-05' }))
    // The scheduler's first look after the jump is when they come due.
    clock.set(new Date('2027-01-05T08:00:00.000Z'))
    await core.wake()
    await pass(60_000)
    expect(shown.map((n) => n.title)).toEqual(['Due today: E', 'Due today: F'])
  })
})

describe('re-planning after a change', () => {
  it('fires an item due in a minute, created through a handler, without anyone waking the scheduler', async () => {
    const { core, timers, shown, pass } = await reminderCore('2027-01-05T07:59:00.000Z', { dir: await newDir() })
    valueOf(await core.handlers['actions:create']({ title: 'Print the handout', owner: 'me', dueOn: '2027-01-05' }))
    await timers.fire()
    expect(shown).toEqual([])
    await pass(60_000)
    expect(titles(shown)).toEqual(['Due today: Print the handout'])
  })
})
