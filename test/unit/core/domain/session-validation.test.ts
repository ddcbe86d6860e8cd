import { readFile } from 'node:fs/promises'
import { describe, expect, it } from 'vitest'
import { openCore, valueOf } from '../../../helpers/core'
import { tempDirs } from '../../../helpers/temp'

const newDir = tempDirs()

describe('sessions: bad input is refused with the field and a reason, and nothing is written', () => {
  const cases: Array<[string, Record<string, unknown>, string, RegExp]> = [
    ['a duration of zero', { durationMinutes: 0 }, 'durationMinutes', /at least a minute/],
    ['a negative duration', { durationMinutes: -30 }, 'durationMinutes', /at least a minute/],
    ['a held session in the future', { date: '2026-12-24', status: 'held' }, 'date', /has not happened yet/],
    [
      'a due date that is not a date',
      { actionItems: [{ title: 'Read the book', owner: 'me', dueOn: 'next friday' }] },
      'actionItems.0.dueOn',
      /YYYY-MM-DD/,
    ],
    [
      'an action item without a title',
      { actionItems: [{ title: ' ', owner: 'me' }] },
      'actionItems.0.title',
      /what needs doing/,
    ],
    ['an unknown mentor', { mentorId: '6f1c1e3e-8d7a-4c1e-9a59-3b8b1f2f7a11' }, 'mentorId', /mentor does not exist/],
    ['an unknown goal', { goalIds: ['6f1c1e3e-8d7a-4c1e-9a59-3b8b1f2f7a11'] }, 'goalIds.0', /goal does not exist/],
    ['an unknown format', { format: 'carrier pigeon' }, 'format', /Choose a format/],
    ['a time that is not a time', { time: '25:61' }, 'time', /HH:MM/],
    ['a zone that does not exist', { timeZone: 'Mars/Olympus' }, 'timeZone', /time zone/],
  ]

  it.each(cases)('%s', async (_label, override, path, message) => {
    const core = await openCore(await newDir())
    const mentor = valueOf(await core.handlers['mentors:create']({ name: 'Zoë' }))
    const before = await readFile(core.dataFile)
    const result = await core.handlers['sessions:create']({
      mentorId: mentor.id,
      date: '2026-11-20',
      time: '10:00',
      timeZone: 'Europe/Berlin',
      ...override,
    })
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.error.code).toBe('invalid-input')
    expect(result.error.issues).toContainEqual({ path, message: expect.stringMatching(message) })
    expect(await readFile(core.dataFile)).toEqual(before)
  })

  it('refuses an update that would make a held session start in the future', async () => {
    const core = await openCore(await newDir())
    const mentor = valueOf(await core.handlers['mentors:create']({ name: 'Zoë' }))
    const held = valueOf(
      await core.handlers['sessions:create']({
        mentorId: mentor.id,
        date: '2026-11-20',
        time: '10:00',
        timeZone: 'Europe/Berlin',
      }),
    )
    const result = await core.handlers['sessions:update']({ id: held.id, changes: { date: '2027-01-10' } })
    expect(result).toMatchObject({ ok: false, error: { issues: [{ path: 'date' }] } })
  })
})

