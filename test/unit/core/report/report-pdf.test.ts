// Real PDFs: core's report printed by headless Chromium, read back with pdftotext, pictured with pdftoppm.
import { execFileSync } from 'node:child_process'
import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { generateDataset } from '../../../helpers/fake-data'
import { valueOf } from '../../../helpers/core'
import { tempDirs } from '../../../helpers/temp'
import { createPdfPrinter } from '../../../web-host/print-pdf'
import { byDate, orderIn, pageCount, pdfText, picture, printingCore as printingCoreIn } from '../../../helpers/pdf-reading'
import { unicodeSample } from '../../../helpers/report-fixture'

const newDir = tempDirs()
const printer = createPdfPrinter()
afterAll(() => printer.close())

/** A core with the fixture, printing for real and saving into its folder. */
const printingCore = async () => printingCoreIn(await newDir(), printer)

const labels =
  /^\s*(AGENDA|NOTES|TAKEAWAYS|WHAT WORKED|WHAT DID NOT|PRIVATE REFLECTION|ACTION ITEMS|RESOURCES|GOALS)\s*$/
const summaryHeadings = /^\s*(Summary|Sessions per mentor|Goals|Other action items|MENTOR\s+SESSIONS\s+TIME\b.*)\s*$/
const noteHeadings = /^\s*(Context|Next steps) \d+\s*$/
const sessionHead = /^\s*(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday), /
const sessionMeta = / · (Video call|In person|Phone call|Messages) · /

/** The lines of a page between the running header and footer. */
function bodyLines(pageText: string): string[] {
  const lines = pageText.split('\n').filter((line) => line.trim() !== '')
  return lines.slice(1, -1)
}

