// The mentor recap holds what is shared with the mentor (the agreement, what came of their advice) and nothing
// private (check-ins, the wrap-up's reflection): one mentor with all four, printed as a real PDF and read back.
import { afterAll, describe, expect, it } from 'vitest'
import { valueOf } from '../../../helpers/core'
import { pdfText, printingCore } from '../../../helpers/pdf-reading'
import { tempDirs } from '../../../helpers/temp'
import { createPdfPrinter } from '../../../web-host/print-pdf'

const newDir = tempDirs()
const printer = createPdfPrinter()
afterAll(() => printer.close())

describe('the mentor recap of a relationship', () => {
  it('shows the agreement and the outcomes, and no check-in and no closing reflection', async () => {
    const { core, mentors, goals } = await printingCore(await newDir(), printer)
    const call = core.handlers
    const zoe = mentors.zoe.id
    valueOf(
      await call['agreements:save']({
        mentorId: zoe,
        focus: 'AGREED-FOCUS on design reviews',
        goalIds: [goals.talk.id],
      }),
    )
    const item = valueOf(await call['actions:create']({ mentorId: zoe, title: 'Present the RFC', owner: 'me' }))
    valueOf(await call['actions:setDone']({ id: item.id, done: true }))
    valueOf(await call['outcomes:set']({ id: item.id, text: 'OUTCOME-TOLD the RFC passed review' }))
    valueOf(
      await call['checkIns:create']({
        mentorId: zoe,
        ratings: { value: 1, frequency: 2, action: 1 },
        note: 'CHECKIN-NOTE',
      }),
    )
    valueOf(await call['wrapUps:save']({ mentorId: zoe, learned: 'WRAPUP-LEARNED', thankYou: 'WRAPUP-THANKS' }))

    const recap = valueOf(await call['reports:export']({ kind: 'recap', mentorIds: [zoe], pageSize: 'A4' }))
    const text = pdfText(recap.path!).replace(/\s+/g, ' ')
    expect(text).toContain('AGREED-FOCUS on design reviews')
    expect(text).toContain('OUTCOME-TOLD the RFC passed review')
    expect(text).not.toContain('CHECKIN-NOTE')
    expect(text).not.toMatch(/check-in/i)
    expect(text).not.toContain('WRAPUP-')
  }, 60_000)
})
