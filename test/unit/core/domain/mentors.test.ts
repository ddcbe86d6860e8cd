import { readFile, writeFile } from 'node:fs/promises'
import { describe, expect, it } from 'vitest'
import { emptyDatabase } from '../../../../src/shared/model'
import type { MentorDraft } from '../../../../src/shared/model'
import { dataFileIn, openCore, valueOf } from '../../../helpers/core'
import { tempDirs } from '../../../helpers/temp'
import { storedBytes } from '../../../helpers/restart'

const newDir = tempDirs()

const everyField: MentorDraft = {
  name: 'Zoë Ångström-李',
  role: 'Principal Engineer',
  organization: 'Nordlicht Labs',
  email: 'zoe@nordlicht.example',
  phone: '+49 30 1234567',
  links: ['https://nordlicht.example/zoe', 'http://blog.example/zoë'],
  location: 'Berlin',
  timeZone: 'Europe/Berlin',
  expertise: ['Distributed systems', 'Career growth'],
  howWeMet: 'RustConf 2024 hallway track',
  metOn: '2024-09-12',
  cadenceWeeks: 4,
  stage: 'active',
  avatar: null,
}

describe('mentors: create, read, update', () => {
  it('creates a mentor with every field and finds it again after a restart', async () => {
    const dir = await newDir()
    const core = await openCore(dir)
    const created = valueOf(await core.handlers['mentors:create'](everyField))
    expect(created).toMatchObject({ ...everyField, archivedAt: null, createdAt: '2026-11-27T09:00:00.000Z' })
    expect(created.id).toMatch(/^[0-9a-f-]{36}$/)
    await core.close()

    const again = await openCore(dir)
    expect(valueOf(await again.handlers['mentors:get']({ id: created.id }))).toEqual(created)
  })

  it('fills defaults for a draft with only a name, trimmed', async () => {
    const core = await openCore(await newDir())
    const created = valueOf(await core.handlers['mentors:create']({ name: '  أمينة الحسن  ' }))
    expect(created).toMatchObject({ name: 'أمينة الحسن', stage: 'prospect', links: [], cadenceWeeks: null })
  })

  it('updates only the fields given; a field sent as undefined is left alone', async () => {
    const core = await openCore(await newDir())
    const created = valueOf(await core.handlers['mentors:create'](everyField))
    core.clock.advance(60_000)
    const updated = valueOf(
      await core.handlers['mentors:update']({ id: created.id, changes: { role: 'CTO', name: undefined } }),
    )
    expect(updated).toEqual({ ...created, role: 'CTO', updatedAt: '2026-11-27T09:01:00.000Z' })
  })

  it('archives and restores; the list hides archived mentors unless asked', async () => {
    const core = await openCore(await newDir())
    const a = valueOf(await core.handlers['mentors:create']({ name: 'Active Ana' }))
    const b = valueOf(await core.handlers['mentors:create']({ name: 'Archived Ben' }))
    expect(valueOf(await core.handlers['mentors:archive']({ id: b.id })).archivedAt).toBe('2026-11-27T09:00:00.000Z')
    expect(valueOf(await core.handlers['mentors:list']({})).map((m) => m.id)).toEqual([a.id])
    expect(valueOf(await core.handlers['mentors:list']({ includeArchived: true })).map((m) => m.id)).toEqual([
      a.id,
      b.id,
    ])
    expect(valueOf(await core.handlers['mentors:restore']({ id: b.id })).archivedAt).toBeNull()
    expect(valueOf(await core.handlers['mentors:list']({}))).toHaveLength(2)
  })

  it('answers not-found for an id that is not there', async () => {
    const core = await openCore(await newDir())
    const result = await core.handlers['mentors:update']({ id: crypto.randomUUID(), changes: { role: 'x' } })
    expect(result).toMatchObject({ ok: false, error: { code: 'not-found' } })
  })
})