describe('the report as a real PDF', () => {
  it('a full record: every held session in date order per mentor, no other, Unicode intact, "Page 1 of N"', async () => {
    const { core, sessions } = await printingCore()
    const result = valueOf(await core.handlers['reports:export']({ kind: 'full', pageSize: 'A4', locale: 'en-GB' }))
    expect(result).toMatchObject({ saved: true, path: expect.stringMatching(/mentoring-history-2026-11-27\.pdf$/) })
    const file = result.path!
    const pages = pageCount(file)
    expect(result.pages).toBe(pages)
    const text = pdfText(file)

    const held = sessions.filter((s) => s.status === 'held')
    const expected = ['emile', 'ngozi', 'zoe'].flatMap((m) => held.filter((s) => s.mentor === m).sort(byDate))
    expect(orderIn(text, held)).toEqual(expected.map((s) => s.marker))
    for (const s of sessions.filter((x) => x.status !== 'held')) expect(text).not.toContain(s.marker)
    for (const s of held) expect(text).toContain(s.reflection)
    for (const part of Object.values(unicodeSample)) expect(text).toContain(part)
    expect(pdfText(file, 1)).toContain(`Page 1 of ${pages}`)
    expect(pdfText(file, 1)).toContain('Amira Haddad')

    await picture(file, 1, 'report-full-page-1')
    await picture(file, Math.ceil(pages / 2), 'report-full-page-middle')
  }, 60_000)

  it('a mentor recap: that mentor only, no private reflection, on Letter paper', async () => {
    const { core, mentors, sessions } = await printingCore()
    const result = valueOf(
      await core.handlers['reports:export']({ kind: 'recap', mentorIds: [mentors.zoe.id], pageSize: 'Letter' }),
    )
    const file = result.path!
    expect(file).toMatch(/mentoring-recap-2026-11-27\.pdf$/)
    const text = pdfText(file)
    const zoes = sessions.filter((s) => s.mentor === 'zoe' && s.status === 'held').sort(byDate)
    expect(orderIn(text, zoes)).toEqual(zoes.map((s) => s.marker))
    expect(text).not.toMatch(/PRIVATE-REFLECTION|Private reflection\s*$/m)
    expect(text).not.toMatch(/Émile|Ngozi|SESSION-E|SESSION-N|Negotiate a raise/)
    // pdftotext breaks a line where the font changes (Latin to CJK); the words are all there.
    expect(text.replace(/\s+/g, '')).toContain('MentoringwithZoëÅngström-李')
    expect(execFileSync('pdfinfo', [file], { encoding: 'utf8' })).toMatch(/Page size:\s+612 x 792 pts \(letter\)/)
    const pages = pageCount(file)
    expect(pdfText(file, 1)).toContain(`Page 1 of ${pages}`)
    await picture(file, 1, 'report-recap-page-1')
    await picture(file, 2, 'report-recap-page-2')
  }, 60_000)

  it('many sessions: every page has its header and "Page X of Y", text, and no heading (report, summary or notes) stranded at its foot', async () => {
    const dir = await newDir()
    const data = generateDataset({ mentors: 4, sessions: 60, notes: 0, actionItems: 120, goals: 5 }, 11)
    data.profile.name = 'Amira Haddad'
    // Headings in the user's own notes, as people write them: one on top, one between paragraphs.
    data.sessions = data.sessions.map((s, i) => ({
      ...s,
      notes: `### Context ${i + 1}\n\n${s.notes}\n\n## Next steps ${i + 1}\n\n${s.takeaways}`,
    }))
    const dataFile = join(dir, 'mentor-tracker.json')
    await writeFile(dataFile, JSON.stringify(data))
    const saved: string[] = []
    const { openCore } = await import('../../../helpers/core')
    const core = await openCore(dir, {
      dataFile,
      ports: {
        printPdf: (job) => printer.printPdf(job),
        saveFile: async (file) => {
          const path = join(dir, file.suggestedName)
          await writeFile(path, file.content)
          saved.push(path)
          return path
        },
      },
    })
    const result = valueOf(
      await core.handlers['reports:export']({ statuses: ['held', 'planned', 'cancelled'], locale: 'en-GB' }),
    )
    expect(result.sessions).toBe(60)
    const file = result.path!
    const pages = pageCount(file)
    expect(pages).toBeGreaterThan(10)
    let noteHeadingLines = 0
    for (let page = 1; page <= pages; page++) {
      const text = pdfText(file, page, true)
      noteHeadingLines += text.split('\n').filter((line) => noteHeadings.test(line)).length
      expect(text, `page ${page}`).toContain(`Page ${page} of ${pages}`)
      expect(text.split('\n')[0], `page ${page} header`).toContain('Mentoring history')
      const body = bodyLines(text)
      expect(body.length, `page ${page} is empty`).toBeGreaterThan(2)
      const last = body.at(-1)!
      expect(last, `page ${page} ends on a heading`).not.toMatch(labels)
      expect(last, `page ${page} ends on a summary heading`).not.toMatch(summaryHeadings)
      expect(last, `page ${page} ends on a heading in the notes`).not.toMatch(noteHeadings)
      expect(last, `page ${page} ends on a session's date`).not.toMatch(sessionHead)
      expect(last, `page ${page} ends on a session's details`).not.toMatch(sessionMeta)
    }
    // Every heading the notes hold is printed on a line of its own, so the check above saw each of them.
    expect(noteHeadingLines).toBe(2 * 60)
    await picture(file, Math.ceil(pages / 2), 'report-many-page-middle')
    await picture(file, pages, 'report-many-page-last')
  }, 90_000)
  it('a summary longer than a page: its headings stay with what follows, and the total is printed once', async () => {
    const dir = await newDir()
    const data = generateDataset({ mentors: 30, sessions: 10, notes: 0, actionItems: 0, goals: 4 }, 5)
    const dataFile = join(dir, 'mentor-tracker.json')
    await writeFile(dataFile, JSON.stringify(data))
    const { openCore } = await import('../../../helpers/core')
    let printed = 0
    const core = await openCore(dir, {
      dataFile,
      ports: {
        printPdf: (job) => printer.printPdf(job),
        saveFile: async (file) => {
          const path = join(dir, `${++printed}-${file.suggestedName}`)
          await writeFile(path, file.content)
          return path
        },
      },
    })
    // Each chosen mentor adds a row to the table, moving "Goals" down past the foot of the summary's first page;
    // with 30 the table itself runs onto a second page.
    let goalsTopOfPage = 0
    for (const count of [21, 22, 23, 30]) {
      const mentorIds = data.mentors.slice(0, count).map((m) => m.id)
      const file = valueOf(await core.handlers['reports:export']({ mentorIds, include: { profiles: false } })).path!
      const pages = pageCount(file)
      let totals = 0
      for (let page = 2; page <= pages; page++) {
        const body = bodyLines(pdfText(file, page, true))
        totals += body.filter((line) => /^\s*Total\s/.test(line)).length
        if (body[0]?.trim() === 'Goals') goalsTopOfPage++
        expect(body.at(-1), `${count} mentors, page ${page}`).not.toMatch(summaryHeadings)
      }
      expect(totals, `${count} mentors: "Total" rows`).toBe(1)
    }
    // The sweep did reach the case it guards: "Goals" began a page rather than ending the one before.
    expect(goalsTopOfPage).toBeGreaterThan(0)
  }, 90_000)
})
