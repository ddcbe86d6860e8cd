// The mentoring agreement in both kinds of printed report, read back from the PDF: the terms, never earlier versions.
import { afterAll, describe, expect, it } from 'vitest'
import { valueOf } from '../../../helpers/core'
import { pdfText, picture, printingCore, squeezed } from '../../../helpers/pdf-reading'
import { tempDirs } from '../../../helpers/temp'
import { createPdfPrinter } from '../../../web-host/print-pdf'

const newDir = tempDirs()
const printer = createPdfPrinter()
afterAll(() => printer.close())

async function withAgreement() {
  const seeded = await printingCore(await newDir(), printer)
  const { core, mentors, goals } = seeded
  valueOf(
    await core.handlers['agreements:save']({
      mentorId: mentors.zoe.id,
      focus: 'OLD-FOCUS: conference talks',
      goalIds: [goals.talk.id],
    }),
  )
  core.clock.advance(86_400_000)
  valueOf(
    await core.handlers['agreements:save']({
      mentorId: mentors.zoe.id,
      focus: 'Getting my first conference talk accepted',
      goalIds: [goals.talk.id],
      cadenceWeeks: 3,
      format: 'in-person',
      confidentiality: 'Names of colleagues stay between us',
      feedback: 'Straight, in the session',
      startsOn: '2026-03-02',
      reviewOn: '2026-09-01',
      endsWhen: 'When the talk is given, or after a year',
    }),
  )
  return seeded
}

const terms = [
  'Our agreement',
  'Getting my first conference talk accepted',
  'Give a conference talk',
  'Every 3 weeks · In person',
  'Names of colleagues stay between us',
  'Straight, in the session',
  'From 2 Mar 2026, review on 1 Sept 2026',
  'When the talk is given, or after a year',
]

describe('the agreement in a report', () => {
  it('the recap for the mentor shows the agreement as it reads now, without its earlier version', async () => {
    const { core, mentors } = await withAgreement()
    const { path } = valueOf(
      await core.handlers['reports:export']({ kind: 'recap', mentorIds: [mentors.zoe.id], locale: 'en-GB' }),
    )
    const text = squeezed(pdfText(path!))
    for (const term of terms) expect(text).toContain(squeezed(term))
    expect(text).not.toContain('OLD-FOCUS')
    await picture(path!, 2, 'report-recap-agreement')
  })

  it('the session history shows it in the mentor’s part, and nothing for a mentor without one', async () => {
    const { core, mentors } = await withAgreement()
    const { path } = valueOf(
      await core.handlers['reports:export']({ mentorIds: [mentors.zoe.id, mentors.ngozi.id], locale: 'en-GB' }),
    )
    const text = squeezed(pdfText(path!))
    for (const term of terms) expect(text).toContain(squeezed(term))
    expect(text.split(squeezed('Our agreement'))).toHaveLength(2)
    expect(text).not.toContain('OLD-FOCUS')
  })
})
