// Contacts import through core's channels: preview, duplicates across files, merges, undo, bad files, vCard export.
import { execFileSync } from 'node:child_process'
import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { valueOf } from '../../../helpers/core'
import { tempDirs } from '../../../helpers/temp'
import { fixture, importCore } from '../../../helpers/import-harness'
import { storedBytes } from '../../../helpers/restart'

const newDir = tempDirs()

describe('importing contacts', () => {
  it('adds each contact as a prospect with a Background note from its notes', async () => {
    const t = await importCore(await newDir())
    const { preview, done } = await t.importContacts('apple-contacts.vcf')
    expect(preview.rows.map((r) => [r.name, r.proposed])).toEqual([
      ['Grace Hopper', 'add'],
      ['فاطمة الزهراء', 'add'],
    ])
    expect(preview.skipped.map((s) => s.where)).toEqual(['Card 3', 'Card 4'])
    expect(done).toMatchObject({ added: 2, merged: 0, unchanged: 0, skipped: 0 })
    const [grace] = await t.mentors()
    expect(grace).toMatchObject({
      name: 'Grace Hopper',
      stage: 'prospect',
      role: 'Rear Admiral',
      organization: 'US Navy',
    })
    expect(grace?.avatar).toMatch(/^data:image\/jpeg;base64,/)
    const notes = valueOf(await t.h['notes:list']({ mentorId: grace!.id }))
    expect(notes.map((n) => [n.section, n.body.split('\n')[0]])).toEqual([
      ['background', 'Invented the first compiler, A-0.'],
    ])
  })

  it('makes a person who is in two files one mentor, filling only what was empty', async () => {
    const t = await importCore(await newDir())
    await t.importContacts('apple-contacts.vcf')
    // The user types a role of their own before the second file comes in.
    const grace = (await t.mentors()).find((m) => m.name === 'Grace Hopper')!
    valueOf(await t.h['mentors:update']({ id: grace.id, changes: { role: 'My compiler mentor', phone: '' } }))
    const { preview, done } = await t.importContacts('linkedin-connections.csv')
    const row = preview.rows.find((r) => r.name === 'Grace Hopper')!
    expect(row.match).toMatchObject({ kind: 'mentor', mentorId: grace.id, by: 'email' })
    expect(row.fills).toEqual(['metOn'])
    expect(done).toMatchObject({ added: 3, merged: 1 })
    const after = (await t.mentors()).filter((m) => m.name === 'Grace Hopper')
    expect(after).toHaveLength(1)
    expect(after[0]).toMatchObject({
      role: 'My compiler mentor',
      metOn: '2021-03-12',
      email: 'grace.hopper@navy.example',
    })
  })

  it('finds duplicates within and across the files of one preview, by email or by name with accents ignored', async () => {
    const t = await importCore(await newDir())
    const first = valueOf(await t.previewContacts('android-contacts.vcf'))!
    t.choose('google-contacts.csv')
    const both = valueOf(await t.h['contacts:importPreview']({ source: { kind: 'add', previewId: first.previewId } }))!
    const zoe = both.rows.find((r) => r.name === 'Zoe Angstrom')!
    expect(zoe.match).toMatchObject({ kind: 'row', name: 'Zoë Ångström', by: 'email' })
    expect(zoe.fills).toEqual(['links', 'background'])
    const done = valueOf(await t.h['contacts:import']({ previewId: both.previewId }))
    expect(done).toMatchObject({ added: 4, merged: 1 })
    const zoes = (await t.mentors()).filter((m) => m.name.startsWith('Zo'))
    expect(zoes).toHaveLength(1)
    expect(zoes[0]?.links).toEqual(['https://zoe.example.se'])
    const notes = valueOf(await t.h['notes:list']({ mentorId: zoes[0]!.id })).map((n) => n.body.split('\n')[0])
    expect(notes.sort()).toEqual(['Met at the Stockholm meetup, 2023.', 'Prefers email.'])
  })

  it('changes nothing when the same file is imported again', async () => {
    const t = await importCore(await newDir())
    await t.importContacts('google-contacts.csv')
    const before = await storedBytes(t.core.dataFile)
    const writes = t.changes.length
    const { preview, done } = await t.importContacts('google-contacts.csv')
    expect(preview.rows.every((r) => r.proposed === 'merge' && r.fills.length === 0)).toBe(true)
    expect(done).toMatchObject({ added: 0, merged: 0, unchanged: 3 })
    expect(t.changes.length).toBe(writes)
    expect(await storedBytes(t.core.dataFile)).toEqual(before)
  })

  it('follows the choices per row: add as new, skip, merge', async () => {
    const t = await importCore(await newDir())
    await t.importContacts('apple-contacts.vcf')
    const preview = valueOf(await t.previewContacts('linkedin-connections.csv'))!
    const done = valueOf(
      await t.h['contacts:import']({
        previewId: preview.previewId,
        choices: [
          { index: 0, action: 'add' },
          { index: 1, action: 'skip' },
          { index: 3, action: 'skip' },
        ],
      }),
    )
    expect(done).toMatchObject({ added: 2, merged: 0, skipped: 2 })
    expect((await t.mentors()).map((m) => m.name).sort()).toEqual([
      'Grace Hopper',
      'Grace Hopper',
      'Nadia Boulanger',
      'فاطمة الزهراء',
    ])
  })

  it('undoes the whole import in one step: new mentors gone, filled fields empty again', async () => {
    const t = await importCore(await newDir())
    await t.importContacts('apple-contacts.vcf')
    const before = await t.mentors()
    const { done } = await t.importContacts('linkedin-connections.csv')
    const undone = valueOf(await t.h['contacts:undoImport']({ importId: done.importId }))
    expect(undone).toEqual({ removed: 3, reverted: 1 })
    const after = await t.mentors()
    expect(after.map((m) => [m.name, m.metOn])).toEqual(before.map((m) => [m.name, m.metOn]))
    const again = await t.h['contacts:undoImport']({ importId: done.importId })
    expect(again).toMatchObject({ ok: false, error: { code: 'not-found' } })
  })

  it('refuses to undo once the user has added a note to an imported mentor, and keeps everything', async () => {
    const t = await importCore(await newDir())
    const { done } = await t.importContacts('thunderbird.vcf')
    const [ada] = await t.mentors()
    valueOf(await t.h['notes:create']({ mentorId: ada!.id, section: 'notes', body: 'Mine' }))
    const result = await t.h['contacts:undoImport']({ importId: done.importId })
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'conflict', message: expect.stringMatching(/^Nothing was undone/) },
    })
    expect(await t.mentors()).toHaveLength(1)
  })

  it.each([
    ['not-contacts.json', /is not a contacts file\. Expected a vCard \(\.vcf\) file or a CSV file/],
    ['empty.vcf', /empty\.vcf is empty\. Expected a vCard/],
    ['google-calendar.ics', /is a calendar, not contacts/],
  ])('refuses %s in a sentence and changes nothing', async (name, message) => {
    const t = await importCore(await newDir())
    const before = await storedBytes(t.core.dataFile)
    const result = await t.previewContacts(name)
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-input', message } })
    if (!result.ok) expect(result.error.message).toMatch(/Nothing was changed\.$/)
    expect(await storedBytes(t.core.dataFile)).toEqual(before)
  })

  it('refuses a file over 20 MB', async () => {
    const dir = await newDir()
    const t = await importCore(dir)
    const big = join(dir, 'huge.vcf')
    await writeFile(big, `BEGIN:VCARD\r\nVERSION:3.0\r\nFN:A\r\nNOTE:${'x'.repeat(21 * 1024 * 1024)}\r\nEND:VCARD\r\n`)
    const result = await t.previewContacts(big)
    expect(result).toMatchObject({
      ok: false,
      error: { message: expect.stringMatching(/more than the 20 MB an import reads/) },
    })
  })

  it('maps the columns of an unknown CSV before its contacts are previewed', async () => {
    const t = await importCore(await newDir())
    const waiting = valueOf(await t.previewContacts('mentors-list.csv'))!
    expect(waiting.rows).toEqual([])
    expect(waiting.mapping).toMatchObject({ file: 'mentors-list.csv', suggested: { name: 0 } })
    const refused = await t.h['contacts:import']({ previewId: waiting.previewId })
    expect(refused).toMatchObject({ ok: false, error: { message: expect.stringMatching(/Choose the columns/) } })
    const noName = await t.h['contacts:importPreview']({
      source: { kind: 'mapping', previewId: waiting.previewId, mapping: { email: 1 } },
    })
    expect(noName).toMatchObject({ ok: false, error: { message: expect.stringMatching(/holds the names/) } })
    const mapped = valueOf(
      await t.h['contacts:importPreview']({
        source: { kind: 'mapping', previewId: waiting.previewId, mapping: { name: 0, email: 1, organization: 2 } },
      }),
    )!
    expect(mapped.rows.map((r) => r.name)).toEqual(['Barbara Liskov', 'Frances Allen', 'Grace Hopper'])
    expect(valueOf(await t.h['contacts:import']({ previewId: mapped.previewId }))).toMatchObject({ added: 3 })
  })
})

