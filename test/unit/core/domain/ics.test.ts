import { readFile, readdir } from 'node:fs/promises'
import ICAL from 'ical.js'
import { describe, expect, it } from 'vitest'
import { fixedClock, openCore, valueOf } from '../../../helpers/core'
import { tempDirs } from '../../../helpers/temp'

const newDir = tempDirs()

describe('calendar export', () => {
  it('writes planned sessions with alarms that the same library reads back as the same sessions', async () => {
    const dir = await newDir()
    const saved: Array<{ suggestedName: string; content: string | Uint8Array }> = []
    const core = await openCore(dir, {
      clock: fixedClock('2027-03-01T09:00:00.000Z'),
      ports: {
        saveFile: async (file) => {
          saved.push(file)
          return `${dir}/${file.suggestedName}`
        },
      },
    })
    const zoe = valueOf(await core.handlers['mentors:create']({ name: 'Zoë Ångström-李' }))
    const emile = valueOf(await core.handlers['mentors:create']({ name: 'Émile Durand' }))
    const a = valueOf(
      await core.handlers['sessions:create']({
        mentorId: zoe.id,
        date: '2027-03-29',
        time: '10:00',
        timeZone: 'Europe/Berlin',
        durationMinutes: 45,
        format: 'video',
        status: 'planned',
        agenda: 'Design doc review; 学习 plan',
      }),
    )
    const b = valueOf(
      await core.handlers['sessions:create']({
        mentorId: emile.id,
        date: '2027-03-20',
        time: '18:30',
        timeZone: 'America/New_York',
        status: 'planned',
        reminderLeadMinutes: [60],
      }),
    )
    // A held session is history, not a calendar entry.
    valueOf(
      await core.handlers['sessions:create']({
        mentorId: zoe.id,
        date: '2027-02-01',
        time: '10:00',
        timeZone: 'Europe/Berlin',
        status: 'held',
      }),
    )

    const result = valueOf(await core.handlers['sessions:exportIcs']({}))
    expect(result).toEqual({ saved: true, path: `${dir}/mentoring-sessions-2027-03-01.ics`, count: 2 })

    const calendar = new ICAL.Component(ICAL.parse(String(saved[0]!.content)))
    const events = calendar.getAllSubcomponents('vevent').map((c) => new ICAL.Event(c))
    expect(events.map((e) => e.uid)).toEqual([`${b.id}@mentor-tracker`, `${a.id}@mentor-tracker`])
    const [first, second] = events
    expect(first!.startDate.toJSDate().toISOString()).toBe(b.startsAt)
    expect(second!.startDate.toJSDate().toISOString()).toBe('2027-03-29T08:00:00.000Z')
    expect(second!.endDate.toJSDate().getTime() - second!.startDate.toJSDate().getTime()).toBe(45 * 60_000)
    expect(second!.summary).toBe('Mentoring session with Zoë Ångström-李')
    expect(second!.description).toBe('Design doc review; 学习 plan')
    const triggers = (event: InstanceType<typeof ICAL.Event>) =>
      event.component
        .getAllSubcomponents('valarm')
        .map((alarm) => (alarm.getFirstPropertyValue('trigger') as InstanceType<typeof ICAL.Duration>).toSeconds())
    expect(triggers(second!)).toEqual([-86_400, -900])
    expect(triggers(first!)).toEqual([-3_600])
  })

  it('exports one session by id, and says so when the user cancels the save dialog', async () => {
    const core = await openCore(await newDir(), {
      clock: fixedClock('2027-03-01T09:00:00.000Z'),
      ports: { saveFile: async () => null },
    })
    const zoe = valueOf(await core.handlers['mentors:create']({ name: 'Zoë' }))
    const s = valueOf(
      await core.handlers['sessions:create']({
        mentorId: zoe.id,
        date: '2027-03-29',
        time: '10:00',
        timeZone: 'Europe/Berlin',
        status: 'planned',
      }),
    )
    expect(valueOf(await core.handlers['sessions:exportIcs']({ ids: [s.id] }))).toEqual({
      saved: false,
      path: null,
      count: 1,
    })
  })

  it.each([
    ['there is no session at all', 'all', [] as const],
    ['the only upcoming session was held', 'all', ['held'] as const],
    ['the only upcoming session was cancelled', 'all', ['cancelled'] as const],
    ['the one chosen session was held', 'chosen', ['held'] as const],
    ['the chosen sessions were cancelled and held', 'chosen', ['cancelled', 'held'] as const],
  ])('refuses when %s: no save dialog, no file, the data file unchanged', async (_name, which, statuses) => {
    const dir = await newDir()
    const asked: string[] = []
    const core = await openCore(dir, {
      clock: fixedClock('2027-03-01T09:00:00.000Z'),
      ports: {
        saveFile: async (file) => {
          asked.push(file.suggestedName)
          return `${dir}/${file.suggestedName}`
        },
      },
    })
    const zoe = valueOf(await core.handlers['mentors:create']({ name: 'Zoë' }))
    const ids: string[] = []
    for (const status of statuses) {
      // Held sessions cannot lie ahead; the others are upcoming, so only their status keeps them out.
      const date = status === 'held' ? '2027-02-01' : '2027-03-29'
      const s = valueOf(
        await core.handlers['sessions:create']({ mentorId: zoe.id, date, time: '10:00', timeZone: 'UTC', status }),
      )
      ids.push(s.id)
    }
    const before = await readFile(core.dataFile, 'utf8')
    const files = await readdir(dir)

    const result = await core.handlers['sessions:exportIcs'](which === 'all' ? {} : { ids })
    expect(result).toMatchObject({
      ok: false,
      error: {
        code: 'not-found',
        message: expect.stringMatching(
          which === 'all' ? /no upcoming planned sessions to export/ : /Only planned sessions can be exported/,
        ),
      },
    })
    expect(asked).toEqual([])
    expect(await readdir(dir)).toEqual(files)
    expect(await readFile(core.dataFile, 'utf8')).toBe(before)
  })

  it('refuses a planned session that has already passed when exporting every upcoming one', async () => {
    const dir = await newDir()
    const asked: string[] = []
    const core = await openCore(dir, {
      clock: fixedClock('2027-03-01T09:00:00.000Z'),
      ports: { saveFile: async (file) => (asked.push(file.suggestedName), `${dir}/${file.suggestedName}`) },
    })
    const zoe = valueOf(await core.handlers['mentors:create']({ name: 'Zoë' }))
    const past = valueOf(
      await core.handlers['sessions:create']({
        mentorId: zoe.id,
        date: '2027-02-20',
        time: '10:00',
        timeZone: 'UTC',
        status: 'planned',
      }),
    )
    const result = await core.handlers['sessions:exportIcs']({})
    expect(result).toMatchObject({ ok: false, error: { code: 'not-found' } })
    expect(asked).toEqual([])
    // Named, the same session is still exported: the user asked for it.
    expect(valueOf(await core.handlers['sessions:exportIcs']({ ids: [past.id] }))).toMatchObject({ count: 1 })
    expect(asked).toEqual(['mentoring-session-2027-02-20.ics'])
  })

  it('is saved by the web host where a test can read it', async () => {
    const { startWebHost } = await import('../../../web-host/server')
    const dir = await newDir()
    const host = await startWebHost({
      dataFile: `${dir}/data.json`,
      port: 0,
      rendererDir: dir,
      bridgeFile: `${dir}/b.js`,
      version: '1',
    })
    try {
      const zoe = valueOf(await host.core.handlers['mentors:create']({ name: 'Zoë' }))
      const future = new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10)
      valueOf(
        await host.core.handlers['sessions:create']({
          mentorId: zoe.id,
          date: future,
          time: '10:00',
          timeZone: 'UTC',
          status: 'planned',
        }),
      )
      const exported = valueOf(await host.core.handlers['sessions:exportIcs']({}))
      expect(exported.path).toContain(`${dir}/exports/mentoring-session-`)
      expect(await readFile(exported.path!, 'utf8')).toContain('SUMMARY:Mentoring session with Zoë')
    } finally {
      await host.close()
    }
  })
})
