// What a reader finds in a printed report: the mentors and dates they chose, the cover and summary figures, live links.
import { afterAll, describe, expect, it } from 'vitest'
import type { Session } from '../../../../src/shared/model'
import type { Result } from '../../../../src/shared/result'
import { valueOf } from '../../../helpers/core'
import { dataAfterRestart } from '../../../helpers/restart'
import { tempDirs } from '../../../helpers/temp'
import { createPdfPrinter } from '../../../web-host/print-pdf'
import {
  byDate,
  orderIn,
  pageCount,
  pageWith,
  pdfLinks,
  pdfText,
  picture,
  printingCore as printingCoreIn,
  squeezed,
  textRuns,
} from '../../../helpers/pdf-reading'

const newDir = tempDirs()
const printer = createPdfPrinter()
afterAll(() => printer.close())

const printingCore = async () => printingCoreIn(await newDir(), printer)

/** The saved PDF's path from an export's result. */
function savedPdf(result: Result<{ path: string | null }>): string {
  const { path } = valueOf(result)
  expect(path).toMatch(/\.pdf$/)
  return path!
}

const dateFormat = (options: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat('en-GB', options)
/** "2 Nov 2026" for a calendar date. */
const dayText = (date: string) =>
  dateFormat({ dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(`${date}T00:00Z`))
/** "2 Nov 2026" for an instant in `zone`. */
const dayIn = (iso: string, zone: string) => dateFormat({ dateStyle: 'medium', timeZone: zone }).format(new Date(iso))
/** "Monday, 2 November 2026" for an instant in `zone`. */
const longDayIn = (iso: string, zone: string) => dateFormat({ dateStyle: 'full', timeZone: zone }).format(new Date(iso))
/** The calendar date (YYYY-MM-DD) of an instant where the session took place. */
const localDate = (s: Session) =>
  new Intl.DateTimeFormat('en-CA', { timeZone: s.timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(
    new Date(s.startsAt),
  )
/** "1 h 25 min", "55 min", "2 h". */
const durationText = (minutes: number) => {
  const h = Math.floor(minutes / 60)
  const m = minutes % 60
  return h === 0 ? `${m} min` : m === 0 ? `${h} h` : `${h} h ${m} min`
}
const formatLabels: Record<Session['format'], string> = {
  'in-person': 'In person',
  video: 'Video call',
  call: 'Phone call',
  message: 'Messages',
}
const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
/** A pattern for `text` that allows any spacing where it has a space (pdftotext drops some between digits and units). */
const loosely = (text: string) => escaped(text).replace(/ /g, '\\s*')

const minutesOf = (sessions: readonly Session[]) => sessions.reduce((sum, s) => sum + s.durationMinutes, 0)

describe('a printed report holds what the user chose', () => {
  it('two of three mentors: every session of both in date order, nothing of the third', async () => {
    const { core, mentors, sessions } = await printingCore()
    const file = savedPdf(
      await core.handlers['reports:export']({ mentorIds: [mentors.zoe.id, mentors.ngozi.id], locale: 'en-GB' }),
    )
    const text = pdfText(file)
    const chosen = sessions.filter((s) => s.status === 'held' && s.mentor !== 'emile')
    // Mentors by name (Ngozi, then Zoë), each one's sessions by date.
    const expected = ['ngozi', 'zoe'].flatMap((m) => chosen.filter((s) => s.mentor === m).sort(byDate))
    expect(orderIn(text, chosen)).toEqual(expected.map((s) => s.marker))
    for (const s of chosen) expect(text).toContain(s.reflection)
    expect(text).not.toMatch(/Émile|Durand|SESSION-E|\bÉD\b/)
    expect(squeezed(pdfText(file, 1, true))).toContain(
      squeezed(`MENTORS ${mentors.ngozi.name}, ${mentors.zoe.name} PERIOD`),
    )
    await picture(file, 2, 'report-two-mentors-page-2')
  }, 60_000)

  it('a date range: sessions before its first day and after its last are left out', async () => {
    const { core, sessions } = await printingCore()
    const [from, to] = ['2026-02-01', '2026-10-31']
    const file = savedPdf(await core.handlers['reports:export']({ from, to, locale: 'en-GB' }))
    const text = pdfText(file)
    const held = sessions.filter((s) => s.status === 'held')
    const inside = held.filter((s) => s.date >= from && s.date <= to)
    const before = held.filter((s) => s.date < from)
    const after = held.filter((s) => s.date > to)
    expect([before.length, after.length]).toEqual([1, 1])
    const expected = ['emile', 'ngozi', 'zoe'].flatMap((m) => inside.filter((s) => s.mentor === m).sort(byDate))
    expect(orderIn(text, inside)).toEqual(expected.map((s) => s.marker))
    for (const s of [...before, ...after]) {
      expect(text).not.toContain(s.marker)
      expect(text).not.toContain(s.reflection)
    }
    expect(squeezed(pdfText(file, 1, true))).toContain(squeezed(`PERIOD ${dayText(from)} – ${dayText(to)}`))
  }, 60_000)

  it('a chosen mentor with no session in the range still has a section, saying so, and a row of zeros', async () => {
    const { core, mentors, sessions } = await printingCore()
    const [from, to] = ['2026-04-01', '2026-08-31']
    const file = savedPdf(
      await core.handlers['reports:export']({
        mentorIds: [mentors.emile.id, mentors.ngozi.id],
        from,
        to,
        locale: 'en-GB',
      }),
    )
    const text = pdfText(file)
    // Émile's sessions fall on either side of the range; Ngozi's inside it.
    for (const s of sessions.filter((x) => x.mentor === 'emile')) expect(text).not.toContain(s.marker)
    expect(text).toContain('SESSION-N1: what to cover')
    expect(text).not.toMatch(/Zoë|SESSION-Z/)
    const emilePage = pageWith(file, 'No sessions in this period.')
    expect(emilePage).toBeGreaterThan(1)
    expect(pdfText(file, emilePage)).toContain(mentors.emile.name)
    expect(pdfText(file, emilePage)).not.toContain(mentors.ngozi.name)
    const summary = squeezed(pdfText(file, pageCount(file), true))
    expect(summary).toContain(squeezed(`${mentors.emile.name} 0 0 min — — 0 0`))
  }, 60_000)
})

describe('a printed report’s cover, summary and sessions', () => {
  it('cover: mentee, mentors, period and date; summary: sessions, items and goal progress; each session its format and length', async () => {
    const { core, goals, sessions } = await printingCore()
    // One more item done, and one goal's progress set by hand, so the figures are not all alike.
    const z3 = sessions.find((s) => s.marker === 'SESSION-Z3')!
    const open = valueOf(await core.handlers['actions:list']({ sessionId: z3.id })).find((i) => !i.doneAt)!
    valueOf(await core.handlers['actions:setDone']({ id: open.id, done: true }))
    valueOf(await core.handlers['goals:update']({ id: goals.raise.id, changes: { progressOverride: 80 } }))
    const file = savedPdf(await core.handlers['reports:export']({ kind: 'full', locale: 'en-GB' }))

    const data = await dataAfterRestart(core.dataFile)
    const held = data.sessions.filter((s) => s.status === 'held').sort((a, b) => a.startsAt.localeCompare(b.startsAt))
    const mentors = [...data.mentors].sort((a, b) => a.name.localeCompare(b.name, 'en-GB'))
    const heldIds = new Set(held.map((s) => s.id))
    const items = data.actionItems.filter((i) => i.sessionId && heldIds.has(i.sessionId))
    const countOf = (list: typeof items) => ({
      open: list.filter((i) => !i.doneAt).length,
      done: list.filter((i) => i.doneAt).length,
    })

    const cover = squeezed(pdfText(file, 1, true))
    const period = `${dayText(localDate(held[0]!))} – ${dayText(localDate(held.at(-1)!))}`
    expect(cover).toContain(squeezed(data.profile.name))
    for (const m of mentors) expect(cover).toContain(squeezed(m.name))
    expect(cover).toContain(squeezed(`PERIOD ${period}`))
    expect(cover).toContain(squeezed(`SESSIONS ${held.length} sessions · ${durationText(minutesOf(held))} together`))
    expect(cover).toContain(squeezed(`GENERATED ${dayIn(core.clock.now().toISOString(), 'UTC')}`))

    const summary = squeezed(pdfText(file, pageCount(file), true))
    for (const m of mentors) {
      const own = held.filter((s) => s.mentorId === m.id)
      const { open: o, done: d } = countOf(items.filter((i) => i.mentorId === m.id))
      const [first, last] = [own[0]!, own.at(-1)!]
      const row = `${m.name} ${own.length} ${durationText(minutesOf(own))} ${dayIn(first.startsAt, first.timeZone)} ${dayIn(last.startsAt, last.timeZone)} ${o} ${d}`
      expect(summary, m.name).toContain(squeezed(row))
    }
    const all = countOf(items)
    expect(summary).toContain(squeezed(`Total ${held.length} ${durationText(minutesOf(held))} ${all.open} ${all.done}`))
    const goalsOf = (id: string) =>
      data.actionItems.filter(
        (i) => i.goalIds.includes(id) || data.sessions.some((s) => s.id === i.sessionId && s.goalIds.includes(id)),
      )
    const progress = data.goals.map((g) => {
      const { open: o, done: d } = countOf(goalsOf(g.id))
      const percent = g.progressOverride ?? Math.round((100 * d) / (o + d))
      expect(summary, g.title).toContain(squeezed(`${g.title} ${percent}% Active · ${d} of ${o + d} action items done`))
      return percent
    })
    expect(progress).toEqual([63, 80])

    const text = pdfText(file)
    for (const s of held) {
      // The date heading, then the line under it: time, format, duration (and goals).
      const day = longDayIn(s.startsAt, s.timeZone)
      const line = `${escaped(day)}\n[^\n]* · ${escaped(formatLabels[s.format])} · ${loosely(durationText(s.durationMinutes))}\\b`
      expect(text, day).toMatch(new RegExp(line))
    }
    await picture(file, 1, 'report-cover')
    await picture(file, pageCount(file), 'report-summary')
  }, 60_000)

  it('links stay clickable and Markdown prints as formatted text', async () => {
    const { core, mentors, sessions } = await printingCore()
    const z2 = sessions.find((s) => s.marker === 'SESSION-Z2')!
    const notes = [
      '## Next steps',
      'We agreed on **a bold plan** and an _open question_.',
      '- Book the venue\n- Write the abstract',
      'See [the talk slides](https://slides.example.org/deck), not [this](javascript:alert(1)).',
    ].join('\n\n')
    valueOf(await core.handlers['sessions:update']({ id: z2.id, changes: { notes } }))
    const file = savedPdf(
      await core.handlers['reports:export']({ kind: 'recap', mentorIds: [mentors.zoe.id], locale: 'en-GB' }),
    )

    const links = pdfLinks(file)
    const notesPage = pageWith(file, 'Book the venue')
    expect(notesPage).toBeGreaterThan(1)
    expect(links).toContainEqual({ page: pageWith(file, 'zoe@example.org'), url: 'mailto:zoe@example.org' })
    expect(links).toContainEqual({ page: notesPage, url: 'https://slides.example.org/deck' })
    expect(links.filter((l) => !/^(https:|mailto:)/.test(l.url))).toEqual([])

    const text = pdfText(file)
    expect(text).toContain('the talk slides')
    expect(text).not.toMatch(/\*\*|_open question_|## |\[the talk slides\]/)
    const runs = textRuns(file, notesPage)
    const run = (words: string) => {
      const found = runs.find((r) => r.text.includes(words))
      expect(found, `"${words}" on page ${notesPage}`).toBeDefined()
      return found!
    }
    expect(run('a bold plan')).toMatchObject({ bold: true })
    expect(run('open question')).toMatchObject({ italic: true, bold: false })
    expect(run('We agreed on')).toMatchObject({ bold: false, italic: false })
    expect(run('Next steps')).toMatchObject({ bold: true })
    // List items are set in from the paragraph, one under the other.
    const paragraph = run('We agreed on')
    const [first, second] = [run('Book the venue'), run('Write the abstract')]
    expect(first.left).toBeGreaterThan(paragraph.left)
    expect(second.left).toBe(first.left)
    expect(second.top).toBeGreaterThan(first.top)
    await picture(file, notesPage, 'report-markdown-links')
  }, 60_000)
})
