// What the app remembers about reminders (fired, dismissed, done) holds for months and across restarts.
import { describe, expect, it } from 'vitest'
import { valueOf } from '../../../helpers/core'
import { dataAfterRestart } from '../../../helpers/restart'
import { tempDirs } from '../../../helpers/temp'
import { reminderCore, titles } from '../../../helpers/reminder-harness'

const newDir = tempDirs()

const storedKeys = async (dataFile: string) => (await dataAfterRestart(dataFile)).reminders.map((s) => s.key)

/** Everything notified, summaries included, as one list of lines. */
const everything = (shown: Array<{ title: string; body: string; summary: boolean }>) =>
  shown.flatMap((n) => (n.summary ? n.body.split('\n') : [n.title]))

describe('reminder states over months', () => {
  it('never fires an overdue item again nor brings back a dismissed one, months on and after a restart', async () => {
    const dir = await newDir()
    const { core, clock, shown } = await reminderCore('2027-01-05T07:00:00.000Z', { dir })
    valueOf(await core.handlers['actions:create']({ title: 'Send the slides', owner: 'me', dueOn: '2027-01-04' }))
    valueOf(await core.handlers['actions:create']({ title: 'Call the venue', owner: 'me', dueOn: '2027-01-05' }))
    // Something else comes due every month, so reminders keep firing (and states are tidied) all along.
    const monthly = ['2027-02-10', '2027-03-10', '2027-04-10', '2027-05-10', '2027-06-10']
    for (const [i, dueOn] of monthly.entries()) {
      valueOf(await core.handlers['actions:create']({ title: `Monthly ${i + 1}`, owner: 'me', dueOn }))
    }
    const at = async (iso: string) => {
      clock.set(new Date(iso))
      await core.wake()
    }
    await at('2027-01-05T08:00:00.000Z')
    expect(everything(shown)).toContain('Overdue: Send the slides')
    await at('2027-01-06T08:00:00.000Z')
    const list = valueOf(await core.handlers['reminders:list']())
    const venue = list.due.find((r) => r.title === 'Overdue: Call the venue')!
    valueOf(await core.handlers['reminders:dismiss']({ key: venue.key }))

    for (const dueOn of monthly) {
      await at(`${dueOn}T08:00:00.000Z`)
      await at(`${dueOn}T08:30:00.000Z`)
    }
    await at('2027-06-11T08:00:00.000Z')
    expect(everything(shown)).toContain('Overdue: Monthly 5')
    const later = valueOf(await core.handlers['reminders:list']()).due.map((r) => r.title)
    expect(later).toContain('Overdue: Send the slides')
    expect(later).not.toContain('Overdue: Call the venue')
    expect(everything(shown).filter((t) => t === 'Overdue: Send the slides')).toHaveLength(1)
    expect(everything(shown).filter((t) => t === 'Overdue: Call the venue')).toHaveLength(1)
    await core.close()

    const again = await reminderCore('2027-06-12T08:00:00.000Z', { dir })
    expect(everything(again.shown).filter((t) => /slides|venue/.test(t))).toEqual([])
    expect(valueOf(await again.core.handlers['reminders:list']()).due.map((r) => r.title)).not.toContain(
      'Overdue: Call the venue',
    )
  })

  it('still forgets, months later, what cannot come back: a deleted item, a done one, a past digest', async () => {
    const dir = await newDir()
    const { core, clock, dataFile } = await reminderCore('2027-01-05T07:00:00.000Z', { dir }).then((r) => ({
      ...r,
      dataFile: r.core.dataFile,
    }))
    valueOf(await core.handlers['settings:update']({ reminders: { digestTime: '08:00' } }))
    const gone = valueOf(await core.handlers['actions:create']({ title: 'Gone', owner: 'me', dueOn: '2027-01-06' }))
    const done = valueOf(await core.handlers['actions:create']({ title: 'Done', owner: 'me', dueOn: '2027-01-06' }))
    valueOf(await core.handlers['actions:create']({ title: 'Much later', owner: 'me', dueOn: '2027-05-20' }))
    clock.set(new Date('2027-01-06T08:00:00.000Z'))
    await core.wake()
    const fired = await storedKeys(dataFile)
    expect(fired).toEqual(
      expect.arrayContaining([
        `action:${gone.id}:2027-01-06:due`,
        `action:${done.id}:2027-01-06:due`,
        'digest:2027-01-06',
      ]),
    )
    valueOf(await core.handlers['actions:delete']({ id: gone.id }))
    valueOf(await core.handlers['actions:setDone']({ id: done.id, done: true }))

    clock.set(new Date('2027-05-20T08:00:00.000Z'))
    await core.wake()
    const kept = await storedKeys(dataFile)
    expect(kept.filter((k) => k.includes(gone.id) || k.includes(done.id) || k === 'digest:2027-01-06')).toEqual([])
    expect(kept.some((k) => k.endsWith(':2027-05-20:due'))).toBe(true)
  })

  it('keeps a dismissal and a done across a restart', async () => {
    const dir = await newDir()
    const first = await reminderCore('2027-01-05T07:00:00.000Z', { dir })
    const reply = valueOf(
      await first.core.handlers['actions:create']({ title: 'Reply to Zoë', owner: 'me', dueOn: '2027-01-05' }),
    )
    valueOf(await first.core.handlers['actions:create']({ title: 'Book the room', owner: 'me', dueOn: '2027-01-05' }))
    first.clock.set(new Date('2027-01-05T08:05:00.000Z'))
    await first.core.wake()
    const due = valueOf(await first.core.handlers['reminders:list']()).due
    valueOf(
      await first.core.handlers['reminders:done']({ key: due.find((r) => r.title.endsWith('Reply to Zoë'))!.key }),
    )
    valueOf(
      await first.core.handlers['reminders:dismiss']({ key: due.find((r) => r.title.endsWith('Book the room'))!.key }),
    )
    await first.core.close()

    const second = await reminderCore('2027-01-05T10:00:00.000Z', { dir })
    expect(valueOf(await second.core.handlers['reminders:list']()).due).toEqual([])
    expect(second.shown).toEqual([])
    const item = valueOf(await second.core.handlers['actions:list']({})).find((a) => a.id === reply.id)
    expect(item?.doneAt).toBe('2027-01-05T08:05:00.000Z')
    // The done item never turns overdue; the dismissed one does, the next morning, as a new reminder.
    second.clock.set(new Date('2027-01-06T08:00:00.000Z'))
    await second.core.wake()
    expect(titles(second.shown)).toEqual(['Overdue: Book the room'])
  })
})
