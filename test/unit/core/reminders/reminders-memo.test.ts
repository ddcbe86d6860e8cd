// Planning reuses what earlier plans built for unchanged records; the plan must be the one a fresh start makes.
import { describe, expect, it } from 'vitest'
import { planReminders } from '../../../../src/main/core/reminders/plan'
import type { Database } from '../../../../src/shared/model'
import { todayIn, addDays } from '../../../../src/shared/time'
import { generateDataset } from '../../../helpers/fake-data'

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

  it("counts in the digest each day's planned sessions and the items due by then, in the user's zone", () => {
    const now = new Date('2026-11-27T06:30:00.000Z')
    const today = todayIn(zone, now)
    // Sessions around both midnights of today and tomorrow in Berlin (23:00Z is midnight there in winter).
    const around = [
      '2026-11-26T22:59:00.000Z',
      '2026-11-26T23:00:00.000Z',
      '2026-11-27T12:00:00.000Z',
      '2026-11-27T22:59:00.000Z',
      '2026-11-27T23:00:00.000Z',
      '2026-11-28T22:59:00.000Z',
      '2026-11-28T23:00:00.000Z',
    ]
    const sessions = base.sessions
      .slice(0, around.length)
      .map((s, i) => ({ ...s, status: 'planned' as const, startsAt: around[i]! }))
    const data: Database = {
      ...base,
      sessions: [...sessions, ...base.sessions.slice(around.length)],
      // One item falls due tomorrow: tomorrow's digest counts it, today's does not.
      actionItems: [
        ...base.actionItems,
        { ...base.actionItems[0]!, id: 'due-tomorrow', doneAt: null, dueOn: '2026-11-28' },
      ],
      settings: { ...base.settings, reminders: { ...base.settings.reminders, digestTime: '08:00', digestSetAt: null } },
    }
    const digests = [...planReminders(data, now, zone).due, ...planReminders(data, now, zone).upcoming].filter(
      (r) => r.kind === 'digest',
    )
    const counted = (day: string) => {
      const planned = data.sessions.filter((s) => s.status === 'planned' && todayIn(zone, new Date(s.startsAt)) === day)
      const due = data.actionItems.filter((a) => !a.doneAt && a.dueOn !== null && a.dueOn <= day)
      return [planned.length, due.length]
    }
    for (const day of [today, addDays(today, 1)]) {
      const [planned, due] = counted(day)
      const body = digests.find((d) => d.key === `digest:${day}`)?.body ?? ''
      expect(planned, 'the test places sessions on both days').toBeGreaterThan(0)
      expect(body).toContain(`${planned} ${planned === 1 ? 'session' : 'sessions'} today`)
      expect(body).toContain(`${due} action ${due === 1 ? 'item' : 'items'} due or overdue`)
    }
  })
})
