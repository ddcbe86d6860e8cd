// Meetings from Google, Outlook and Apple calendar exports through core's channels: matched, expanded, imported once.
import { execFileSync } from 'node:child_process'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { readCalendar } from '../../../../src/main/core/import/ics-events'
import { defaultPeriod } from '../../../../src/main/core/domain/calendar'
import { valueOf } from '../../../helpers/core'
import { tempDirs } from '../../../helpers/temp'
import { fixture, fixtureText, importCore } from '../../../helpers/import-harness'
import { storedBytes } from '../../../helpers/restart'

const newDir = tempDirs()
const now = '2026-06-15T09:00:00.000Z'
const period = { from: '2025-06-16', to: '2026-09-15' }

describe.each([
  {
    file: 'google-calendar.ics',
    what: 'Google: weekly across the change to summer time, one date excluded, one moved; UTC; all day',
    starts: [
      ['2026-03-05T09:00:00.000Z', 'Europe/Berlin', 60, 'Mentoring (Grace / me)'],
      ['2026-03-12T09:00:00.000Z', 'Europe/Berlin', 60, 'Mentoring (Grace / me)'],
      ['2026-03-26T09:00:00.000Z', 'Europe/Berlin', 60, 'Mentoring (Grace / me)'],
      ['2026-04-02T10:00:00.000Z', 'Europe/Berlin', 60, 'Mentoring (Grace / me) – moved to lunch'],
      ['2026-04-09T08:00:00.000Z', 'Europe/Berlin', 60, 'Mentoring (Grace / me)'],
      ['2026-05-08T06:30:00.000Z', 'Europe/Berlin', 30, 'Dentist'],
      ['2026-05-20T15:00:00.000Z', 'Asia/Tokyo', 45, 'Coffee with Katherine Johnson'],
      ['2026-06-12T00:00:00.000Z', 'Asia/Tokyo', 60, 'Conference day'],
      ['2026-07-10T14:00:00.000Z', 'Europe/Berlin', 60, 'Career chat'],
    ],
    skipped: ['Event 9'],
  },
  {
    file: 'outlook-calendar.ics',
    what: 'Outlook: Windows zone names, a zone known only from its VTIMEZONE, monthly on the first Tuesday',
    starts: [
      ['2026-01-15T07:00:00.000Z', 'Asia/Tokyo', 60, '与张伟的午餐'],
      ['2026-02-03T16:00:00.000Z', 'Europe/Berlin', 60, 'Mentoría con José'],
      ['2026-03-03T16:00:00.000Z', 'Europe/Berlin', 60, 'Mentoría con José'],
      ['2026-04-07T15:00:00.000Z', 'Europe/Berlin', 60, 'Mentoría con José'],
      ['2026-05-05T15:00:00.000Z', 'Europe/Berlin', 60, 'Mentoría con José'],
    ],
    skipped: [],
  },
  {
    file: 'apple-calendar.ics',
    what: 'Apple: America/New_York across its change to summer time',
    starts: [
      ['2026-02-26T19:00:00.000Z', 'America/New_York', 60, 'Lunch with Margaret Hamilton'],
      ['2026-03-05T19:00:00.000Z', 'America/New_York', 60, 'Lunch with Margaret Hamilton'],
      ['2026-03-12T18:00:00.000Z', 'America/New_York', 60, 'Lunch with Margaret Hamilton'],
    ],
    skipped: [],
  },
])('$file: $what', ({ file, starts, skipped }) => {
  it('places each occurrence at its local time in its own zone (UTC and floating ones in the user’s)', async () => {
    const read = readCalendar(await fixtureText(file), period, 'Asia/Tokyo')
    expect(read.events.map((e) => [e.startsAt, e.timeZone, e.durationMinutes, e.title])).toEqual(starts)
    expect(read.skipped.map((s) => s.where)).toEqual(skipped)
  })
})

describe.each(['google-calendar.ics', 'outlook-calendar.ics', 'apple-calendar.ics'])(
  '%s read by a second reader',
  (file) => {
    it('gives the same timed occurrences as Python icalendar with dateutil expanding the rules', async () => {
      // The Python side resolves the zones from the file's own VTIMEZONEs and repeats on the local wall clock.
      const script = join(import.meta.dirname, 'ics_occurrences.py')
      const python = execFileSync('/usr/bin/python3', [script, fixture(file), '2020-01-01', '2031-01-01'], {
        encoding: 'utf8',
      })
      const theirs = (JSON.parse(python) as Array<{ start: string; minutes: number }>).map((o) => [o.start, o.minutes])
      const ours = readCalendar(await fixtureText(file), { from: '2020-01-01', to: '2030-12-31' }, 'UTC')
        .events.filter((e) => !e.allDay)
        .map((e) => [e.startsAt, e.durationMinutes])
      expect(ours).toEqual(theirs)
      expect(ours.length).toBeGreaterThan(2)
    })
  },
)

