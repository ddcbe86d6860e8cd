import { describe, expect, it } from 'vitest'
import { highlightRanges, tokenize } from '../../../../src/main/core/search/tokens'
import { openCore, valueOf } from '../../../helpers/core'
import { tempDirs } from '../../../helpers/temp'

const newDir = tempDirs()

async function searchCore() {
  const core = await openCore(await newDir())
  const zoe = valueOf(
    await core.handlers['mentors:create']({
      name: 'Zoë Ångström-李',
      organization: 'Nordlicht Labs',
      expertise: ['Negotiation'],
    }),
  )
  const note = async (title: string, body: string) =>
    valueOf(await core.handlers['notes:create']({ mentorId: zoe.id, section: 'notes', title, body }))
  const find = async (text: string) => valueOf(await core.handlers['search:query']({ text })).map((h) => h.title)
  return { core, zoe, note, find }
}

describe('search', () => {
  it('ranks an exact word above a word start, and a word start above a typo', async () => {
    const { note, find } = await searchCore()
    await note('Typo', 'revlew')
    await note('Prefix', 'reviewing')
    await note('Exact', 'review')
    expect(await find('review')).toEqual(['Exact', 'Prefix', 'Typo'])
  })

  it('forgives a typo in a longer word, and finds several words together', async () => {
    const { note, find } = await searchCore()
    await note('Negotiation', 'Negotiation practice: ask for the range first')
    await note('Other', 'Practice public speaking')
    expect(await find('negotiaton')).toEqual(['Negotiation', 'Zoë Ångström-李'])
    expect(await find('practice range')).toEqual(['Negotiation'])
    expect(await find('practice')).toHaveLength(2)
  })

  it('ignores accents and case: "zoe" finds Zoë, "angstrom" Ångström, "cafe" café', async () => {
    const { note, find } = await searchCore()
    await note('Coffee', 'She prefers the café near the station')
    expect(await find('zoe')).toContain('Zoë Ångström-李')
    expect(await find('ANGSTROM')).toContain('Zoë Ångström-李')
    expect(await find('cafe')).toEqual(['Coffee'])
    expect(await find('CAFÉ')).toEqual(['Coffee'])
  })

  it('finds CJK text character by character', async () => {
    const { note, find } = await searchCore()
    await note('学习计划', '她说学习比考试更重要')
    expect(await find('学习')).toEqual(['学习计划'])
    expect(await find('考试')).toEqual(['学习计划'])
    expect(await find('李')).toContain('Zoë Ångström-李')
  })

  it('finds an edited note by its new words at once, and no longer by its old ones', async () => {
    const { core, note, find } = await searchCore()
    const n = await note('Plans', 'Write the quarterly roadmap')
    expect(await find('roadmap')).toEqual(['Plans'])
    valueOf(await core.handlers['notes:update']({ id: n.id, changes: { body: 'Prepare the conference keynote' } }))
    expect(await find('roadmap')).toEqual([])
    expect(await find('keynote')).toEqual(['Plans'])
    valueOf(await core.handlers['notes:delete']({ id: n.id }))
    expect(await find('keynote')).toEqual([])
  })

  it('takes in each change by its own records, and a whole restore by looking at everything', async () => {
    const { core, note, find } = await searchCore()
    const opened = valueOf(await core.handlers['data:backups']()).find((b) => b.kind === 'daily')!
    await note('Lighthouse', 'The lighthouse project')
    expect(await find('lighthouse')).toEqual(['Lighthouse'])
    await note('Harbour', 'Harbour plans')
    expect(await find('harbour')).toEqual(['Harbour'])
    // The daily copy from the start holds neither note: after restoring it, search finds neither.
    valueOf(await core.handlers['data:restoreBackup']({ name: opened.name }))
    expect(await find('lighthouse')).toEqual([])
    expect(await find('harbour')).toEqual([])
    await core.close()
  })

  it('searches sessions, action items and goals, and says where each leads', async () => {
    const { core, zoe } = await searchCore()
    const s = valueOf(
      await core.handlers['sessions:create']({
        mentorId: zoe.id,
        date: '2026-11-20',
        time: '10:00',
        timeZone: 'Europe/Berlin',
        takeaways: 'Ship smaller pull requests',
        actionItems: [{ title: 'Split the refactoring PR', owner: 'me' }],
      }),
    )
    valueOf(
      await core.handlers['goals:create']({
        title: 'Become a better reviewer',
        why: 'Smaller pull requests get reviewed',
      }),
    )
    const hits = valueOf(await core.handlers['search:query']({ text: 'pull requests' }))
    expect(hits.map((h) => [h.kind, h.target])).toEqual(
      expect.arrayContaining([
        ['session', `/sessions/${s.id}`],
        ['goal', '/goals'],
      ]),
    )
    const session = hits.find((h) => h.kind === 'session')!
    expect(session.title).toBe('Session with Zoë Ångström-李')
    expect(session.highlights.map(([a, b]) => session.snippet.slice(a, b))).toEqual(['pull', 'requests'])
    expect(valueOf(await core.handlers['search:query']({ text: 'refactoring' }))[0]).toMatchObject({
      kind: 'action',
      title: 'Split the refactoring PR',
    })
  })

  it('refuses an empty or overlong query', async () => {
    const { core } = await searchCore()
    expect(await core.handlers['search:query']({ text: '  ' })).toMatchObject({
      ok: false,
      error: { issues: [{ path: 'text' }] },
    })
    expect(await core.handlers['search:query']({ text: 'x'.repeat(201) })).toMatchObject({ ok: false })
  })
})

describe('search tokens and highlights', () => {
  it.each([
    ['Zoë Ångström-李', ['Zoë', 'Ångström', '李']],
    ['她说学习 ok', ['她', '说', '学', '习', 'ok']],
    ['design-doc, v2!', ['design', 'doc', 'v2']],
  ])('%s', (text, terms) => {
    expect(tokenize(text)).toEqual(terms)
  })

  it('marks matches in the original text, accents and case aside, at word starts', () => {
    const text = 'Zoë says: the café is near Zoey’s office'
    const ranges = highlightRanges(text, ['zoe', 'cafe'])
    expect(ranges.map(([a, b]) => text.slice(a, b))).toEqual(['Zoë', 'café', 'Zoe'])
  })
})

describe('snippets', () => {
  it('read as plain text, not Markdown', async () => {
    const { plainText } = await import('../../../../src/main/core/search/search-index')
    expect(
      plainText(
        'She led the **infrastructure** team, see [the post](https://x.example).\n- [ ] _Ask_ about `CI`\n## Next',
      ),
    ).toBe('She led the infrastructure team, see the post.\nAsk about CI\nNext')
  })
})
