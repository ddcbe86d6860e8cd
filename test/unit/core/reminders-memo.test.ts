// Planning reuses what earlier plans built for unchanged records; the plan must be the one a fresh start makes.
import { describe, expect, it } from 'vitest'
import { planReminders } from '../../../src/main/core/reminders/plan'
import type { Database } from '../../../src/shared/model'
import { generateDataset } from '../../helpers/fake-data'

const zone = 'Europe/Berlin'
/** The plan from copies of every record, which no earlier plan has seen. */
const fresh = (data: Database, now: Date) => planReminders(structuredClone(data), now, zone)

describe('planning reminders again', () => {
  const base = generateDataset({ mentors: 8, sessions: 60, notes: 0, actionItems: 80, goals: 2 }, 11)
  const start = new Date('2026-11-27T09:00:00.000Z')

  it('is the same as a fresh plan when time passes: due items turn overdue, "today" moves on', () => {
    planReminders(base, start, zone)
    for (const hours of [1, 20, 24, 30, 24 * 3, 24 * 10]) {
      const now = new Date(start.getTime() + hours * 3_600_000)
      expect(planReminders(base, now, zone)).toEqual(fresh(base, now))
    }
  })

  it('shows a renamed mentor, an edited action item and new lead times at once', () => {
    planReminders(base, start, zone)
    const item = base.actionItems.find((a) => !a.doneAt && a.dueOn && a.mentorId)!
    const mentor = base.mentors.find((m) => m.id === item.mentorId)!
    const changed: Database = {
      ...base,
      mentors: base.mentors.map((m) => (m === mentor ? { ...m, name: 'Zoë Ångström' } : m)),
      actionItems: base.actionItems.map((a) => (a === item ? { ...a, title: 'Send the café notes ☕' } : a)),
      settings: { ...base.settings, reminders: { ...base.settings.reminders, sessionLeadMinutes: [30] } },
    }
    const plan = planReminders(changed, start, zone)
    expect(plan).toEqual(fresh(changed, start))
    const all = [...plan.due, ...plan.upcoming]
    expect(all.some((r) => r.title.endsWith('Send the café notes ☕'))).toBe(true)
    expect(all.some((r) => r.body.includes('Zoë'))).toBe(true)
    expect(plan).not.toEqual(planReminders(base, start, zone))
  })

  it('is the same in another time zone', () => {
    planReminders(base, start, zone)
    expect(planReminders(base, start, 'America/Los_Angeles')).toEqual(
      planReminders(structuredClone(base), start, 'America/Los_Angeles'),
    )
  })
})