describe('the period', () => {
  it('is by default the last 12 months and the next 3', () => {
    expect(defaultPeriod(new Date(now), 'Europe/Berlin')).toEqual({ from: '2025-06-16', to: '2026-09-15' })
  })

  it('limits which occurrences are read', async () => {
    const read = readCalendar(await fixtureText('google-calendar.ics'), { from: '2024-01-01', to: '2024-12-31' }, 'UTC')
    expect(read.events.map((e) => e.title)).toEqual(['Long ago'])
  })
})

/** A core with the mentors of the calendar fixtures, imported from the contacts fixtures. */
async function withMentors() {
  const t = await importCore(await newDir(), { now, zone: 'Europe/Berlin' })
  for (const file of ['apple-contacts.vcf', 'thunderbird.vcf', 'google-contacts.vcf', 'linkedin-connections.csv']) {
    await t.importContacts(file)
  }
  const byName = new Map((await t.mentors()).map((m) => [m.name, m.id]))
  const previewCalendar = async (file: string) => {
    t.choose(file)
    return valueOf(await t.h['calendar:importPreview']({ source: { kind: 'file' } }))!
  }
  return { ...t, byName, previewCalendar }
}

describe('importing a calendar', () => {
  it('matches events to mentors by attendee email or by a name in the title; all-day and unknown ones wait', async () => {
    const t = await withMentors()
    const preview = await t.previewCalendar('google-calendar.ics')
    expect(preview.period).toEqual(period)
    const shown = preview.rows.map((r) => [
      r.title,
      r.mentorId && [...t.byName].find(([, id]) => id === r.mentorId)?.[0],
      r.matchedBy,
      r.status,
      r.proposed,
    ])
    expect(shown).toEqual([
      ['Mentoring (Grace / me)', 'Grace Hopper', 'email', 'held', 'import'],
      ['Mentoring (Grace / me)', 'Grace Hopper', 'email', 'held', 'import'],
      ['Mentoring (Grace / me)', 'Grace Hopper', 'email', 'held', 'import'],
      ['Mentoring (Grace / me) – moved to lunch', 'Grace Hopper', 'email', 'held', 'import'],
      ['Mentoring (Grace / me)', 'Grace Hopper', 'email', 'held', 'import'],
      ['Dentist', null, null, 'held', 'skip'],
      ['Coffee with Katherine Johnson', 'Katherine Johnson', 'title', 'held', 'import'],
      ['Conference day', null, null, 'held', 'skip'],
      ['Career chat', 'Ada Lovelace', 'email', 'planned', 'import'],
    ])
  })

  it('creates the held and planned sessions, with the agenda from the title and description', async () => {
    const t = await withMentors()
    const preview = await t.previewCalendar('google-calendar.ics')
    const done = valueOf(await t.h['calendar:import']({ previewId: preview.previewId }))
    expect(done).toMatchObject({ held: 6, planned: 1, skipped: 2 })
    const grace = t.byName.get('Grace Hopper')!
    const sessions = valueOf(await t.h['sessions:timeline']({ mentorId: grace }))
    expect(sessions.map((s) => [s.startsAt, s.status, s.durationMinutes, s.format])).toEqual([
      ['2026-04-09T08:00:00.000Z', 'held', 60, 'video'],
      ['2026-04-02T10:00:00.000Z', 'held', 60, 'video'],
      ['2026-03-26T09:00:00.000Z', 'held', 60, 'video'],
      ['2026-03-12T09:00:00.000Z', 'held', 60, 'video'],
      ['2026-03-05T09:00:00.000Z', 'held', 60, 'video'],
    ])
    const first = valueOf(await t.h['sessions:get']({ id: sessions.at(-1)!.id })).session
    expect(first.agenda).toBe(
      'Mentoring (Grace / me)\n\nWeekly mentoring.\nBring: the design doc, questions about promotion.',
    )
    expect(first.timeZone).toBe('Europe/Berlin')
    const coffee = valueOf(await t.h['sessions:timeline']({ mentorId: t.byName.get('Katherine Johnson')! }))
    expect(coffee.map((s) => [s.format, s.durationMinutes])).toEqual([['in-person', 45]])
  })

  it('adds nothing when the same file is imported again', async () => {
    const t = await withMentors()
    valueOf(await t.h['calendar:import']({ previewId: (await t.previewCalendar('google-calendar.ics')).previewId }))
    const before = await storedBytes(t.core.dataFile)
    const writes = t.changes.length
    const again = await t.previewCalendar('google-calendar.ics')
    expect(again.rows.filter((r) => r.alreadyImported)).toHaveLength(7)
    expect(again.rows.every((r) => r.proposed === 'skip')).toBe(true)
    // Even when the user ticks the imported ones again.
    const choices = again.rows
      .filter((r) => r.alreadyImported)
      .map((r) => ({ index: r.index, action: 'import' as const, mentorId: t.byName.get('Grace Hopper') }))
    expect(valueOf(await t.h['calendar:import']({ previewId: again.previewId, choices }))).toMatchObject({
      held: 0,
      planned: 0,
    })
    expect(t.changes.length).toBe(writes)
    expect(await storedBytes(t.core.dataFile)).toEqual(before)
  })

  it('imports an all-day or unmatched event when the user gives it a mentor, and undoes the whole import', async () => {
    const t = await withMentors()
    const preview = await t.previewCalendar('google-calendar.ics')
    const dentist = preview.rows.find((r) => r.title === 'Dentist')!
    const ada = t.byName.get('Ada Lovelace')!
    const done = valueOf(
      await t.h['calendar:import']({
        previewId: preview.previewId,
        choices: [{ index: dentist.index, action: 'import', mentorId: ada }],
      }),
    )
    expect(done.held).toBe(7)
    expect(valueOf(await t.h['sessions:timeline']({ mentorId: ada })).map((s) => s.startsAt)).toEqual([
      '2026-07-10T14:00:00.000Z',
      '2026-05-08T06:30:00.000Z',
    ])
    expect(valueOf(await t.h['calendar:undoImport']({ importId: done.importId }))).toEqual({ removed: 8, reverted: 0 })
    expect(valueOf(await t.h['sessions:timeline']({}))).toEqual([])
  })

  it('tells Grace, in the first imported meeting after it was said, how her advice went; undo takes that back', async () => {
    const t = await withMentors()
    const grace = t.byName.get('Grace Hopper')!
    t.core.clock.set(new Date('2026-03-20T12:00:00.000Z'))
    const item = valueOf(await t.h['actions:create']({ mentorId: grace, title: 'Write the design doc', owner: 'me' }))
    valueOf(await t.h['actions:setDone']({ id: item.id, done: true }))
    valueOf(await t.h['outcomes:set']({ id: item.id, text: 'The design doc was approved' }))
    t.core.clock.set(new Date(now))
    const done = valueOf(
      await t.h['calendar:import']({ previewId: (await t.previewCalendar('google-calendar.ics')).previewId }),
    )
    const told = valueOf(await t.h['outcomes:list']({ mentorId: grace })).told
    expect(told.map((e) => [e.item.title, e.toldIn?.startsAt])).toEqual([
      ['Write the design doc', '2026-03-26T09:00:00.000Z'],
    ])
    valueOf(await t.h['calendar:undoImport']({ importId: done.importId }))
    const after = valueOf(await t.h['outcomes:list']({ mentorId: grace }))
    expect(after.told).toEqual([])
    expect(after.untold.map((e) => e.item.outcome?.text)).toEqual(['The design doc was approved'])
  })

  it('asks for a mentor before importing an event that has none', async () => {
    const t = await withMentors()
    const preview = await t.previewCalendar('google-calendar.ics')
    const conference = preview.rows.find((r) => r.title === 'Conference day')!
    const result = await t.h['calendar:import']({
      previewId: preview.previewId,
      choices: [{ index: conference.index, action: 'import' }],
    })
    expect(result).toMatchObject({
      ok: false,
      error: { message: 'Choose a mentor for “Conference day” first. Nothing was changed.' },
    })
  })

  it.each([
    ['apple-contacts.vcf', /is not a calendar\. It holds contacts: use Import contacts for it\. Expected an iCalendar/],
    ['google-contacts.csv', /is not a calendar\. Expected an iCalendar \(\.ics\) file/],
  ])('refuses %s in a sentence and changes nothing', async (file, message) => {
    const t = await withMentors()
    const before = await storedBytes(t.core.dataFile)
    t.choose(file)
    const result = await t.h['calendar:importPreview']({ source: { kind: 'file' } })
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-input', message } })
    expect(await storedBytes(t.core.dataFile)).toEqual(before)
  })

  it('reads the same file again over another period', async () => {
    const t = await withMentors()
    const preview = await t.previewCalendar('google-calendar.ics')
    const older = valueOf(
      await t.h['calendar:importPreview']({
        source: { kind: 'period', previewId: preview.previewId },
        period: { from: '2024-01-01', to: '2024-12-31' },
      }),
    )!
    expect(older.rows.map((r) => [r.title, r.status, r.proposed])).toEqual([['Long ago', 'held', 'import']])
  })
})
