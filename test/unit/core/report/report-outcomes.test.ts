// A mentor recap says what came of that mentor's advice: how the action items agreed with them went, told or not.
import { afterAll, describe, expect, it } from 'vitest'
import { valueOf } from '../../../helpers/core'
import { pdfText, printingCore, squeezed } from '../../../helpers/pdf-reading'
import { tempDirs } from '../../../helpers/temp'
import { createPdfPrinter } from '../../../web-host/print-pdf'

const newDir = tempDirs()
const printer = createPdfPrinter()
afterAll(() => printer.close())

/** The report fixture, with a told outcome and an untold one of Zoë's, and one of Émile's. */
async function withOutcomes() {
  const seeded = await printingCore(await newDir(), printer)
  const { core, mentors } = seeded
  const say = async (mentorId: string, title: string, text: string) => {
    const item = valueOf(await core.handlers['actions:create']({ title, owner: 'me', mentorId }))
    valueOf(await core.handlers['actions:setDone']({ id: item.id, done: true }))
    valueOf(await core.handlers['outcomes:set']({ id: item.id, text }))
  }
  await say(mentors.zoe.id, 'Write the RFC', 'The RFC passed review — 合格 ✓')
  // The core's clock stands at 27 Nov 2026, 09:00 UTC: a session held from 08:30 tells Zoë the first one.
  valueOf(
    await core.handlers['sessions:create']({
      mentorId: mentors.zoe.id,
      date: '2026-11-27',
      time: '08:30',
      timeZone: 'UTC',
    }),
  )
  seeded.core.clock.advance(60 * 60_000)
  await say(mentors.zoe.id, 'Ask for the promotion', 'I asked; the answer comes in January')
  await say(mentors.emile.id, 'Try the talk on the team', 'The team loved it')
  return seeded
}

describe('what came of your advice', () => {
  it('is in a mentor’s recap, told and untold, and nobody else’s outcomes; not in the full history', async () => {
    const { core, mentors } = await withOutcomes()
    const recap = valueOf(await core.handlers['reports:preview']({ kind: 'recap', mentorIds: [mentors.zoe.id] })).html
    expect(recap).toMatch(
      /What came of your advice[\s\S]*The RFC passed review — 合格 ✓[\s\S]*I asked; the answer comes/,
    )
    expect(recap).not.toContain('The team loved it')
    const full = valueOf(await core.handlers['reports:preview']({})).html
    expect(full).not.toContain('What came of your advice')
  })

  it('prints in the recap PDF with every character as typed', async () => {
    const { core, mentors } = await withOutcomes()
    const { path } = valueOf(
      await core.handlers['reports:export']({ kind: 'recap', mentorIds: [mentors.zoe.id], locale: 'en-GB' }),
    )
    const text = pdfText(path!)
    expect(text).toContain('What came of your advice')
    expect(squeezed(text)).toContain(squeezed('The RFC passed review — 合格 ✓'))
    expect(squeezed(text)).toContain(squeezed('I asked; the answer comes in January'))
    expect(text).not.toContain('The team loved it')
  }, 60_000)
})
