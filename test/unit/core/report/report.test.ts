import { readFile } from 'node:fs/promises'
import { describe, expect, it } from 'vitest'
import type { ReportProgress } from '../../../../src/shared/requests/reports'
import { defaultPageSize } from '../../../../src/shared/requests/reports'
import { renderMarkdown } from '../../../../src/main/core/report/markdown'
import type { PrintJob } from '../../../../src/main/core/ports'
import { valueOf } from '../../../helpers/core'
import { tempDirs } from '../../../helpers/temp'
import type { SeededSession } from '../../../helpers/report-fixture'
import { seededCore, unicodeSample } from '../../../helpers/report-fixture'

const newDir = tempDirs()
const fakePdf = new TextEncoder().encode(
  '%PDF-1.4\n1 0 obj << /Type /Page >> endobj\n2 0 obj << /Type /Page >> endobj\n%%EOF',
)

/** The markers of `sessions` in the order they appear in `html`; fails if one is missing. */
function orderIn(html: string, sessions: SeededSession[]): string[] {
  return sessions
    .map((s) => ({ marker: s.marker, at: html.indexOf(`${s.marker}: what to cover`) }))
    .sort((a, b) => a.at - b.at)
    .map((s) => (s.at < 0 ? `missing ${s.marker}` : s.marker))
}

const byDate = (a: SeededSession, b: SeededSession) => a.date.localeCompare(b.date)

describe('report options', () => {
  it.each([
    ['an end before the start', { from: '2026-06-01', to: '2026-01-01' }, 'to', 'before the start'],
    ['a recap for no mentor', { kind: 'recap', mentorIds: [] }, 'mentorIds', 'one mentor'],
    ['a recap for all mentors', { kind: 'recap', mentorIds: null }, 'mentorIds', 'one mentor'],
    ['an empty choice of mentors', { mentorIds: [] }, 'mentorIds', 'at least one mentor'],
    ['no kind of session', { statuses: [] }, 'statuses', 'at least one'],
    ['another paper', { pageSize: 'A3' }, 'pageSize', 'A4 or Letter'],
    ['a broken language tag', { locale: 'en_US!' }, 'locale', 'language tag'],
    ['an unknown zone', { timeZone: 'Mars/Olympus' }, 'timeZone', 'time zone'],
  ])('refuse %s with a field error, and change nothing', async (_name, input, path, message) => {
    const dir = await newDir()
    const saved: string[] = []
    const { core } = await seededCore(dir, {
      ports: { printPdf: async () => fakePdf, saveFile: async (f) => (saved.push(f.suggestedName), `${dir}/x.pdf`) },
    })
    const before = await readFile(core.dataFile, 'utf8')
    for (const channel of ['reports:preview', 'reports:export'] as const) {
      const result = await core.handlers[channel](input)
      expect(result).toMatchObject({
        ok: false,
        error: { code: 'invalid-input', issues: [{ path, message: expect.stringContaining(message) }] },
      })
    }
    expect(saved).toEqual([])
    expect(await readFile(core.dataFile, 'utf8')).toBe(before)
  })

  it('refuses a mentor that does not exist', async () => {
    const { core } = await seededCore(await newDir())
    const result = await core.handlers['reports:preview']({
      kind: 'recap',
      mentorIds: ['00000000-0000-4000-8000-000000000000'],
    })
    expect(result).toMatchObject({ ok: false, error: { issues: [{ path: 'mentorIds.0' }] } })
  })

  it.each([
    ['en-US', 'Letter'],
    ['en-CA', 'Letter'],
    ['es-MX', 'Letter'],
    ['fr-CA', 'Letter'],
    ['en', 'Letter'],
    ['en-GB', 'A4'],
    ['de-DE', 'A4'],
    ['fr', 'A4'],
    ['ja-JP', 'A4'],
    ['pt-BR', 'A4'],
    ['not a locale', 'A4'],
  ])('default %s readers to %s paper', (locale, size) => {
    expect(defaultPageSize(locale)).toBe(size)
  })
})

