// The reminder centre's rules called on plain data: the plan and the user's zone are given, not read from a clock.
import { describe, expect, it } from 'vitest'
import {
  dismissReminder,
  markReminderDone,
  reminderList,
  snoozeEnd,
  snoozeReminders,
} from '../../../../src/main/core/domain/reminders'
import type { ParsedInput } from '../../../../src/shared/ipc'
import { actionItemRecord, databaseWith, plannedReminder, ruleEnv } from '../../../helpers/plain-data'

const NOW = '2026-11-27T09:00:00.000Z'

describe('snoozeEnd', () => {
  it.each<[string, ParsedInput<'reminders:snooze'>['for'], string, string, string]>([
    ['15 minutes', '15m', NOW, 'Europe/Berlin', '2026-11-27T09:15:00.000Z'],
    ['an hour', '1h', NOW, 'Europe/Berlin', '2026-11-27T10:00:00.000Z'],
    ['tomorrow, 9 in the morning in Berlin', 'tomorrow', NOW, 'Europe/Berlin', '2026-11-28T08:00:00.000Z'],
    ['tomorrow, 9 in the morning in New York', 'tomorrow', NOW, 'America/New_York', '2026-11-28T14:00:00.000Z'],
    // 18:00 in Tokyo already: tomorrow there starts in six hours.
    ['tomorrow, 9 in the morning in Tokyo', 'tomorrow', NOW, 'Asia/Tokyo', '2026-11-28T00:00:00.000Z'],
    // Half past midnight in Berlin: "tomorrow" is the day after the one that just began.
    [
      'tomorrow, just after midnight in Berlin',
      'tomorrow',
      '2026-11-27T23:30:00.000Z',
      'Europe/Berlin',
      '2026-11-29T08:00:00.000Z',
    ],
  ])('for %s ends at the right instant', (_name, choice, now, zone, end) => {
    expect(snoozeEnd({ for: choice }, new Date(now), zone)).toBe(end)
  })

  it('until a chosen time ends then', () => {
    expect(snoozeEnd({ for: 'until', until: '2026-12-01T07:00:00.000Z' }, new Date(NOW), 'UTC')).toBe(
      '2026-12-01T07:00:00.000Z',
    )
  })
})

describe('snoozeReminders', () => {
  const snooze = (input: Partial<ParsedInput<'reminders:snooze'>>, dueKeys: string[] = []) => ({
    all: false,
    for: '1h' as const,
    ...input,
    dueKeys,
    zone: 'Europe/Berlin',
  })

  it('snoozes one reminder, keeping what else its state says', () => {
    const first = dismissReminder(databaseWith({}), { key: 'digest:2026-11-26' }, ruleEnv())
    const { data, value } = snoozeReminders(first.data, snooze({ key: 'digest:2026-11-26' }), ruleEnv(NOW))
    expect(value).toEqual({ snoozed: 1, until: '2026-11-27T10:00:00.000Z' })
    expect(data.reminders).toMatchObject([
      { key: 'digest:2026-11-26', snoozedUntil: '2026-11-27T10:00:00.000Z', dismissedAt: NOW },
    ])
  })

  it('snoozes every reminder due now', () => {
    const { data, value } = snoozeReminders(databaseWith({}), snooze({ all: true }, ['a', 'b', 'c']), ruleEnv(NOW))
    expect(value.snoozed).toBe(3)
    expect(data.reminders.map((r) => [r.key, r.snoozedUntil])).toEqual([
      ['a', '2026-11-27T10:00:00.000Z'],
      ['b', '2026-11-27T10:00:00.000Z'],
      ['c', '2026-11-27T10:00:00.000Z'],
    ])
  })

  it('refuses a time that is not in the future, naming the field', () => {
    const input = snooze({ key: 'a', for: 'until', until: NOW })
    expect(() => snoozeReminders(databaseWith({}), input, ruleEnv(NOW))).toThrow(
      expect.objectContaining({
        message: 'Nothing was snoozed. Choose a time in the future.',
        issues: [{ path: 'until', message: 'Choose a time in the future' }],
      }),
    )
  })
})

describe('markReminderDone', () => {
  const item = actionItemRecord({ mentorId: null, title: 'Send the RFC', dueOn: '2026-11-26' })
  const about = plannedReminder({ key: `action:${item.id}:2026-11-26:overdue`, kind: 'action', actionItemId: item.id })

  it('completes the action item the reminder is about, and dismisses the reminder', () => {
    const { data } = markReminderDone(
      databaseWith({ actionItems: [item] }),
      { key: about.key, planned: [about] },
      ruleEnv(NOW),
    )
    expect(data.actionItems[0]).toMatchObject({ doneAt: NOW, updatedAt: NOW })
    expect(data.reminders).toMatchObject([{ key: about.key, dismissedAt: NOW }])
  })

  it('keeps the date an item already done was completed', () => {
    const done = { ...item, doneAt: '2026-11-26T18:00:00.000Z' }
    const { data } = markReminderDone(
      databaseWith({ actionItems: [done] }),
      { key: about.key, planned: [about] },
      ruleEnv(NOW),
    )
    expect(data.actionItems[0]?.doneAt).toBe('2026-11-26T18:00:00.000Z')
  })

  it.each([
    ['a reminder about no action item', [plannedReminder({ key: 'digest:2026-11-27' })], 'digest:2026-11-27'],
    ['a reminder that is not planned', [], 'digest:2026-11-27'],
  ])('refuses %s', (_name, planned, key) => {
    expect(() => markReminderDone(databaseWith({}), { key, planned }, ruleEnv(NOW))).toThrow(
      'Only a reminder about an action item can be marked done.',
    )
  })
})

describe('dismissReminder and reminderList', () => {
  it('dismisses a reminder it has no state for yet', () => {
    const { data, value } = dismissReminder(databaseWith({}), { key: 'touch:m:2026-11-01:due' }, ruleEnv(NOW))
    expect(value).toEqual({ key: 'touch:m:2026-11-01:due' })
    expect(data.reminders).toMatchObject([
      { key: 'touch:m:2026-11-01:due', dismissedAt: NOW, snoozedUntil: null, firedAt: null },
    ])
  })

  it('lists what is due and the first 30 upcoming reminders, with the time it was planned at', () => {
    const due = [plannedReminder({ key: 'due' })]
    const upcoming = Array.from({ length: 40 }, (_, i) => plannedReminder({ key: `later-${i}` }))
    const list = reminderList({ toFire: due, due, upcoming, nextAt: '2026-11-27T10:00:00.000Z' }, new Date(NOW))
    expect(list).toEqual({ due, upcoming: upcoming.slice(0, 30), nextAt: '2026-11-27T10:00:00.000Z', now: NOW })
  })
})