describe('mentors: invalid input is refused with the field and a reason, and changes nothing', () => {
  const cases: Array<[string, unknown, string, RegExp]> = [
    ['an empty name', { name: '   ' }, 'name', /Enter a name/],
    ['a missing name', {}, 'name', /Enter a name/],
    ['a name that is a number', { name: 42 }, 'name', /Enter a name/],
    ['a bad email', { name: 'A', email: 'zoe@' }, 'email', /valid email/],
    ['an ftp link', { name: 'A', links: ['ftp://files.example'] }, 'links.0', /http:\/\/ or https:\/\//],
    ['a javascript: link', { name: 'A', links: ['javascript:alert(1)'] }, 'links.0', /http/],
    ['an unknown time zone', { name: 'A', timeZone: 'Mars/Olympus_Mons' }, 'timeZone', /time zone/],
    ['a cadence of zero weeks', { name: 'A', cadenceWeeks: 0 }, 'cadenceWeeks', /at least 1 week/],
    ['a cadence of 1.5 weeks', { name: 'A', cadenceWeeks: 1.5 }, 'cadenceWeeks', /whole number/],
    ['an unknown stage', { name: 'A', stage: 'boss' }, 'stage', /Choose a stage/],
    ['an impossible date', { name: 'A', metOn: '2026-13-45' }, 'metOn', /YYYY-MM-DD/],
    ['a phone with letters', { name: 'A', phone: 'call me' }, 'phone', /digits/],
    ['a script as avatar', { name: 'A', avatar: 'javascript:alert(1)' }, 'avatar', /picture/],
    ['a name of 201 characters', { name: 'x'.repeat(201) }, 'name', /under 200/],
  ]

  it.each(cases)('%s', async (_label, input, path, message) => {
    const core = await openCore(await newDir())
    const before = await storedBytes(core.dataFile)
    const result = await core.handlers['mentors:create'](input)
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.error.code).toBe('invalid-input')
    expect(result.error.issues).toContainEqual({ path, message: expect.stringMatching(message) })
    expect(result.error.message).not.toMatch(/\bat \S+:\d+|node_modules|\/src\//)
    expect(await storedBytes(core.dataFile)).toEqual(before)
  })

  it('refuses an update whose changes are invalid, naming the nested field', async () => {
    const core = await openCore(await newDir())
    const created = valueOf(await core.handlers['mentors:create']({ name: 'Zoë' }))
    const result = await core.handlers['mentors:update']({ id: created.id, changes: { email: 'nope' } })
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-input', issues: [{ path: 'changes.email' }] } })
    expect(valueOf(await core.handlers['mentors:get']({ id: created.id })).email).toBe('')
  })
})

describe('mentors: delete never orphans history silently', () => {
  const seeded = async () => {
    const dir = await newDir()
    const mentorId = crypto.randomUUID()
    const other = crypto.randomUUID()
    const stamp = '2026-11-01T10:00:00.000Z'
    const base = { createdAt: stamp, updatedAt: stamp }
    await writeFile(
      dataFileIn(dir),
      JSON.stringify({
        ...emptyDatabase(),
        mentors: [
          { ...base, id: mentorId, name: 'Zoë' },
          { ...base, id: other, name: 'Émile' },
        ],
        notes: [
          { ...base, id: crypto.randomUUID(), mentorId, section: 'background', body: 'Ex-Google' },
          { ...base, id: crypto.randomUUID(), mentorId: other, section: 'notes', body: 'Other' },
        ],
        goals: [{ ...base, id: crypto.randomUUID(), title: 'Lead a team', mentorIds: [mentorId, other] }],
      }),
    )
    return { core: await openCore(dir), mentorId, other }
  }

  it('asks what to do with the history when none was chosen, and changes nothing', async () => {
    const { core, mentorId } = await seeded()
    const result = await core.handlers['mentors:delete']({ id: mentorId })
    expect(result).toMatchObject({ ok: false, error: { code: 'conflict', message: expect.stringContaining('1 note') } })
    expect(valueOf(await core.handlers['mentors:list']({}))).toHaveLength(2)
  })

  it('keeps the history under an unknown mentor when asked', async () => {
    const { core, mentorId, other } = await seeded()
    expect(valueOf(await core.handlers['mentors:delete']({ id: mentorId, history: 'keep' }))).toEqual({
      id: mentorId,
      notesDeleted: 0,
      notesKept: 1,
    })
    const data = JSON.parse(await readFile(core.dataFile, 'utf8'))
    expect(data.mentors.map((m: { id: string }) => m.id)).toEqual([other])
    expect(data.notes.map((n: { mentorId: string | null }) => n.mentorId)).toEqual([null, other])
    expect(data.goals[0].mentorIds).toEqual([other])
  })

  it('deletes the history with the mentor when asked', async () => {
    const { core, mentorId, other } = await seeded()
    valueOf(await core.handlers['mentors:delete']({ id: mentorId, history: 'delete' }))
    const data = JSON.parse(await readFile(core.dataFile, 'utf8'))
    expect(data.notes.map((n: { mentorId: string }) => n.mentorId)).toEqual([other])
  })
})