describe('exporting mentors as vCard 4.0', () => {
  it('writes a file a second vCard reader (Python vobject) reads back, and that imports as the same mentors', async () => {
    const t = await importCore(await newDir())
    await t.importContacts('apple-contacts.vcf')
    await t.importContacts('android-contacts.vcf')
    const exported = valueOf(await t.h['contacts:exportVcard']({}))
    expect(exported.count).toBe(4)
    const read = execFileSync(
      '/usr/bin/python3',
      [
        '-c',
        `import sys, json, vobject
cards = []
for c in vobject.readComponents(open(sys.argv[1], encoding='utf-8').read()):
    cards.append({'fn': c.fn.value, 'email': c.email.value if hasattr(c, 'email') else '',
                  'org': c.org.value[0] if hasattr(c, 'org') else '', 'note': c.note.value if hasattr(c, 'note') else '',
                  'photo': c.photo.value[:23] if hasattr(c, 'photo') else ''})
print(json.dumps(cards, ensure_ascii=False))`,
        exported.path!,
      ],
      { encoding: 'utf8' },
    )
    const cards = JSON.parse(read) as Array<Record<string, string>>
    expect(cards.map((c) => c.fn)).toEqual(['Grace Hopper', 'فاطمة الزهراء', 'Zoë Ångström', '李小龍'])
    expect(cards[0]).toMatchObject({
      email: 'grace.hopper@navy.example',
      org: 'US Navy',
      photo: 'data:image/jpeg;base64,',
    })
    expect(cards[0]?.note).toContain('Carries a nanosecond of wire; always.')
    expect(cards[2]?.note).toContain('åka skridskor')
    // Read back by the app itself, the export matches every mentor and adds nothing.
    const { done } = await t.importContacts(exported.path!)
    expect(done).toMatchObject({ added: 0, merged: 0, unchanged: 4 })
  })

  it('refuses when there is no mentor to export', async () => {
    const t = await importCore(await newDir())
    expect(await t.h['contacts:exportVcard']({})).toMatchObject({ ok: false, error: { code: 'not-found' } })
  })
})

describe('the fixtures', () => {
  it('are real files the tests read', async () => {
    expect((await readFile(fixture('apple-contacts.vcf'))).length).toBeGreaterThan(500_000)
  })
})
