// The wrap-up's reflection is private: no report holds it. The recap goes to the mentor; the full record is the
// history of sessions, which a mentee may show others too, so the closing reflection stays out of both.
import { afterAll, describe, expect, it } from 'vitest'
import { valueOf } from '../../../helpers/core'
import { pdfText, printingCore } from '../../../helpers/pdf-reading'
import { tempDirs } from '../../../helpers/temp'
import { createPdfPrinter } from '../../../web-host/print-pdf'

const newDir = tempDirs()
const printer = createPdfPrinter()
afterAll(() => printer.close())

const reflection = { learned: 'WRAPUP-LEARNED', carryOn: 'WRAPUP-CARRY', differently: 'WRAPUP-DIFFERENTLY' }

describe('the wrap-up in reports', () => {
  it('never puts the closing reflection, the goal ratings or the thank-you in the mentor recap PDF or the full record', async () => {
    const { core, mentors, goals } = await printingCore(await newDir(), printer)
    valueOf(
      await core.handlers['wrapUps:save']({
        mentorId: mentors.zoe.id,
        ...reflection,
        goalRatings: [{ goalId: goals.talk.id, rating: 2 }],
        thankYou: 'WRAPUP-THANKS',
      }),
    )
    const recap = valueOf(
      await core.handlers['reports:export']({ kind: 'recap', mentorIds: [mentors.zoe.id], pageSize: 'A4' }),
    )
    const text = pdfText(recap.path!)
    // The recap is Zoë's and was printed: the test reads a real report, not an empty one.
    expect(text.replace(/\s+/g, '')).toContain('MentoringwithZoëÅngström-李')
    expect(text).not.toMatch(/WRAPUP-/)
    expect(text).not.toMatch(/Wrap-up|What I learned|carry on|do differently/i)

    const full = valueOf(await core.handlers['reports:preview']({ kind: 'full' }))
    expect(full.html).toContain('Zoë')
    expect(full.html).not.toMatch(/WRAPUP-/)
  }, 60_000)
})