describe('report contents', () => {
  it('a full record holds every held session of every mentor, each mentor’s in date order, with reflections', async () => {
    const { core, sessions } = await seededCore(await newDir())
    const { html, sessions: count, mentors } = valueOf(await core.handlers['reports:preview']({ kind: 'full' }))
    const held = sessions.filter((s) => s.status === 'held')
    expect(count).toBe(held.length)
    expect(mentors).toBe(3)
    // Mentors by name (Émile, Ngozi, Zoë), each one's sessions oldest first.
    const expected = ['emile', 'ngozi', 'zoe'].flatMap((m) => held.filter((s) => s.mentor === m).sort(byDate))
    expect(orderIn(html, held)).toEqual(expected.map((s) => s.marker))
    for (const s of sessions.filter((x) => x.status !== 'held')) expect(html).not.toContain(s.marker)
    for (const s of held) expect(html).toContain(s.reflection)
    expect(html).toContain('Give a conference talk')
    expect(html).toContain('Negotiate a raise')
    // Each mentor's tally: a span of dates for several sessions; one session's date is its own heading.
    const tallies = [...html.matchAll(/<p class="tally">([^<]*)<\/p>/g)].map((m) => m[1])
    expect(tallies).toHaveLength(3)
    const ngozi = held.filter((s) => s.mentor === 'ngozi')
    expect(ngozi).toHaveLength(1)
    expect(tallies[1]).toMatch(/^1 session · [^·]+ together$/)
    for (const tally of [tallies[0], tallies[2]]) expect(tally).toMatch(/^\d+ sessions · [^·]+ together · .+ to .+$/)
  })

  it('a range is read in each session’s own zone, and planned and cancelled sessions come when asked for', async () => {
    const { core, sessions } = await seededCore(await newDir())
    const { html } = valueOf(
      await core.handlers['reports:preview']({
        from: '2026-01-01',
        to: '2026-06-30',
        statuses: ['held', 'planned', 'cancelled'],
        locale: 'en-GB',
      }),
    )
    const inside = sessions.filter((s) => s.date >= '2026-01-01' && s.date <= '2026-06-30')
    expect(inside.map((s) => s.marker)).toContain('SESSION-Z0')
    for (const s of inside) expect(html).toContain(`${s.marker}: what to cover`)
    for (const s of sessions.filter((x) => !inside.includes(x))) expect(html).not.toContain(s.marker)
    // New Year's Day at 00:30 in Berlin, shown as that day and time there.
    expect(html).toContain('Thursday, 1 January 2026')
    expect(html).toMatch(/00:30 (CET|GMT\+1)/)
    // The summary reads each session's day where it was held, too: not 31 Dec 2025 in UTC.
    expect(html).toContain('<td class="day">1 Jan 2026</td>')
  })

  it('a mentor recap holds one mentor, no private reflection, and only that mentor’s goals', async () => {
    const { core, mentors, sessions } = await seededCore(await newDir())
    // Promises made outside any session belong to their mentor's part.
    valueOf(
      await core.handlers['actions:create']({ title: 'Send Zoë the slides', owner: 'me', mentorId: mentors.zoe.id }),
    )
    valueOf(
      await core.handlers['actions:create']({
        title: 'Ask Émile for a reference',
        owner: 'me',
        mentorId: mentors.emile.id,
      }),
    )
    const { html } = valueOf(await core.handlers['reports:preview']({ kind: 'recap', mentorIds: [mentors.zoe.id] }))
    expect(html).toMatch(/Other action items[\s\S]*Send Zoë the slides/)
    expect(html).not.toContain('Ask Émile')
    const zoes = sessions.filter((s) => s.mentor === 'zoe' && s.status === 'held').sort(byDate)
    expect(orderIn(html, zoes)).toEqual(zoes.map((s) => s.marker))
    expect(html).not.toContain('PRIVATE-REFLECTION')
    expect(html).not.toContain('>Private reflection<')
    expect(html).not.toContain('Émile')
    expect(html).not.toContain('Ngozi')
    expect(html).not.toContain('Negotiate a raise')
    expect(html).toContain('Give a conference talk')
    expect(html).toContain('Mentoring with Zoë Ångström-李')
  })

  it('leaves out the parts the user unticks', async () => {
    const { core } = await seededCore(await newDir())
    const { html } = valueOf(
      await core.handlers['reports:preview']({
        include: { profiles: false, agendaNotes: false, workedDidNot: false, actionItems: false, goals: false },
      }),
    )
    expect(html).toContain('Takeaway of SESSION-Z1')
    for (const gone of ['what to cover', 'Notes of', 'Worked in', 'Did not work', 'Action done', 'zoe@example.org'])
      expect(html).not.toContain(gone)
    expect(html).not.toContain('<h3>Goals</h3>')
  })

  it('keeps the user’s text as text: markup escaped, only web and mail links, Unicode intact', async () => {
    expect(renderMarkdown('<script>alert(1)</script> <img src=x onerror=alert(1)>')).not.toMatch(/<script|<img/)
    expect(
      renderMarkdown('[x](javascript:alert(1)) [y](file:///etc/passwd) ![pic](https://example.org/a.png)'),
    ).not.toMatch(/href="(javascript|file)|<img/)
    expect(renderMarkdown('[talk](https://example.org/t) and ask@example.org')).toContain(
      '<a href="https://example.org/t">talk</a>',
    )
    expect(renderMarkdown('write ask@example.org')).toContain('href="mailto:ask@example.org"')
    expect(renderMarkdown('**bold** and _em_\n\n- [ ] open task\n- [x] done task')).toMatch(
      /<strong>bold<\/strong>[\s\S]*☐<\/span> open task[\s\S]*☑<\/span> done task/,
    )
    expect(renderMarkdown(`# Heading\n\n${unicodeSample.arabic}`)).toMatch(/<h4 dir="auto">Heading<\/h4>/)

    const { core, mentors } = await seededCore(await newDir())
    valueOf(await core.handlers['mentors:update']({ id: mentors.emile.id, changes: { role: '<b>"Lead"</b> & co' } }))
    const { html } = valueOf(await core.handlers['reports:preview']({}))
    expect(html).toContain('&lt;b&gt;&quot;Lead&quot;&lt;/b&gt; &amp; co')
    for (const part of Object.values(unicodeSample)) expect(html).toContain(part)
  })

  it('puts the title and the mentee into the running header safely, whatever the name holds', async () => {
    const jobs: PrintJob[] = []
    const { core } = await seededCore(await newDir(), {
      ports: { printPdf: async (job) => (jobs.push(job), fakePdf), saveFile: async () => null },
    })
    valueOf(await core.handlers['profile:update']({ name: 'Ann "</style><script>alert(1)</script> نور' }))
    valueOf(await core.handlers['reports:export']({}))
    const head = jobs[0]!.html.slice(0, jobs[0]!.html.indexOf('</head>'))
    expect(head).not.toContain('<script')
    expect(head).toContain('@top-right { content: "Ann \\22 \\3c \\2f style\\3e \\3c script')
    expect(head).toContain('نور"')
    expect(head).toContain('<title>Mentoring history — Ann &quot;&lt;/style&gt;')
  })
})

describe('report export', () => {
  it('prints, saves under a dated name, reports progress, and may then open the file it saved (and no other)', async () => {
    const dir = await newDir()
    const jobs: PrintJob[] = []
    const saved: Array<{ suggestedName: string; filters: unknown }> = []
    const opened: string[] = []
    const { core } = await seededCore(dir, {
      ports: {
        printPdf: async (job) => (jobs.push(job), fakePdf),
        saveFile: async (file) => (saved.push(file), `${dir}/${file.suggestedName}`),
        openFile: async (path) => void opened.push(path),
      },
    })
    const progress: ReportProgress[] = []
    core.on('reports:progress', (p) => progress.push(p))
    const result = valueOf(await core.handlers['reports:export']({ pageSize: 'Letter' }))
    expect(result).toEqual({
      saved: true,
      cancelled: false,
      path: `${dir}/mentoring-history-2026-11-27.pdf`,
      pages: 2,
      sessions: 7,
    })
    expect(saved[0]).toMatchObject({ filters: [{ name: 'PDF document', extensions: ['pdf'] }] })
    expect(jobs[0]).toMatchObject({ pageSize: 'Letter', tagged: true })
    expect(jobs[0]!.html).toMatch(/@page \{\s+size: Letter;/)
    expect(jobs[0]!.html).toContain('content: "Page " counter(page) " of " counter(pages)')
    expect(jobs[0]!.html).toContain('@top-left { content: "Mentoring history"')
    expect(progress.map((p) => p.stage)).toEqual(
      expect.arrayContaining(['gathering', 'building', 'printing', 'saving', 'done']),
    )
    expect(progress.at(-1)).toEqual({ stage: 'done', percent: 100 })

    const refused = await core.handlers['app:openFile']({ path: '/etc/passwd' })
    expect(refused).toMatchObject({ ok: false, error: { code: 'forbidden' } })
    expect(valueOf(await core.handlers['app:openFile']({ path: result.path! }))).toEqual({ opened: true })
    expect(opened).toEqual([result.path])
  })

  it('stops when cancelled while printing: nothing is saved, and a second export meanwhile is refused', async () => {
    const dir = await newDir()
    const saved: string[] = []
    let printing: () => void = () => {}
    const started = new Promise<void>((resolve) => (printing = resolve))
    const { core } = await seededCore(dir, {
      ports: {
        printPdf: (job) =>
          new Promise((_resolve, reject) => {
            printing()
            job.signal?.addEventListener('abort', () => reject(new Error('aborted')))
          }),
        saveFile: async (file) => (saved.push(file.suggestedName), `${dir}/x.pdf`),
      },
    })
    const exporting = core.handlers['reports:export']({ kind: 'recap', mentorIds: [(await firstMentor(core)).id] })
    await started
    expect(await core.handlers['reports:export']({})).toMatchObject({ ok: false, error: { code: 'conflict' } })
    expect(valueOf(await core.handlers['reports:cancel']())).toEqual({ cancelled: true })
    expect(valueOf(await exporting)).toMatchObject({ saved: false, cancelled: true, path: null })
    expect(saved).toEqual([])
    expect(valueOf(await core.handlers['reports:cancel']())).toEqual({ cancelled: false })
  })

  it('says so when the PDF cannot be made, and saves nothing', async () => {
    const saved: string[] = []
    const { core } = await seededCore(await newDir(), {
      ports: {
        printPdf: async () => {
          throw new Error('Chromium crashed')
        },
        saveFile: async (f) => (saved.push(f.suggestedName), null),
      },
    })
    const result = await core.handlers['reports:export']({})
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'unavailable', message: expect.stringContaining('nothing was saved') },
    })
    expect(saved).toEqual([])
  })
})

async function firstMentor(core: Awaited<ReturnType<typeof seededCore>>['core']) {
  return valueOf(await core.handlers['mentors:list']({}))[0]!
}