describe('sessions: logging, planning, action items', () => {
  it('logs a session with two action items; marking a plan held keeps the plan as its agenda', async () => {
    const core = await openCore(await newDir())
    const mentor = valueOf(await core.handlers['mentors:create']({ name: 'Zoë' }))
    const logged = valueOf(
      await core.handlers['sessions:create']({
        mentorId: mentor.id,
        date: '2026-11-20',
        time: '10:00',
        timeZone: 'Europe/Berlin',
        takeaways: 'Write the design doc first',
        actionItems: [
          { title: 'Draft the doc', owner: 'me', dueOn: '2026-11-30' },
          { title: 'Send the RFC template', owner: 'mentor' },
        ],
      }),
    )
    const detail = valueOf(await core.handlers['sessions:get']({ id: logged.id }))
    expect(detail.actionItems.map((a) => [a.title, a.owner, a.mentorId, a.doneAt])).toEqual([
      ['Draft the doc', 'me', mentor.id, null],
      ['Send the RFC template', 'mentor', mentor.id, null],
    ])

    const planned = valueOf(
      await core.handlers['sessions:create']({
        mentorId: mentor.id,
        date: '2026-11-27',
        time: '08:00',
        timeZone: 'UTC',
        status: 'planned',
        agenda: 'Review the draft',
      }),
    )
    core.clock.advance(60 * 60_000)
    const held = valueOf(
      await core.handlers['sessions:update']({
        id: planned.id,
        changes: { status: 'held', takeaways: 'Good progress' },
      }),
    )
    expect(held).toMatchObject({ status: 'held', agenda: 'Review the draft', takeaways: 'Good progress' })
  })

  it('completing an action item in the editor records when; removing it deletes it', async () => {
    const core = await openCore(await newDir())
    const mentor = valueOf(await core.handlers['mentors:create']({ name: 'Zoë' }))
    const s = valueOf(
      await core.handlers['sessions:create']({
        mentorId: mentor.id,
        date: '2026-11-20',
        time: '10:00',
        timeZone: 'Europe/Berlin',
        actionItems: [
          { title: 'A', owner: 'me' },
          { title: 'B', owner: 'me' },
        ],
      }),
    )
    const [a] = valueOf(await core.handlers['sessions:get']({ id: s.id })).actionItems
    core.clock.advance(5 * 60_000)
    valueOf(
      await core.handlers['sessions:update']({
        id: s.id,
        changes: {},
        actionItems: [{ id: a!.id, title: 'A', owner: 'me', done: true }],
      }),
    )
    const after = valueOf(await core.handlers['sessions:get']({ id: s.id })).actionItems
    expect(after.map((i) => [i.title, i.doneAt])).toEqual([['A', '2026-11-27T09:05:00.000Z']])
  })

  it('lists the timeline newest first, filtered by text in any field, accents ignored', async () => {
    const core = await openCore(await newDir())
    const zoe = valueOf(await core.handlers['mentors:create']({ name: 'Zoë' }))
    const emile = valueOf(await core.handlers['mentors:create']({ name: 'Émile' }))
    for (const [mentorId, date, takeaways] of [
      [zoe.id, '2026-09-01', 'Café chats work better than calls'],
      [emile.id, '2026-10-01', 'Ship smaller pull requests'],
      [zoe.id, '2026-11-01', 'Négociation: ask for the range first'],
    ] as const) {
      valueOf(
        await core.handlers['sessions:create']({ mentorId, date, time: '10:00', timeZone: 'Europe/Berlin', takeaways }),
      )
    }
    const all = valueOf(await core.handlers['sessions:timeline']({}))
    expect(all.map((s) => s.excerpt)).toEqual([
      'Négociation: ask for the range first',
      'Ship smaller pull requests',
      'Café chats work better than calls',
    ])
    expect(valueOf(await core.handlers['sessions:timeline']({ text: 'negociation' })).map((s) => s.mentorId)).toEqual([
      zoe.id,
    ])
    expect(valueOf(await core.handlers['sessions:timeline']({ text: 'emile' })).map((s) => s.excerpt)).toEqual([
      'Ship smaller pull requests',
    ])
    expect(
      valueOf(await core.handlers['sessions:timeline']({ mentorId: zoe.id, after: '2026-10-15T00:00:00.000Z' })),
    ).toHaveLength(1)
  })

  it('deletes a session with its action items, and undo brings both back', async () => {
    const core = await openCore(await newDir())
    const mentor = valueOf(await core.handlers['mentors:create']({ name: 'Zoë' }))
    const s = valueOf(
      await core.handlers['sessions:create']({
        mentorId: mentor.id,
        date: '2026-11-20',
        time: '10:00',
        timeZone: 'UTC',
        actionItems: [{ title: 'A', owner: 'me' }],
      }),
    )
    valueOf(await core.handlers['sessions:delete']({ id: s.id }))
    expect(valueOf(await core.handlers['actions:list']({}))).toEqual([])
    valueOf(await core.handlers['sessions:undelete']({ id: s.id }))
    expect(valueOf(await core.handlers['actions:list']({})).map((a) => a.title)).toEqual(['A'])
  })
})

describe('carry-forward', () => {
  it('plans the next session from open action items and what did not work last time', async () => {
    const core = await openCore(await newDir())
    const mentor = valueOf(await core.handlers['mentors:create']({ name: 'Zoë Ångström' }))
    valueOf(
      await core.handlers['sessions:create']({
        mentorId: mentor.id,
        date: '2026-10-01',
        time: '10:00',
        timeZone: 'Europe/Berlin',
        whatDidNot: 'Old point, already handled',
      }),
    )
    valueOf(
      await core.handlers['sessions:create']({
        mentorId: mentor.id,
        date: '2026-11-12',
        time: '10:00',
        timeZone: 'Europe/Berlin',
        whatDidNot: 'We ran out of time for the promotion case.',
        followUpOn: '2026-12-01',
        actionItems: [
          { title: 'Draft the promotion packet', owner: 'me', dueOn: '2026-11-30' },
          { title: 'Intro to the staff eng group', owner: 'mentor' },
          { title: 'Already done', owner: 'me', done: true },
        ],
      }),
    )
    const { agenda } = valueOf(await core.handlers['sessions:prefill']({ mentorId: mentor.id }))
    expect(agenda).toBe(
      [
        '**Open action items**',
        '',
        '- [ ] Draft the promotion packet (me, due 2026-11-30)',
        '- [ ] Intro to the staff eng group (Zoë)',
        '',
        '**Still open from 12 Nov 2026**',
        '',
        'We ran out of time for the promotion case.',
        '',
        'Follow up by 2026-12-01.',
      ].join('\n'),
    )
  })

  it('has nothing to carry forward for a new mentor', async () => {
    const core = await openCore(await newDir())
    const mentor = valueOf(await core.handlers['mentors:create']({ name: 'Zoë' }))
    expect(valueOf(await core.handlers['sessions:prefill']({ mentorId: mentor.id }))).toEqual({
      agenda: '',
      format: null,
    })
  })
})
