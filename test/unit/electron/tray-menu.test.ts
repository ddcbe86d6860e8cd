import type { MenuItemConstructorOptions } from 'electron'
import { describe, expect, it } from 'vitest'
import type { ReminderView } from '../../../src/shared/requests/reminders'
import { trayMenuTemplate, trayTooltip, whenLabel } from '../../../src/main/electron/tray-menu'

const now = new Date('2027-01-05T09:00:00.000Z')
const reminder = (title: string, dueAt: string, target = '/actions'): ReminderView => ({
  key: title,
  kind: 'action',
  title,
  body: '',
  dueAt,
  target,
  actionItemId: null,
  urgent: false,
  snoozedUntil: null,
})

function menu(due: ReminderView[], upcoming: ReminderView[]) {
  const calls: string[] = []
  const items = trayMenuTemplate(
    { due, upcoming },
    now,
    {
      open: (target) => void calls.push(`open ${target}`),
      logSession: () => void calls.push('log'),
      snoozeAll: () => void calls.push('snooze all'),
      quit: () => void calls.push('quit'),
    },
    'Europe/Berlin',
  )
  const labels = items.map((i) => (i.type === 'separator' ? '—' : i.label))
  const click = (label: string) =>
    (items.find((i) => i.label === label) as MenuItemConstructorOptions).click?.(
      undefined as never,
      undefined,
      undefined as never,
    )
  return { items, labels, click, calls }
}

describe('tray menu', () => {
  it('lists what is due, the next five, and the quick actions', () => {
    const upcoming = Array.from({ length: 7 }, (_, i) =>
      reminder(`Later ${i}`, new Date(now.getTime() + (i + 1) * 30 * 60_000).toISOString()),
    )
    const { labels, click, calls } = menu(
      [reminder('Overdue: Send the CFP', '2027-01-05T08:00:00.000Z', '/actions')],
      upcoming,
    )
    expect(labels).toEqual([
      '1 reminder due',
      'Overdue: Send the CFP',
      '—',
      'Coming up',
      'in 30 min · Later 0',
      'in 1 h · Later 1',
      'in 2 h · Later 2',
      'in 2 h · Later 3',
      'in 3 h · Later 4',
      '—',
      'Log a session…',
      'Snooze all for 1 hour',
      '—',
      'Open Mentor Tracker',
      'Quit',
    ])
    click('Overdue: Send the CFP')
    click('Log a session…')
    click('Snooze all for 1 hour')
    expect(calls).toEqual(['open /actions', 'log', 'snooze all'])
  })

  it('says nothing is due and cannot snooze then', () => {
    const { items, labels } = menu([], [])
    expect(labels[0]).toBe('Nothing due')
    expect(items.find((i) => i.label === 'Snooze all for 1 hour')?.enabled).toBe(false)
  })

  it('shows at most eight due items and counts the rest', () => {
    const due = Array.from({ length: 11 }, (_, i) => reminder(`Due ${i}`, '2027-01-05T08:00:00.000Z'))
    expect(menu(due, []).labels.slice(0, 10)).toEqual([
      '11 reminders due',
      ...due.slice(0, 8).map((r) => r.title),
      'and 3 more…',
    ])
  })

  it('says how many are due in the tooltip, and when later ones fall', () => {
    expect(trayTooltip({ due: [], upcoming: [] })).toBe('Mentor Tracker')
    expect(trayTooltip({ due: [reminder('a', ''), reminder('b', '')], upcoming: [] })).toBe(
      'Mentor Tracker: 2 reminders due',
    )
    expect(whenLabel('2027-01-06T09:00:00.000Z', now, 'Europe/Berlin')).toBe('Wed 10:00')
  })
})
